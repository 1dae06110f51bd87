package id.ngopeni.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.ngopeni.api.testing.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.openapi.impl.Utils;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13.2 and 13.9: control characters (NUL, CR, LF, TAB…) and oversized values are refused
 * centrally, wherever they come — any JSON string, any query parameter, any path segment — with
 * a field error naming where, never a 500 from deeper down (PostgreSQL refuses NUL in text).
 */
class UntrustedTextTest {
  @RegisterExtension static final TestServer server = new TestServer("untrusted_text");
  private static final String admin = server.adminToken();

  @Test
  void aNulInAQueryParameterIsAFieldErrorNotA500() {
    assertRefused(server.get("/api/v1/audit?entityType=%00", admin), "entityType", "control_characters");
  }

  @Test
  void anOversizedQueryParameterIsRefused() {
    assertRefused(server.get("/api/v1/audit?entityId=" + "a".repeat(2_000), admin), "entityId", "too_long");
  }

  @Test
  void aNulInAPathParameterIsRefused() {
    assertRefused(server.get("/api/v1/budgets/20%0026", admin), "path", "control_characters");
  }

  @Test
  void aBrokenPercentEncodingIsABadRequest() {
    var response = server.get("/api/v1/audit?entityType=%zz", admin);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(400);
    assertThat(response.bodyAsJsonObject().getString("code")).isEqualTo("parameter_malformed");
  }

  @Test
  void aOneMegabyteUsernameIsRefusedNotA500() {
    var response = server.post("/api/v1/auth/login", null,
        new JsonObject().put("username", "a".repeat(1_000_000)).put("password", "whatever-password"));
    assertThat(response.statusCode()).as(response.bodyAsString().substring(0, 200)).isEqualTo(422);
    assertThat(errors(response)).containsExactly(tuple("username", "too_long"));
  }

  @Test
  void controlCharactersInAnyJsonStringAreAFieldErrorAtTheirPath() {
    var user = server.post("/api/v1/users", admin, new JsonObject().put("username", "budi\u0000")
        .put("password", "Kopi-Luwak-Jember-2025").put("role", "AUDITOR")
        .put("kelurahanCodes", new JsonArray().add("35.73.02.1001").add("35.73\r\n")));
    assertThat(user.statusCode()).as(user.bodyAsString()).isEqualTo(422);
    assertThat(errors(user)).containsExactlyInAnyOrder(
        tuple("username", "control_characters"), tuple("kelurahanCodes[1]", "control_characters"));

    var login = server.post("/api/v1/auth/login", null,
        new JsonObject().put("username", "admin\t").put("password", TestServer.ADMIN_PASSWORD));
    assertRefused(login, "username", "control_characters");
  }

  @Test
  void anArrayBodyNamesItsElements() {
    var response = server.http.put("/api/v1/workers/00000000-0000-7000-8000-000000000000/heirs")
        .putHeader("Authorization", "Bearer " + admin).putHeader("If-Match", "\"1\"")
        .sendJson(new JsonArray().add(new JsonObject().put("fullName", "Siti\nAminah"))).await();
    assertRefused(response, "heirs[0].fullName", "control_characters");
  }

  /**
   * Every GET of the OpenAPI document, every query parameter it declares plus one it does not,
   * and every path parameter, sent a NUL, a line break and an oversized value: never a 5xx.
   */
  @Test
  void noGetRouteAnswersA5xxToHostileParameters() {
    JsonObject paths = Utils.readYamlOrJson(server.clientVertx, "openapi/openapi.yaml").await().getJsonObject("paths");
    List<String> broken = new ArrayList<>();
    int sent = 0;
    for (String path : paths.fieldNames()) {
      JsonObject get = paths.getJsonObject(path).getJsonObject("get");
      if (get == null) {
        continue;
      }
      String prefix = path.equals("/openapi.yaml") ? "/api" : "/api/v1";
      List<String> names = new ArrayList<>(List.of("x"));
      for (Object p : get.getJsonArray("parameters", new JsonArray())) {
        JsonObject parameter = (JsonObject) p;
        if ("query".equals(parameter.getString("in"))) {
          names.add(parameter.getString("name"));
        }
      }
      String wellFormed = prefix + path.replaceAll("\\{[^}]+}", "00000000-0000-7000-8000-000000000000");
      for (String hostile : List.of("%00", "a%0D%0Ab", "%09", "%C2%85", "b".repeat(3_000))) {
        for (String name : names) {
          sent++;
          check(wellFormed + "?" + name + "=" + hostile, broken);
        }
        if (path.contains("{")) {
          sent++;
          check(prefix + path.replaceAll("\\{[^}]+}", hostile.length() > 100 ? "b".repeat(300) : "x" + hostile), broken);
        }
      }
    }
    assertThat(sent).isGreaterThan(100);
    assertThat(broken).isEmpty();
  }

  private static void check(String url, List<String> broken) {
    HttpResponse<Buffer> response = server.get(url, admin);
    String shortUrl = url.length() > 120 ? url.substring(0, 120) + "…" : url;
    if (response.statusCode() >= 500) {
      broken.add(shortUrl + " -> " + response.statusCode() + " " + response.bodyAsString());
    } else if (response.statusCode() >= 400 && !"application/problem+json".equals(response.getHeader("Content-Type"))) {
      broken.add(shortUrl + " -> " + response.statusCode() + " without problem+json");
    }
  }

  /** A 422 whose only field error is this one. */
  private static void assertRefused(HttpResponse<Buffer> response, String field, String code) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(422);
    assertThat(errors(response)).containsExactly(tuple(field, code));
  }

  private static List<org.assertj.core.groups.Tuple> errors(HttpResponse<Buffer> response) {
    return response.bodyAsJsonObject().getJsonArray("errors").stream()
        .map(e -> tuple(((JsonObject) e).getString("field"), ((JsonObject) e).getString("code"))).toList();
  }
}
