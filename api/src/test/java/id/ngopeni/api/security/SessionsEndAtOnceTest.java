package id.ngopeni.api.security;

import static id.ngopeni.api.testing.Sessions.patchUser;
import static id.ngopeni.api.testing.Sessions.refused;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.Sessions;
import id.ngopeni.api.testing.TestServer;
import id.ngopeni.api.worker.WorkerFixture;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13.1: a change of a user's active flag, role, scope or password, and logout, end the
 * user's access tokens on the next request, on every instance — not when they expire.
 */
class SessionsEndAtOnceTest {
  private static final String PASSWORD = WorkerFixture.PASSWORD;
  @RegisterExtension static final WorkerFixture f = new WorkerFixture("sessions_end");
  private static TestServer a;
  private static TestServer b;

  @BeforeAll
  static void start() {
    a = f.server;
    b = new TestServer(a.database, a.dataDir, List.of());
  }

  @AfterAll
  static void stop() {
    b.close();
  }

  private static String userWithToken(String username, String role, String... kelurahan) {
    a.createUser(f.admin, username, PASSWORD, role, List.of(kelurahan));
    return a.login(username, PASSWORD).getString("accessToken");
  }

  private static String idOf(TestServer server, String token) {
    return server.get("/api/v1/me", token).bodyAsJsonObject().getString("id");
  }

  @Test
  void aDisabledUsersMeIsNoLongerAnswered() {
    String token = userWithToken("disabled.auditor", "AUDITOR");
    String id = idOf(a, token);
    patchUser(a, f.admin, id, new JsonObject().put("active", false));
    refused(a, "/api/v1/me", token);
  }

  @Test
  void aFieldOfficerMovedToAnotherKelurahanCannotReadTheOldOnesWorkers() {
    String worker = f.createdId(WorkerFixture.worker("Siti Rahayu", LocalDate.of(1985, 3, 4), "F", WorkerFixture.KLOJEN));
    String token = userWithToken("moved.officer", "FIELD_OFFICER", WorkerFixture.KLOJEN);
    assertThat(a.get("/api/v1/workers/" + worker, token).statusCode()).isEqualTo(200);
    patchUser(a, f.admin, idOf(a, token), new JsonObject().put("kelurahanCodes", new JsonArray().add(WorkerFixture.SAMAAN)));
    refused(a, "/api/v1/workers/" + worker, token);
    // Signed in again, the officer has the new scope only.
    String again = a.login("moved.officer", PASSWORD).getString("accessToken");
    assertThat(a.get("/api/v1/workers/" + worker, again).statusCode()).isIn(403, 404);
  }

  @Test
  void aPasswordChangeEndsTheSession() {
    String token = userWithToken("new.password", "OPERATOR");
    patchUser(a, f.admin, idOf(a, token), new JsonObject().put("password", "Soto-Lamongan-Koya-2025"));
    refused(a, "/api/v1/me", token);
  }

  @Test
  void afterLogoutTheAccessTokenIsRefused() {
    a.createUser(f.admin, "leaving", PASSWORD, "AUDITOR", List.of());
    JsonObject session = a.login("leaving", PASSWORD);
    String token = session.getString("accessToken");
    assertThat(a.get("/api/v1/me", token).statusCode()).isEqualTo(200);
    var logout = a.post("/api/v1/auth/logout", null, new JsonObject().put("refreshToken", session.getString("refreshToken")));
    assertThat(logout.statusCode()).isEqualTo(204);
    refused(a, "/api/v1/me", token);
    refused(b, "/api/v1/me", token);
  }

  @Test
  void aStolenRefreshTokenEndsTheAccessTokensToo() {
    a.createUser(f.admin, "robbed", PASSWORD, "AUDITOR", List.of());
    String first = a.login("robbed", PASSWORD).getString("refreshToken");
    JsonObject renewed = a.refresh(first).bodyAsJsonObject();
    String token = renewed.getString("accessToken");
    assertThat(a.get("/api/v1/me", token).statusCode()).isEqualTo(200);
    // The spent token comes back after the grace period a lost answer's retry gets: somebody copied it.
    // The family and its access tokens end.
    var pool = id.ngopeni.persistence.db.Pools.create(a.clientVertx, a.database, 1);
    pool.preparedQuery("UPDATE refresh_token SET spent_at = spent_at - interval '21 seconds'"
            + " WHERE token_hash = sha256(convert_to($1, 'SQL_ASCII'))")
        .execute(io.vertx.sqlclient.Tuple.of(first)).await();
    pool.close().await();
    assertThat(a.refresh(first).statusCode()).isEqualTo(401);
    refused(a, "/api/v1/me", token);
  }

  @Test
  void aChangeOnOneInstanceIsRefusedOnTheOther() {
    String token = userWithToken("two.places", "OPERATOR");
    String id = idOf(b, token);
    assertThat(b.get("/api/v1/me", token).statusCode()).isEqualTo(200); // cached on b
    patchUser(a, f.admin, id, new JsonObject().put("active", false));
    refused(b, "/api/v1/me", token);

    String demoted = userWithToken("demoted.there", "APPROVER");
    assertThat(b.get("/api/v1/payouts", demoted).statusCode()).isEqualTo(200);
    patchUser(b, f.admin, idOf(b, demoted), new JsonObject().put("role", "FIELD_OFFICER")
        .put("kelurahanCodes", new JsonArray().add(WorkerFixture.KLOJEN)));
    refused(a, "/api/v1/payouts", demoted);
  }

  @Test
  void whileAnInstanceIsNotListeningItReadsTheRowOnEveryRequest() {
    String token = userWithToken("unheard", "AUDITOR");
    String id = idOf(b, token);
    Sessions.awaitListening(b);
    assertThat(b.get("/api/v1/me", token).statusCode()).isEqualTo(200); // cached on b
    Sessions.dropListening(b);
    // Changed without any notification (the triggers off): only reading the row can see it.
    Sessions.changeSilently(a, id, "active = false");
    var response = b.get("/api/v1/me", token);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(401);
    // …and once listening again, the cache starts empty.
    Sessions.awaitListening(b);
    assertThat(b.get("/api/v1/me", token).statusCode()).isEqualTo(401);
  }
}
