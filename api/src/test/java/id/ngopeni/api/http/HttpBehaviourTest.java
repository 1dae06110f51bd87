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

/** Protocol behaviour: every error is problem+json, security headers everywhere, CORS closed. */
class HttpBehaviourTest {
  @RegisterExtension static final TestServer server = new TestServer("http");
  private static final String admin = server.adminToken();

  private static void assertProblem(HttpResponse<Buffer> r, int status, String code) {
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(status);
    assertThat(r.getHeader("Content-Type")).isEqualTo("application/problem+json");
    JsonObject body = r.bodyAsJsonObject();
    assertThat(body.getInteger("status")).isEqualTo(status);
    assertThat(body.getString("code")).isEqualTo(code);
    assertThat(body.getString("title")).isNotBlank();
    assertThat(body.getString("type")).isEqualTo("urn:ngopeni:problem:" + code);
    assertThat(r.bodyAsString()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("SQL");
  }

  private static HttpResponse<Buffer> raw(HttpMethod method, String path, String contentType, Buffer body) {
    var request = server.http.request(method, path).putHeader("Authorization", "Bearer " + admin);
    if (contentType != null) {
      request.putHeader("Content-Type", contentType);
    }
    return body == null ? request.send().await() : request.sendBuffer(body).await();
  }

  @Test
  void malformedJsonIs400() {
    assertProblem(raw(HttpMethod.POST, "/api/v1/users", "application/json", Buffer.buffer("{\"username\": ")), 400, "malformed_json");
    assertProblem(raw(HttpMethod.POST, "/api/v1/auth/login", "application/json", Buffer.buffer("[1,2]")), 400, "json_object_expected");
  }

  @Test
  void emptyBodyIs400() {
    assertProblem(raw(HttpMethod.POST, "/api/v1/users", "application/json", Buffer.buffer()), 400, "body_required");
  }

  @Test
  void wrongContentTypeIs415() {
    assertProblem(raw(HttpMethod.POST, "/api/v1/users", "text/plain", Buffer.buffer("{}")), 415, "unsupported_media_type");
    assertProblem(raw(HttpMethod.POST, "/api/v1/users", null, Buffer.buffer("{}")), 415, "unsupported_media_type");
  }

  @Test
  void wrongTypesAre422WithTheField() {
    var r = raw(HttpMethod.POST, "/api/v1/users", "application/json",
        Buffer.buffer("{\"username\": 42, \"password\": true, \"role\": [\"ADMIN\"]}"));
    assertProblem(r, 422, "validation_failed");
    assertThat(r.bodyAsJsonObject().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field") + ":" + ((JsonObject) e).getString("code")))
        .containsExactlyInAnyOrder("username:type_mismatch", "password:type_mismatch", "role:type_mismatch");
  }

  @Test
  void bodiesOverOneMebibyteAre413AndTheServerKeepsServing() {
    String huge = "{\"username\":\"" + "a".repeat(1024 * 1024 + 10) + "\"}";
    var r = raw(HttpMethod.POST, "/api/v1/users", "application/json", Buffer.buffer(huge));
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(server.get("/api/v1/health/live", null).statusCode()).isEqualTo(200);
  }

  @Test
  void unknownRoutesAre404Problems() {
    assertProblem(server.get("/api/v1/does-not-exist", admin), 404, "not_found");
    assertProblem(server.get("/api/v2/users", admin), 404, "not_found");
    assertProblem(server.get("/no-such-page.html", null), 404, "not_found");
  }

  @Test
  void wrongMethodIs405() {
    assertProblem(raw(HttpMethod.DELETE, "/api/v1/me", null, null), 405, "method_not_allowed");
    assertProblem(raw(HttpMethod.PUT, "/api/v1/users", "application/json", Buffer.buffer("{}")), 405, "method_not_allowed");
  }

  @Test
  void securityHeadersOnEveryKindOfResponse() {
    for (HttpResponse<Buffer> r : List.of(server.get("/", null), server.get("/api/v1/health/live", null),
        server.get("/api/v1/users", null), server.get("/api/v1/nope", admin), server.get("/api/openapi.yaml", null))) {
      String csp = r.getHeader("Content-Security-Policy");
      assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").contains("frame-ancestors 'none'")
          .contains("frame-src blob:;").contains("object-src 'none'");
      assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(r.getHeader("X-Frame-Options")).isEqualTo("DENY");
      assertThat(r.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    }
    assertThat(server.get("/api/v1/me", admin).getHeader("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void corsIsClosedByDefault() {
    var preflight = server.http.request(HttpMethod.OPTIONS, "/api/v1/users")
        .putHeader("Origin", "https://evil.example").putHeader("Access-Control-Request-Method", "GET").send().await();
    assertThat(preflight.getHeader("Access-Control-Allow-Origin")).isNull();
    var simple = server.http.get("/api/v1/health/live").putHeader("Origin", "https://evil.example").send().await();
    assertThat(simple.getHeader("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void healthAndMetricsNeedNoToken() {
    var live = server.get("/api/v1/health/live", null);
    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(live.bodyAsJsonObject().getString("status")).isEqualTo("UP");
    var ready = server.get("/api/v1/health/ready", null);
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.bodyAsJsonObject().getString("database")).isEqualTo("UP");
    assertThat(server.get("/api/v1/metrics", null).statusCode()).as("metrics need a token").isEqualTo(401);
    var metrics = server.get("/api/v1/metrics", server.adminToken());
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.bodyAsString()).contains("vertx_http_server_requests_total").contains("jvm_memory_used_bytes");
  }

  @Test
  void theConsoleIsServedAtTheRoot() {
    var index = server.get("/", null);
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.getHeader("Content-Type")).startsWith("text/html");
    assertThat(index.bodyAsString()).contains("<script type=\"module\" src=\"/js/app.js\">").doesNotContain("<script>");
    assertThat(server.get("/js/app.js", null).statusCode()).isEqualTo(200);
  }
}
