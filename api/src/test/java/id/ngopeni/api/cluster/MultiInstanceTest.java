package id.ngopeni.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.Sessions;
import id.ngopeni.api.testing.TestServer;
import id.ngopeni.persistence.db.DatabaseTarget;
import id.ngopeni.persistence.testing.TestDatabases;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two instances on one PostgreSQL behave as one: all shared state lives in the database. */
class MultiInstanceTest {
  private static TestServer a;
  private static TestServer b;

  @BeforeAll
  static void start() {
    DatabaseTarget database = TestDatabases.fresh("two_instances");
    Path dataDir = TestServer.newDataDir();
    a = new TestServer(database, dataDir, List.of());
    b = new TestServer(database, dataDir, List.of());
  }

  @AfterAll
  static void stop() {
    b.close();
    a.close();
  }

  @Test
  void tokensFromOneWorkOnTheOther() {
    assertThat(a.app.port()).isNotEqualTo(b.app.port());
    String token = a.adminToken();
    assertThat(b.get("/api/v1/me", token).statusCode()).isEqualTo(200);
    String refresh = b.login("admin", TestServer.ADMIN_PASSWORD).getString("refreshToken");
    assertThat(a.refresh(refresh).statusCode()).isEqualTo(200);
    // …and the spent token is spent everywhere: past the grace period, presenting it again on the other revokes the family.
    Sessions.spentLongAgo(a, refresh);
    assertThat(b.refresh(refresh).statusCode()).isEqualTo(401);
  }

  /**
   * A field officer's refresh answered by one instance is lost on the way; the app retries with
   * the same token and reaches the other. Within the grace period it gets a sibling of the same
   * family, and both successors keep working; the same token presented after the grace period is
   * taken for a stolen one and ends the whole family, on either instance.
   */
  @Test
  void aMobileRefreshRetriedOnTheOtherInstanceAfterALostAnswerStaysSignedIn() {
    String token = a.login("admin", TestServer.ADMIN_PASSWORD).getString("refreshToken");
    var lost = a.refresh(token);
    assertThat(lost.statusCode()).isEqualTo(200);
    var retried = b.refresh(token);
    assertThat(retried.statusCode()).as(retried.bodyAsString()).isEqualTo(200);
    String sibling = retried.bodyAsJsonObject().getString("refreshToken");
    String unseen = lost.bodyAsJsonObject().getString("refreshToken");
    assertThat(sibling).isNotEqualTo(unseen).isNotEqualTo(token);
    assertThat(Sessions.familyOf(a, sibling)).isEqualTo(Sessions.familyOf(a, unseen)).isEqualTo(Sessions.familyOf(a, token));
    assertThat(a.get("/api/v1/me", retried.bodyAsJsonObject().getString("accessToken")).statusCode()).isEqualTo(200);
    var next = a.refresh(sibling);
    assertThat(next.statusCode()).isEqualTo(200);

    Sessions.spentLongAgo(a, token);
    var stolen = a.refresh(token);
    assertThat(stolen.statusCode()).isEqualTo(401);
    assertThat(stolen.bodyAsJsonObject().getString("code")).isEqualTo("refresh_token_invalid");
    assertThat(b.refresh(next.bodyAsJsonObject().getString("refreshToken")).statusCode()).isEqualTo(401);
    assertThat(b.refresh(unseen).statusCode()).isEqualTo(401);
  }

  @Test
  void theLoginLockoutCountsFailuresFromBoth() {
    String admin = a.adminToken();
    a.createUser(admin, "shared.lock", "Tahu-Campur-Lamongan", "AUDITOR", List.of());
    for (int i = 0; i < 5; i++) {
      TestServer target = i % 2 == 0 ? a : b;
      assertThat(target.post("/api/v1/auth/login", null, new JsonObject().put("username", "shared.lock").put("password", "Wrong-" + i))
          .statusCode()).isEqualTo(401);
    }
    JsonObject right = new JsonObject().put("username", "shared.lock").put("password", "Tahu-Campur-Lamongan");
    assertThat(a.post("/api/v1/auth/login", null, right).statusCode()).isEqualTo(429);
    assertThat(b.post("/api/v1/auth/login", null, right).statusCode()).isEqualTo(429);
  }

  @Test
  void anImportStartedOnOneIsVisibleAndFinishedOnTheOther() throws InterruptedException {
    String token = a.adminToken();
    var workers = new id.ngopeni.api.demo.synthetic.SyntheticWorkers(7,
        id.ngopeni.api.demo.synthetic.SyntheticWorkers.MALANG_KELURAHAN_CODES,
        id.ngopeni.api.demo.synthetic.SyntheticWorkers.MALANG_CATEGORY_WEIGHTS);
    StringBuilder csv = new StringBuilder(id.ngopeni.api.demo.synthetic.SyntheticWorkers.csvHeader()).append('\n');
    workers.stream(java.time.LocalDate.now()).limit(500)
        .forEach(w -> csv.append(id.ngopeni.api.demo.synthetic.SyntheticWorkers.toCsvLine(w)).append('\n'));
    var upload = a.http.post("/api/v1/imports/workers").putHeader("Authorization", "Bearer " + token)
        .putHeader("Content-Type", "text/csv").sendBuffer(io.vertx.core.buffer.Buffer.buffer(csv.toString())).await();
    assertThat(upload.statusCode()).as(upload.bodyAsString()).isEqualTo(202);
    String path = "/api/v1/imports/" + upload.bodyAsJsonObject().getString("id");
    JsonObject seen = b.get(path, token).bodyAsJsonObject();
    for (int i = 0; i < 200 && !"DONE".equals(seen.getString("status")); i++) {
      Thread.sleep(100);
      seen = b.get(path, token).bodyAsJsonObject();
    }
    assertThat(seen.getString("status")).isEqualTo("DONE");
    assertThat(seen.getInteger("inserted")).isEqualTo(500);
  }

  @Test
  void anIdempotencyKeyUsedOnOneIsReplayedByTheOther() {
    String token = a.adminToken();
    String key = UUID.randomUUID().toString();
    JsonObject body = new JsonObject().put("username", "once.across").put("password", "Pecel-Lele-Lamongan").put("role", "AUDITOR");
    var first = a.postWithKey("/api/v1/users", token, key, body).await();
    var second = b.postWithKey("/api/v1/users", token, key, body).await();
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(second.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(second.bodyAsJsonObject().getString("id")).isEqualTo(first.bodyAsJsonObject().getString("id"));
  }
}
