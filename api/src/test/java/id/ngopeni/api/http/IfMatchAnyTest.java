package id.ngopeni.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code If-Match: *} matches any current representation (RFC 9110 §13.1.1), and only an existing one. */
class IfMatchAnyTest {
  @RegisterExtension static final TestServer server = new TestServer("if_match_any");
  private static final String admin = server.adminToken();

  private static HttpResponse<Buffer> send(HttpMethod method, String path, String ifMatch, JsonObject body) {
    var request = server.http.request(method, "/api/v1" + path).putHeader("Authorization", "Bearer " + admin);
    if (ifMatch != null) {
      request.putHeader("If-Match", ifMatch);
    }
    return request.sendJsonObject(body).await();
  }

  @Test
  void aPatchWithIfMatchStarChangesWhateverVersionIsStored() {
    String id = server.createUser(admin, "star.match", "Rawon-Setan-Surabaya-1", "AUDITOR", List.of());
    // Someone else changes the user first: the version is no longer 1.
    var first = send(HttpMethod.PATCH, "/users/" + id, "\"1\"", new JsonObject().put("active", false));
    assertThat(first.statusCode()).as(first.bodyAsString()).isEqualTo(200);
    int seen = Integer.parseInt(first.getHeader("ETag").replace("\"", ""));
    var star = send(HttpMethod.PATCH, "/users/" + id, "*", new JsonObject().put("active", true));
    assertThat(star.statusCode()).as(star.bodyAsString()).isEqualTo(200);
    assertThat(star.bodyAsJsonObject().getBoolean("active")).isTrue();
    assertThat(star.getHeader("ETag")).isEqualTo(ETags.of(seen + 1));
    // A stale version is still refused.
    assertThat(send(HttpMethod.PATCH, "/users/" + id, "\"1\"", new JsonObject().put("active", false)).statusCode()).isEqualTo(412);
  }

  @Test
  void aPutWithIfMatchStarReplacesAnExistingBudgetAndRefusesAMissingOne() {
    var missing = send(HttpMethod.PUT, "/budgets/2031/APBD", "*", new JsonObject().put("allocated", 1_000_000L));
    assertThat(missing.statusCode()).as(missing.bodyAsString()).isEqualTo(412);
    var created = server.http.request(HttpMethod.PUT, "/api/v1/budgets/2031/APBD").putHeader("Authorization", "Bearer " + admin)
        .putHeader("If-None-Match", "*").sendJsonObject(new JsonObject().put("allocated", 1_000_000L)).await();
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    var replaced = send(HttpMethod.PUT, "/budgets/2031/APBD", "*", new JsonObject().put("allocated", 2_000_000L));
    assertThat(replaced.statusCode()).as(replaced.bodyAsString()).isEqualTo(200);
    assertThat(replaced.bodyAsJsonObject().getLong("allocated")).isEqualTo(2_000_000L);
    assertThat(replaced.getHeader("ETag")).isEqualTo("\"2\"");
  }

  @Test
  void aNegativeVersionIsNoWildcard() {
    String id = server.createUser(admin, "negative.match", "Rawon-Setan-Surabaya-2", "AUDITOR", List.of());
    assertThat(send(HttpMethod.PATCH, "/users/" + id, "\"-1\"", new JsonObject().put("active", false)).statusCode()).isEqualTo(412);
  }
}
