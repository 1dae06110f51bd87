package id.ngopeni.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13.3: sign-in attempts are reserved before the password is hashed, limited per address
 * (progressive delay) and per username and address, and a forwarded address is believed only
 * from a configured proxy. The server here trusts 127.0.0.1 as its proxy, so each test speaks
 * for a client address of its own through X-Forwarded-For.
 */
class LoginLimitsTest {
  private static final String PASSWORD = "Soto-Lamongan-Koya-31";
  @RegisterExtension static final TestServer server = TestServer.behindLocalProxy("login_limits");

  @BeforeAll
  static void start() {
    String admin = server.adminToken();
    for (String name : List.of("approver.par", "approver.lock", "approver.xff")) {
      server.createUser(admin, name, PASSWORD, "APPROVER", List.of());
    }
  }

  private static Future<HttpResponse<Buffer>> login(String username, String password, String from) {
    return server.http.post("/api/v1/auth/login").putHeader("X-Forwarded-For", from)
        .sendJsonObject(new JsonObject().put("username", username).put("password", password));
  }

  @Test
  void sixtyWrongPasswordsAtOnceThenTheRightOneIsRefused() {
    List<Future<HttpResponse<Buffer>>> all = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      all.add(login("approver.par", "Wrong-Password-" + i, "198.51.100.10"));
    }
    Future.join(all).await();
    long checked = all.stream().filter(f -> f.result().statusCode() == 401).count();
    assertThat(checked).as("passwords actually tried").isLessThanOrEqualTo(5);
    var right = login("approver.par", PASSWORD, "198.51.100.10").await();
    assertThat(right.statusCode()).as(right.bodyAsString()).isEqualTo(429);
  }

  @Test
  void fiveWrongPasswordsFromOneAddressDoNotLockTheOwnerOut() {
    for (int i = 0; i < 5; i++) {
      assertThat(login("approver.lock", "Wrong-Password-" + i, "203.0.113.66").await().statusCode()).isEqualTo(401);
    }
    var attacker = login("approver.lock", PASSWORD, "203.0.113.66").await();
    assertThat(attacker.statusCode()).isEqualTo(429);
    assertThat(attacker.bodyAsJsonObject().getString("code")).isEqualTo("login_locked");
    assertThat(attacker.getHeader("Retry-After")).isNotNull();
    var owner = login("approver.lock", PASSWORD, "192.0.2.7").await();
    assertThat(owner.statusCode()).as("the approver at their own desk: %s", owner.bodyAsString()).isEqualTo(200);
  }

  @Test
  void anAddressThatFailsOftenIsSlowedWhateverTheUsernames() {
    String sprayer = "203.0.113.99";
    int refused = 0;
    for (int i = 0; i < 30; i++) {
      var r = login("nobody." + i, "Wrong-Password-1", sprayer).await();
      if (r.statusCode() == 429) {
        assertThat(r.bodyAsJsonObject().getString("code")).isEqualTo("login_slowed");
        assertThat(Long.parseLong(r.getHeader("Retry-After"))).isPositive();
        refused++;
      }
    }
    assertThat(refused).as("attempts refused by address").isGreaterThanOrEqualTo(4);
    assertThat(login("nobody.x", "Wrong-Password-1", "203.0.113.100").await().statusCode())
        .as("another address is not slowed").isEqualTo(401);
  }

  @Test
  void aForwardedAddressFromAnUntrustedPeerIsIgnored() throws Exception {
    // The header's left part is the client's to write: only the hop the proxy appended counts.
    for (int i = 0; i < 5; i++) {
      login("approver.xff", "Wrong-Password-" + i, "192.0.2.200, 203.0.113.5").await();
    }
    assertThat(login("approver.xff", PASSWORD, "192.0.2.201, 203.0.113.5").await().statusCode())
        .as("a forged left part does not escape the lock").isEqualTo(429);
    assertThat(login("approver.xff", PASSWORD, "203.0.113.6").await().statusCode()).isEqualTo(200);
  }
}
