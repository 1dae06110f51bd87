package id.ngopeni.api.faults;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import id.ngopeni.persistence.db.EmbeddedDatabase;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away under a running server: readiness turns 503, requests get 503
 * problem+json, and both recover by themselves when PostgreSQL is back — no restart of Ngopeni.
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
      String token = server.adminToken();
      assertThat(server.get("/api/v1/health/ready", null).statusCode()).isEqualTo(200);
      assertThat(server.get("/api/v1/me", token).statusCode()).isEqualTo(200);

      pg.close();

      assertUnavailable(server.get("/api/v1/health/ready", null));
      assertUnavailable(server.get("/api/v1/me", token));
      assertUnavailable(server.get("/api/v1/users", token));
      assertThat(server.get("/api/v1/health/live", null).statusCode()).isEqualTo(200);

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
    } finally {
      if (restarted != null) {
        restarted.close();
      }
    }
  }

  private static void assertUnavailable(HttpResponse<Buffer> response) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(503);
    assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
    assertThat(response.bodyAsJsonObject().getString("code")).isEqualTo("database_unavailable");
    assertThat(response.bodyAsString()).doesNotContain("Exception").doesNotContain("localhost");
  }
}
