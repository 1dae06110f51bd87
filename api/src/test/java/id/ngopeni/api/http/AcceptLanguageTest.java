package id.ngopeni.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import id.ngopeni.domain.problem.Language;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Messages in Indonesian (the default) or English by Accept-Language; codes never change. */
class AcceptLanguageTest {
  @RegisterExtension static final TestServer server = new TestServer("accept_language");
  private static final String admin = server.adminToken();

  private static HttpResponse<Buffer> invalidUser(String acceptLanguage) {
    var request = server.http.post("/api/v1/users").putHeader("Authorization", "Bearer " + admin);
    if (acceptLanguage != null) {
      request.putHeader("Accept-Language", acceptLanguage);
    }
    return request.sendJsonObject(new JsonObject().put("username", "ok.name").put("role", "AUDITOR")).await();
  }

  @Test
  void withoutAPreferenceMessagesAreIndonesian() {
    var answer = invalidUser(null);
    assertThat(answer.statusCode()).isEqualTo(422);
    JsonObject body = answer.bodyAsJsonObject();
    assertThat(body.getString("code")).isEqualTo("validation_failed");
    assertThat(body.getString("detail")).isEqualTo("Ada isian yang tidak sah.");
    JsonObject password = body.getJsonArray("errors").getJsonObject(0);
    assertThat(password.getString("field")).isEqualTo("password");
    assertThat(password.getString("code")).isEqualTo("required");
    assertThat(password.getString("message")).isEqualTo("Wajib diisi.");
    assertThat(answer.getHeader("Content-Language")).isEqualTo("id");
    assertThat(answer.headers().getAll("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Language"));
  }

  @Test
  void englishWhenAskedForWithTheSameCodes() {
    for (String header : new String[] {"en", "en-US", "id;q=0.5, en-GB;q=0.9", "fr, en;q=0.1", "EN-us"}) {
      var answer = invalidUser(header);
      JsonObject body = answer.bodyAsJsonObject();
      assertThat(body.getString("code")).as(header).isEqualTo("validation_failed");
      assertThat(body.getString("detail")).as(header).isEqualTo("The request has invalid fields.");
      assertThat(body.getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("required");
      assertThat(body.getJsonArray("errors").getJsonObject(0).getString("message")).isEqualTo("This field is required.");
      assertThat(answer.getHeader("Content-Language")).isEqualTo("en");
    }
  }

  @Test
  void indonesianWhenPreferredOrNothingSupportedIsNamed() {
    for (String header : new String[] {"id-ID", "en;q=0.2, id", "fr", "*", "en;q=0", "in", ";;;,,,"}) {
      var answer = invalidUser(header);
      assertThat(answer.bodyAsJsonObject().getString("detail")).as(header).isEqualTo("Ada isian yang tidak sah.");
      assertThat(answer.getHeader("Content-Language")).as(header).isEqualTo("id");
    }
  }

  @Test
  void aWholeProblemWithASpecificEnglishDetailIsTheCataloguesIndonesianMessage() {
    var english = server.http.get("/api/v1/me").putHeader("Accept-Language", "en").send().await();
    var indonesian = server.http.get("/api/v1/me").send().await();
    assertThat(english.statusCode()).isEqualTo(401);
    assertThat(indonesian.bodyAsJsonObject().getString("code")).isEqualTo(english.bodyAsJsonObject().getString("code"));
    assertThat(indonesian.bodyAsJsonObject().getString("detail")).isNotEqualTo(english.bodyAsJsonObject().getString("detail"));
    assertThat(indonesian.getHeader("Content-Language")).isEqualTo("id");
  }

  @Test
  void qualityValuesAreHonoured() {
    assertThat(AcceptLanguage.parse("en;q=0.8, id;q=0.9")).isEqualTo(Language.ID);
    assertThat(AcceptLanguage.parse("id;q=0.8, en;q=0.9")).isEqualTo(Language.EN);
    assertThat(AcceptLanguage.parse("en;q=0.5, id;q=0.5")).isEqualTo(Language.EN);
    assertThat(AcceptLanguage.parse("en;q=abc")).isEqualTo(Language.ID);
    assertThat(AcceptLanguage.parse("id;q=0, en;q=0.001")).isEqualTo(Language.EN);
    assertThat(AcceptLanguage.parse(";;;,,,")).isEqualTo(Language.ID);
  }
}
