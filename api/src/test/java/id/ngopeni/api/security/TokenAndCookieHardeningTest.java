package id.ngopeni.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.Jwts;
import id.ngopeni.api.testing.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 13.10, 13.11 and the token half of 13.13. */
class TokenAndCookieHardeningTest {
  @RegisterExtension static final TestServer server = new TestServer("token_cookie");
  private static JsonObject admin;

  @BeforeAll
  static void start() {
    admin = server.login("admin", TestServer.ADMIN_PASSWORD);
  }

  @Test
  void metricsNeedAnAdminOrAuditorToken() {
    var anonymous = server.get("/api/v1/metrics", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.bodyAsString()).doesNotContain("jvm_");
    assertThat(server.get("/api/v1/metrics", admin.getString("accessToken")).statusCode()).isEqualTo(200);
  }

  @Test
  void theRefreshCookieIsHostPrefixedAndSecure() {
    var login = server.post("/api/v1/auth/login", null,
        new JsonObject().put("username", "admin").put("password", TestServer.ADMIN_PASSWORD).put("useCookie", true));
    String cookie = login.cookies().stream().filter(c -> c.contains("ngopeni_refresh=")).findFirst().orElseThrow();
    assertThat(cookie).startsWith("__Host-ngopeni_refresh=").contains("; Secure").contains("Path=/;")
        .doesNotContain("Domain=").containsIgnoringCase("HttpOnly").contains("SameSite=Strict");
  }

  @Test
  void aHighSTwinOfAValidTokenIsRefused() {
    String token = server.login("admin", TestServer.ADMIN_PASSWORD).getString("accessToken");
    String low = Jwts.withS(token, false);
    String high = Jwts.withS(token, true);
    assertThat(low).as("the server issues the low-S form").isEqualTo(token);
    assertThat(server.get("/api/v1/users", low).statusCode()).isEqualTo(200);
    var refused = server.get("/api/v1/users", high);
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.bodyAsJsonObject().getString("code")).isEqualTo("token_invalid");
  }

  @Test
  void aTokenLivingLongerThanTheConfiguredLifetimeIsRefusedEvenWithTheServersKey() {
    long now = System.currentTimeMillis() / 1000;
    JsonObject claims = new JsonObject()
        .put("iss", "ngopeni").put("aud", "ngopeni-api").put("sub", admin.getJsonObject("user").getString("id"))
        .put("jti", UUID.randomUUID().toString()).put("role", "ADMIN").put("username", "admin").put("kel", new JsonArray())
        // the stored session version, as the server put it in the admin's own token
        .put("sv", new JsonObject(new String(java.util.Base64.getUrlDecoder()
            .decode(admin.getString("accessToken").split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8)).getLong("sv"));
    JsonObject header = new JsonObject().put("typ", "JWT").put("alg", "ES256");
    var key = Jwts.serverKey(server.dataDir);
    String fitting = Jwts.es256(key, header, claims.copy().put("iat", now).put("exp", now + 900));
    assertThat(server.get("/api/v1/users", fitting).statusCode()).as("15 minutes is the configured lifetime").isEqualTo(200);
    String tooLong = Jwts.es256(key, header, claims.copy().put("iat", now).put("exp", now + 24 * 3600));
    assertThat(server.get("/api/v1/users", tooLong).statusCode()).isEqualTo(401);
    String backdated = Jwts.es256(key, header, claims.copy().put("iat", now - 3600).put("exp", now + 600));
    assertThat(server.get("/api/v1/users", backdated).statusCode()).isEqualTo(401);
  }
}
