package id.ngopeni.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RefreshTest {
  @RegisterExtension static final TestServer server = new TestServer("refresh");
  private static final String admin = server.adminToken();

  @Test
  void refreshRotatesTheTokenAndTheOldOneIsSpent() {
    JsonObject first = server.login("admin", TestServer.ADMIN_PASSWORD);
    var second = server.refresh(first.getString("refreshToken"));
    assertThat(second.statusCode()).isEqualTo(200);
    JsonObject pair = second.bodyAsJsonObject();
    assertThat(pair.getString("refreshToken")).isNotEqualTo(first.getString("refreshToken"));
    assertThat(server.get("/api/v1/me", pair.getString("accessToken")).statusCode()).isEqualTo(200);
    assertThat(server.refresh(pair.getString("refreshToken")).statusCode()).isEqualTo(200);
  }

  @Test
  void reusingASpentTokenRevokesTheWholeFamily() {
    JsonObject login = server.login("admin", TestServer.ADMIN_PASSWORD);
    String stolen = login.getString("refreshToken");
    String legit = server.refresh(stolen).bodyAsJsonObject().getString("refreshToken");
    // The thief comes after the grace period a retry of a lost answer gets (ConcurrentRefreshTest).
    var pool = id.ngopeni.persistence.db.Pools.create(server.clientVertx, server.database, 1);
    pool.preparedQuery("UPDATE refresh_token SET spent_at = spent_at - interval '21 seconds' WHERE token_hash = $1")
        .execute(io.vertx.sqlclient.Tuple.of(RefreshTokens.hash(stolen))).await();
    pool.close().await();

    var replay = server.refresh(stolen);
    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(replay.bodyAsJsonObject().getString("code")).isEqualTo("refresh_token_invalid");
    // The legitimate descendant dies with the family.
    assertThat(server.refresh(legit).statusCode()).isEqualTo(401);
    // Another login (another family) is unaffected.
    assertThat(server.refresh(server.login("admin", TestServer.ADMIN_PASSWORD).getString("refreshToken")).statusCode()).isEqualTo(200);
  }

  @Test
  void logoutRevokesTheRefreshToken() {
    String token = server.login("admin", TestServer.ADMIN_PASSWORD).getString("refreshToken");
    var out = server.post("/api/v1/auth/logout", null, new JsonObject().put("refreshToken", token));
    assertThat(out.statusCode()).isEqualTo(204);
    assertThat(server.refresh(token).statusCode()).isEqualTo(401);
  }

  @Test
  void garbageAndMissingTokensAre401() {
    assertThat(server.refresh("not-a-token").statusCode()).isEqualTo(401);
    assertThat(server.refresh("A".repeat(43)).statusCode()).isEqualTo(401);
    var none = server.post("/api/v1/auth/refresh", null, new JsonObject());
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.bodyAsJsonObject().getString("code")).isEqualTo("refresh_token_missing");
  }

  @Test
  void aDisabledUsersRefreshFailsAtOnce() {
    String admin = server.adminToken(); // another test logs the admin out, which ends its access tokens
    String id = server.createUser(admin, "temp.worker", "Tahu-Telor-Surabaya", "AUDITOR", List.of());
    String token = server.login("temp.worker", "Tahu-Telor-Surabaya").getString("refreshToken");
    var patch = server.http.patch("/api/v1/users/" + id).putHeader("Authorization", "Bearer " + admin)
        .putHeader("If-Match", "\"1\"").sendJsonObject(new JsonObject().put("active", false)).await();
    assertThat(patch.statusCode()).isEqualTo(200);
    assertThat(server.refresh(token).statusCode()).isEqualTo(401);
  }

  @Test
  void theConsoleGetsTheRefreshTokenAsAStrictHttpOnlyCookieOnly() {
    var login = server.post("/api/v1/auth/login", null,
        new JsonObject().put("username", "admin").put("password", TestServer.ADMIN_PASSWORD).put("useCookie", true));
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.bodyAsJsonObject().containsKey("refreshToken")).isFalse();
    String setCookie = login.cookies().stream().filter(c -> c.startsWith("__Host-ngopeni_refresh=")).findFirst().orElseThrow();
    assertThat(setCookie).containsIgnoringCase("HttpOnly").contains("SameSite=Strict").contains("Path=/").contains("Secure").doesNotContain("Domain=");
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));

    var refreshed = server.http.post("/api/v1/auth/refresh").putHeader("Cookie", cookie).send().await();
    assertThat(refreshed.statusCode()).isEqualTo(200);
    assertThat(refreshed.bodyAsJsonObject().containsKey("refreshToken")).isFalse();
    String rotated = refreshed.cookies().stream().filter(c -> c.startsWith("__Host-ngopeni_refresh=")).findFirst().orElseThrow();
    assertThat(rotated).isNotEqualTo(setCookie);

    var logout = server.http.post("/api/v1/auth/logout").putHeader("Cookie", rotated.substring(0, rotated.indexOf(';'))).send().await();
    assertThat(logout.statusCode()).isEqualTo(204);
    assertThat(logout.cookies().stream().anyMatch(c -> c.startsWith("__Host-ngopeni_refresh=;") && c.contains("Max-Age=0"))).isTrue();
    var after = server.http.post("/api/v1/auth/refresh").putHeader("Cookie", rotated.substring(0, rotated.indexOf(';'))).send().await();
    assertThat(after.statusCode()).isEqualTo(401);
  }
}
