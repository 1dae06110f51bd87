package id.ngopeni.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LoginTest {
  @RegisterExtension static final TestServer server = TestServer.behindLocalProxy("login");
  private static final String admin = server.adminToken();

  /** Each test signs in from an address of its own (through a trusted proxy), so the per-address limit stays out of the way. */
  private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();
  private final String from = "192.0.2." + ADDRESSES.incrementAndGet();

  private JsonObject attempt(String username, String password) {
    var r = server.http.post("/api/v1/auth/login").putHeader("X-Forwarded-For", from)
        .sendJsonObject(new JsonObject().put("username", username).put("password", password)).await();
    return new JsonObject().put("status", r.statusCode()).put("body", r.bodyAsJsonObject())
        .put("retryAfter", r.getHeader("Retry-After"));
  }

  @Test
  void successGivesAnAccessTokenARefreshTokenAndTheUser() {
    JsonObject session = server.login("admin", TestServer.ADMIN_PASSWORD);
    assertThat(session.getString("tokenType")).isEqualTo("Bearer");
    assertThat(session.getLong("expiresIn")).isEqualTo(900L);
    assertThat(session.getString("refreshToken")).hasSize(43);
    assertThat(session.getJsonObject("user").getString("username")).isEqualTo("admin");
    assertThat(session.getJsonObject("user").getString("role")).isEqualTo("ADMIN");
    assertThat(session.getJsonObject("user").getJsonArray("kelurahanCodes")).isEmpty();
    assertThat(session.getJsonObject("user").containsKey("passwordHash")).isFalse();

    var me = server.get("/api/v1/me", session.getString("accessToken"));
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.bodyAsJsonObject().getString("username")).isEqualTo("admin");
  }

  @Test
  void usernamesAreCaseInsensitive() {
    assertThat(attempt("ADMIN", TestServer.ADMIN_PASSWORD).getInteger("status")).isEqualTo(200);
  }

  @Test
  void unknownUserAndWrongPasswordGetTheSameAnswer() {
    JsonObject unknown = attempt("nobody-here", "Whatever-Password-1");
    JsonObject wrong = attempt("admin", "Wrong-Password-123");
    assertThat(unknown.getInteger("status")).isEqualTo(401);
    assertThat(wrong.getInteger("status")).isEqualTo(401);
    assertThat(unknown.getJsonObject("body")).isEqualTo(wrong.getJsonObject("body"));
    assertThat(wrong.getJsonObject("body").getString("code")).isEqualTo("invalid_credentials");
  }

  @Test
  void fiveFailuresLockTheUsernameForFifteenMinutesEvenWithTheRightPassword() {
    server.createUser(admin, "locked.out", "Sate-Ayam-Madura-77", "OPERATOR", List.of());
    for (int i = 0; i < 5; i++) {
      assertThat(attempt("locked.out", "Not-The-Password-" + i).getInteger("status")).isEqualTo(401);
    }
    JsonObject locked = attempt("locked.out", "Sate-Ayam-Madura-77");
    assertThat(locked.getInteger("status")).isEqualTo(429);
    assertThat(locked.getJsonObject("body").getString("code")).isEqualTo("login_locked");
    assertThat(Integer.parseInt(locked.getString("retryAfter"))).isBetween(14 * 60, 15 * 60);
    // Other usernames are unaffected.
    assertThat(attempt("admin", TestServer.ADMIN_PASSWORD).getInteger("status")).isEqualTo(200);
  }

  @Test
  void unknownUsernamesAreLockedToo() {
    for (int i = 0; i < 5; i++) {
      attempt("ghost", "Not-The-Password-" + i);
    }
    assertThat(attempt("ghost", "Not-The-Password-x").getInteger("status")).isEqualTo(429);
  }

  @Test
  void aSuccessfulLoginResetsTheFailureCount() {
    server.createUser(admin, "forgetful", "Rawon-Nguling-Pasuruan", "AUDITOR", List.of());
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 4; i++) {
        assertThat(attempt("forgetful", "Not-The-Password-" + i).getInteger("status")).isEqualTo(401);
      }
      assertThat(attempt("forgetful", "Rawon-Nguling-Pasuruan").getInteger("status")).isEqualTo(200);
    }
  }

  @Test
  void aDisabledUserCannotLogIn() {
    String id = server.createUser(admin, "gone.away", "Bakso-Bakar-Malang-1", "AUDITOR", List.of());
    var patch = server.http.patch("/api/v1/users/" + id).putHeader("Authorization", "Bearer " + admin)
        .putHeader("If-Match", "\"1\"").sendJsonObject(new JsonObject().put("active", false)).await();
    assertThat(patch.statusCode()).isEqualTo(200);
    JsonObject refused = attempt("gone.away", "Bakso-Bakar-Malang-1");
    assertThat(refused.getInteger("status")).isEqualTo(401);
    assertThat(refused.getJsonObject("body").getString("code")).isEqualTo("invalid_credentials");
  }

  @Test
  void missingFieldsAreAllReported() {
    var r = server.post("/api/v1/auth/login", null, new JsonObject().put("user", "admin"));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.bodyAsJsonObject().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
        .containsExactlyInAnyOrder("username", "password", "user");
  }
}
