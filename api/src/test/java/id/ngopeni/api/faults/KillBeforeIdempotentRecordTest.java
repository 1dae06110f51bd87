package id.ngopeni.api.faults;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An idempotent POST's work and its recorded response commit together. The instance is killed (-9)
 * after the use case has written its row and while the response is being recorded in the same
 * transaction (a test trigger holds that insert): afterwards neither the new user nor the key is
 * there, and the same request retried on a restarted instance with the same key creates the user
 * exactly once — it is neither lost nor refused as "still in progress". Had the response been
 * recorded after the use case's commit, the kill would leave the user created and the key pending.
 */
class KillBeforeIdempotentRecordTest {
  private static final String KEY = "held-1f4e6c2a";
  private static final JsonObject USER = new JsonObject().put("username", "held.user")
      .put("password", "Tahu-Campur-Lamongan-9").put("role", "AUDITOR");

  @Test
  void aKillBetweenTheWorkAndItsRecordLosesBothAndTheRetryRunsOnce() throws Exception {
    try (ChildInstances children = new ChildInstances("kill_idempotency")) {
      Pool pool = children.pool;
      Process first = children.start("first.log");
      String admin = children.login("admin", TestServer.ADMIN_PASSWORD);
      pool.query("""
          CREATE FUNCTION test_hold_record() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            IF NEW.key LIKE 'held-%' AND NEW.state = 'DONE' THEN PERFORM pg_sleep(120); END IF;
            RETURN NEW;
          END $$""").execute().await();
      pool.query("CREATE TRIGGER test_hold_record BEFORE INSERT OR UPDATE ON idempotency_key FOR EACH ROW "
          + "EXECUTE FUNCTION test_hold_record()").execute().await();

      Future<HttpResponse<Buffer>> inFlight = create(children, admin);
      Integer backend = null;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (backend == null && System.nanoTime() < deadline && !inFlight.isComplete()) {
        backend = children.sleepingBackend("idempotency_key");
      }
      assertThat(backend).as("the response's record was never seen being written").isNotNull();
      assertThat(count(pool, "SELECT count(*) FROM app_user WHERE username = 'held.user'"))
          .as("uncommitted: nobody else sees the user yet").isZero();
      first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      // PostgreSQL ends a dead client's backend at its next read of the socket; the test's backend
      // sleeps, so end it now rather than in two minutes.
      pool.preparedQuery("SELECT pg_terminate_backend($1)").execute(Tuple.of(backend)).await();
      pool.query("DROP TRIGGER test_hold_record ON idempotency_key").execute().await();

      assertThat(count(pool, "SELECT count(*) FROM app_user WHERE username = 'held.user'")).isZero();
      assertThat(count(pool, "SELECT count(*) FROM idempotency_key WHERE key = '" + KEY + "'")).isZero();

      children.start("second.log");
      String again = children.login("admin", TestServer.ADMIN_PASSWORD);
      HttpResponse<Buffer> retried = create(children, again).await();
      assertThat(retried.statusCode()).as(retried.bodyAsString()).isEqualTo(201);
      assertThat(retried.getHeader("Idempotent-Replayed")).isNull();
      HttpResponse<Buffer> replayed = create(children, again).await();
      assertThat(replayed.statusCode()).isEqualTo(201);
      assertThat(replayed.getHeader("Idempotent-Replayed")).isEqualTo("true");
      assertThat(replayed.bodyAsJsonObject().getString("id")).isEqualTo(retried.bodyAsJsonObject().getString("id"));
      assertThat(count(pool, "SELECT count(*) FROM app_user WHERE username = 'held.user'")).isEqualTo(1);
    }
  }

  private static Future<HttpResponse<Buffer>> create(ChildInstances children, String token) {
    return children.http.post("/api/v1/users").putHeader("Authorization", "Bearer " + token)
        .putHeader("Idempotency-Key", KEY).sendJsonObject(USER);
  }

  private static long count(Pool pool, String sql) {
    return pool.query(sql).execute().await().iterator().next().getLong(0);
  }
}
