package id.ngopeni.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.Jwts;
import id.ngopeni.api.testing.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every way of forging or bending an access token is refused with 401. */
class ForgedTokenTest {
  @RegisterExtension static final TestServer server = new TestServer("forged");
  private static PrivateKey serverKey;
  private static String adminId;
  private static String operatorToken;

  @BeforeAll
  static void start() {
    serverKey = Jwts.serverKey(server.dataDir);
    JsonObject admin = server.login("admin", TestServer.ADMIN_PASSWORD);
    adminId = admin.getJsonObject("user").getString("id");
    server.createUser(admin.getString("accessToken"), "operator.one", "Pecel-Madiun-Enak-9", "OPERATOR", List.of());
    operatorToken = server.login("operator.one", "Pecel-Madiun-Enak-9").getString("accessToken");
  }

  private static JsonObject header() {
    return new JsonObject().put("typ", "JWT").put("alg", "ES256");
  }

  private static JsonObject validClaims() {
    long now = System.currentTimeMillis() / 1000;
    return new JsonObject()
        .put("iss", "ngopeni").put("aud", "ngopeni-api").put("sub", adminId)
        .put("iat", now).put("exp", now + 600).put("jti", UUID.randomUUID().toString())
        .put("role", "ADMIN").put("username", "admin").put("kel", new JsonArray()).put("sv", 1);
  }

  private static int status(String token) {
    return server.get("/api/v1/users", token).statusCode();
  }

  private static void assertRefused(String token) {
    var response = server.get("/api/v1/users", token);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(401);
    assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
    assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void aCorrectlyCraftedTokenIsAccepted_soTheRefusalsBelowMeanSomething() {
    assertThat(status(Jwts.es256(serverKey, header(), validClaims()))).isEqualTo(200);
  }

  @Test
  void algNone() {
    String unsigned = Jwts.b64(new JsonObject().put("alg", "none").put("typ", "JWT").encode()) + "." + Jwts.b64(validClaims().encode()) + ".";
    assertRefused(unsigned);
    assertRefused(unsigned.substring(0, unsigned.length() - 1));
    String noneUpper = Jwts.b64(new JsonObject().put("alg", "NONE").encode()) + "." + Jwts.b64(validClaims().encode()) + ".";
    assertRefused(noneUpper);
  }

  @Test
  void tamperedPayload() {
    String[] parts = operatorToken.split("\\.");
    JsonObject claims = new JsonObject(new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    assertThat(server.get("/api/v1/me", operatorToken).statusCode()).isEqualTo(200);
    claims.put("role", "ADMIN");
    assertRefused(parts[0] + "." + Jwts.b64(claims.encode()) + "." + parts[2]);
  }

  @Test
  void strippedSignature() {
    String[] parts = Jwts.es256(serverKey, header(), validClaims()).split("\\.");
    assertRefused(parts[0] + "." + parts[1] + ".");
    assertRefused(parts[0] + "." + parts[1]);
  }

  @Test
  void hs256WithAGuessedSecretOrThePublicKeyAsSecret() {
    assertRefused(Jwts.hs256("secret".getBytes(StandardCharsets.UTF_8), validClaims()));
    assertRefused(Jwts.hs256("ngopeni".getBytes(StandardCharsets.UTF_8), validClaims()));
    assertRefused(Jwts.hs256(Jwts.serverPublicPem(server.dataDir).getBytes(StandardCharsets.US_ASCII), validClaims()));
  }

  @Test
  void signedByAForeignKey() {
    assertRefused(Jwts.es256(Jwts.foreignKey(), header(), validClaims()));
  }

  @Test
  void expiredAndNotYetValid() {
    long now = System.currentTimeMillis() / 1000;
    assertRefused(Jwts.es256(serverKey, header(), validClaims().put("iat", now - 3600).put("exp", now - 60)));
    assertRefused(Jwts.es256(serverKey, header(), validClaims().put("nbf", now + 3600)));
  }

  @Test
  void wrongIssuerOrAudience() {
    assertRefused(Jwts.es256(serverKey, header(), validClaims().put("iss", "evil")));
    assertRefused(Jwts.es256(serverKey, header(), validClaims().put("aud", "another-api")));
    assertRefused(Jwts.es256(serverKey, header(), validClaims().put("aud", new JsonArray().add("another-api"))));
  }

  @Test
  void requiredClaimsMissing() {
    for (String claim : List.of("exp", "iat", "iss", "aud", "sub", "jti", "role")) {
      JsonObject claims = validClaims();
      claims.remove(claim);
      assertRefused(Jwts.es256(serverKey, header(), claims));
    }
  }

  @Test
  void nonsenseClaimValues() {
    assertRefused(Jwts.es256(serverKey, header(), validClaims().put("role", "SUPERUSER")));
    assertRefused(Jwts.es256(serverKey, header(), validClaims().put("sub", "not-a-uuid")));
    assertRefused(Jwts.es256(serverKey, header(), validClaims().put("exp", "tomorrow")));
  }

  @Test
  void oversizedAndGarbageTokens() {
    assertRefused(Jwts.es256(serverKey, header(), validClaims().put("pad", "x".repeat(5000))));
    assertRefused(Jwts.es256(serverKey, header(), validClaims()) + "x"); // junk after a valid signature
    assertRefused("garbage");
    assertRefused("a.b.c");
    assertRefused("");
  }

  @Test
  void otherSchemesAreNotBearer() {
    String token = Jwts.es256(serverKey, header(), validClaims());
    var basic = server.http.get("/api/v1/users").putHeader("Authorization", "Basic " + token).send().await();
    assertThat(basic.statusCode()).isEqualTo(401);
    var none = server.http.get("/api/v1/users").send().await();
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.bodyAsJsonObject().getString("code")).isEqualTo("token_missing");
  }
}
