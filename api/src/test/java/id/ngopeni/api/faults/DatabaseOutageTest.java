package id.ngopeni.api.faults;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.DocumentedAnswers;
import id.ngopeni.api.testing.TestServer;
import id.ngopeni.persistence.db.EmbeddedDatabase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away under a running server: readiness turns 503, every request that needs the
 * database (signing in, refreshing, reading, a recorded POST, an upload) gets 503 problem+json
 * {@code database_unavailable}, what needs no database (liveness, the OpenAPI document) still
 * answers, and all recover by themselves when PostgreSQL is back — no restart of Ngopeni. A POST
 * refused with 503 was not recorded under its Idempotency-Key: its retry runs. Every answer is one
 * the OpenAPI document declares ({@link DocumentedAnswers}).
 */
class DatabaseOutageTest {

  @Test
  void requestsFailCleanlyWhileTheDatabaseIsDownAndRecoverAfterwards() throws Exception {
    Path pgDir = Files.createTempDirectory("ngopeni-outage").resolve("pg");
    EmbeddedDatabase pg = EmbeddedDatabase.start(pgDir, "ngopeni", Map.of("fsync", "off"));
    int port = pg.target().port();
    EmbeddedDatabase restarted = null;
    Path dataDir = TestServer.newDataDir();
    try (TestServer server = new TestServer(pg.ownerTarget(), dataDir,
        TestServer.config(pg.ownerTarget(), pg.target(), dataDir, List.of()))) {
      DocumentedAnswers answers = new DocumentedAnswers(server.clientVertx);
      answers.watch(server.http);
      JsonObject session = server.login("admin", TestServer.ADMIN_PASSWORD);
      String token = session.getString("accessToken");
      assertThat(server.get("/api/v1/health/ready", null).statusCode()).isEqualTo(200);
      assertThat(server.get("/api/v1/me", token).statusCode()).isEqualTo(200);

      pg.close();

      assertUnavailable(server.get("/api/v1/health/ready", null));
      assertUnavailable(server.get("/api/v1/me", token));
      assertUnavailable(server.get("/api/v1/users", token));
      assertUnavailable(server.post("/api/v1/auth/login", null,
          new JsonObject().put("username", "admin").put("password", TestServer.ADMIN_PASSWORD)));
      assertUnavailable(server.post("/api/v1/auth/refresh", null,
          new JsonObject().put("refreshToken", session.getString("refreshToken"))));
      assertUnavailable(createUser(server, token));
      assertUnavailable(server.http.post("/api/v1/imports/workers").putHeader("Authorization", "Bearer " + token)
          .putHeader("Content-Type", "text/csv").sendBuffer(Buffer.buffer("nik,full_name\n")).await());
      assertThat(server.get("/api/v1/health/live", null).statusCode()).isEqualTo(200);
      assertThat(server.get("/api/openapi.yaml", null).statusCode()).isEqualTo(200);

      restarted = EmbeddedDatabase.start(pgDir, "ngopeni", Map.of("fsync", "off"), port);
      long deadline = System.nanoTime() + 30_000_000_000L;
      int ready;
      do {
        Thread.sleep(200);
        ready = server.get("/api/v1/health/ready", null).statusCode();
      } while (ready != 200 && System.nanoTime() < deadline);
      assertThat(ready).isEqualTo(200);
      assertThat(server.get("/api/v1/me", token).statusCode()).isEqualTo(200);
      assertThat(server.login("admin", TestServer.ADMIN_PASSWORD).getString("accessToken")).isNotBlank();
      // The 503 was not recorded under the key: the same POST now runs.
      HttpResponse<Buffer> created = createUser(server, token);
      assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
      assertThat(created.getHeader("Idempotent-Replayed")).isNull();
      assertThat(answers.checked()).isGreaterThan(10);
      assertThat(answers.disagreements()).as("answers the OpenAPI document does not declare").isEmpty();
    } finally {
      if (restarted != null) {
        restarted.close();
      }
    }
  }

  private static HttpResponse<Buffer> createUser(TestServer server, String token) {
    return server.http.post("/api/v1/users").putHeader("Authorization", "Bearer " + token)
        .putHeader("Idempotency-Key", "outage-6b1d").sendJsonObject(new JsonObject().put("username", "outage.auditor")
            .put("password", "Rujak-Cingur-Surabaya-4").put("role", "AUDITOR")).await();
  }

  private static void assertUnavailable(HttpResponse<Buffer> response) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(503);
    assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
    assertThat(response.bodyAsJsonObject().getString("code")).isEqualTo("database_unavailable");
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.bodyAsJsonObject().getInteger("retryAfterSeconds")).isEqualTo(5);
    assertThat(response.bodyAsString()).doesNotContain("Exception").doesNotContain("localhost");
  }
}
