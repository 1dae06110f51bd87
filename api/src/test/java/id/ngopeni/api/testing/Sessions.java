package id.ngopeni.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import id.ngopeni.persistence.db.Pools;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/** Test helpers around users' sessions: admin changes, the refusal of a session that ended. */
public final class Sessions {
  /**
   * How long a change may take to reach another instance's cache: the database notifies
   * every instance at commit, asynchronously (measured: about a millisecond). A request
   * inside this window may still pass BearerAuth on a cached row; every money-moving
   * transaction re-reads the row itself.
   */
  public static final long PROPAGATION_MS = 500;

  private Sessions() {}

  /** PATCH /users/{id} as admin with the current ETag; asserts 200. */
  public static JsonObject patchUser(TestServer server, String admin, String userId, JsonObject patch) {
    var current = server.get("/api/v1/users/" + userId, admin);
    assertThat(current.statusCode()).as(current.bodyAsString()).isEqualTo(200);
    var response = server.http.patch("/api/v1/users/" + userId).putHeader("Authorization", "Bearer " + admin)
        .putHeader("If-Match", current.getHeader("ETag")).sendJsonObject(patch).await();
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject();
  }

  /**
   * GET {@code path} until it is refused with 401 {@code session_ended}, for at most
   * {@link #PROPAGATION_MS}; the last answer.
   */
  public static HttpResponse<Buffer> refused(TestServer server, String path, String token) {
    long started = System.nanoTime();
    long deadline = started + PROPAGATION_MS * 1_000_000;
    HttpResponse<Buffer> response = server.get(path, token);
    while (response.statusCode() != 401 && System.nanoTime() < deadline) {
      sleep(5);
      response = server.get(path, token);
    }
    assertThat(response.statusCode()).as("%s: %s", path, response.bodyAsString()).isEqualTo(401);
    assertThat(response.bodyAsJsonObject().getString("code")).isEqualTo("session_ended");
    return response;
  }

  /**
   * Changes a user's row as a database operator could without the triggers (no session-version
   * bump, no notification): what an instance sees as a stale cache or a lost notification.
   */
  public static void changeSilently(TestServer server, String userId, String setClause) {
    Pool pool = Pools.create(server.clientVertx, server.database, 1);
    try {
      int changed = pool.withTransaction(tx -> tx.query("SET LOCAL session_replication_role = replica").execute()
          .compose(v -> tx.preparedQuery("UPDATE app_user SET " + setClause + " WHERE id = $1")
              .execute(Tuple.of(java.util.UUID.fromString(userId))))
          .map(rows -> rows.rowCount())).await();
      assertThat(changed).isEqualTo(1);
    } finally {
      pool.close().await();
    }
  }

  /** Moves a spent refresh token's spending 21 s back, past the 20 s grace period, as far as the database knows. */
  public static void spentLongAgo(TestServer server, String refreshToken) {
    server.ownerPool().preparedQuery("UPDATE refresh_token SET spent_at = spent_at - interval '21 seconds' WHERE token_hash = "
        + TOKEN_HASH).execute(Tuple.of(refreshToken)).await();
  }

  /** The family a refresh token belongs to (a family ends as a whole when a spent token is presented again). */
  public static java.util.UUID familyOf(TestServer server, String refreshToken) {
    return server.ownerPool().preparedQuery("SELECT family_id FROM refresh_token WHERE token_hash = " + TOKEN_HASH)
        .execute(Tuple.of(refreshToken)).await().iterator().next().getUUID(0);
  }

  /** How the database holds a refresh token: its SHA-256, never the token. */
  private static final String TOKEN_HASH = "sha256(convert_to($1, 'SQL_ASCII'))";

  /** Waits until the instance listens for user changes (it starts in the background). */
  public static void awaitListening(TestServer server) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!server.app.services().sessions().feed().listening() && System.nanoTime() < deadline) {
      sleep(10);
    }
    assertThat(server.app.services().sessions().feed().listening()).as("listening for user changes").isTrue();
  }

  /** Cuts the instance's LISTEN connection, as a network failure would, and waits until it knows. */
  public static void dropListening(TestServer server) {
    server.app.services().sessions().feed().dropConnectionForTest();
    long deadline = System.nanoTime() + 900_000_000L;
    while (server.app.services().sessions().feed().listening() && System.nanoTime() < deadline) {
      sleep(1);
    }
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
