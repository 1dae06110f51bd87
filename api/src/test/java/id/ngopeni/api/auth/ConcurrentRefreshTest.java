package id.ngopeni.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.Sessions;
import id.ngopeni.api.testing.TestServer;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Several console tabs share one refresh cookie. When they refresh at the same instant the later
 * ones present a token the first just spent: within the grace period (20 s, the default) they get
 * a sibling of the same family and every tab stays signed in. A mobile client retrying a refresh
 * whose answer was lost (the token in the body) gets the same grace. After the grace period, or
 * presented another way than it was handed out, a spent token still revokes the whole family.
 */
class ConcurrentRefreshTest {
  @RegisterExtension static final TestServer server = new TestServer("concurrent_refresh");

  @Test
  void tabsRefreshingWithTheSameCookieAtOnceAllStaySignedIn() {
    String cookie = consoleLogin();
    List<Future<HttpResponse<Buffer>>> tabs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      tabs.add(refreshWithCookie(cookie));
    }
    Set<String> successors = new HashSet<>();
    for (var tab : tabs) {
      var response = tab.await();
      assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
      assertThat(server.get("/api/v1/me", response.bodyAsJsonObject().getString("accessToken")).statusCode()).isEqualTo(200);
      successors.add(cookieOf(response));
    }
    assertThat(successors).hasSize(4).doesNotContain(cookie);
    // Every tab's new cookie keeps rotating: nothing was revoked.
    for (String successor : successors) {
      var next = refreshWithCookie(successor).await();
      assertThat(next.statusCode()).as(next.bodyAsString()).isEqualTo(200);
      assertThat(refreshWithCookie(cookieOf(next)).await().statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aCookiePresentedAgainWithinTheGracePeriodGetsASiblingOfTheSameFamily() {
    String cookie = consoleLogin();
    var first = refreshWithCookie(cookie).await();
    var second = refreshWithCookie(cookie).await();
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(family(cookieOf(second))).isEqualTo(family(cookieOf(first))).isEqualTo(family(cookie));
    assertThat(refreshWithCookie(cookieOf(first)).await().statusCode()).isEqualTo(200);
    assertThat(refreshWithCookie(cookieOf(second)).await().statusCode()).isEqualTo(200);
  }

  @Test
  void aCookiePresentedAgainAfterTheGracePeriodRevokesTheFamily() {
    String cookie = consoleLogin();
    String successor = cookieOf(refreshWithCookie(cookie).await());
    // The spend happened 21 s ago as far as the database knows: past the 20 s grace.
    Sessions.spentLongAgo(server, cookie);
    var replay = refreshWithCookie(cookie).await();
    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(replay.bodyAsJsonObject().getString("code")).isEqualTo("refresh_token_invalid");
    assertThat(refreshWithCookie(successor).await().statusCode()).isEqualTo(401);
  }

  @Test
  void theCookieTokenReplayedInTheBodyGetsNoGrace() {
    String cookie = consoleLogin();
    String successor = cookieOf(refreshWithCookie(cookie).await());
    var replay = server.refresh(cookie);
    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(refreshWithCookie(successor).await().statusCode()).isEqualTo(401);
  }

  @Test
  void aMobileTokenRetriedAtOnceGetsASiblingOfTheSameFamily() {
    String token = server.login("admin", TestServer.ADMIN_PASSWORD).getString("refreshToken");
    var rotated = server.refresh(token);
    var retried = server.refresh(token);
    assertThat(rotated.statusCode()).isEqualTo(200);
    assertThat(retried.statusCode()).as(retried.bodyAsString()).isEqualTo(200);
    String successor = rotated.bodyAsJsonObject().getString("refreshToken");
    String sibling = retried.bodyAsJsonObject().getString("refreshToken");
    assertThat(family(sibling)).isEqualTo(family(successor)).isEqualTo(family(token));
    assertThat(server.refresh(sibling).statusCode()).isEqualTo(200);
    assertThat(server.refresh(successor).statusCode()).isEqualTo(200);
  }

  @Test
  void aMobileTokenReplayedAfterTheGracePeriodRevokesTheFamily() {
    String token = server.login("admin", TestServer.ADMIN_PASSWORD).getString("refreshToken");
    var rotated = server.refresh(token);
    assertThat(rotated.statusCode()).isEqualTo(200);
    Sessions.spentLongAgo(server, token);
    assertThat(server.refresh(token).statusCode()).isEqualTo(401);
    String successor = rotated.bodyAsJsonObject().getString("refreshToken");
    assertThat(server.refresh(successor).statusCode()).isEqualTo(401);
  }

  @Test
  void aMobileTokenReplayedAsACookieGetsNoGrace() {
    String token = server.login("admin", TestServer.ADMIN_PASSWORD).getString("refreshToken");
    var rotated = server.refresh(token);
    assertThat(rotated.statusCode()).isEqualTo(200);
    assertThat(refreshWithCookie(token).await().statusCode()).isEqualTo(401);
    String successor = rotated.bodyAsJsonObject().getString("refreshToken");
    assertThat(server.refresh(successor).statusCode()).isEqualTo(401);
  }

  @Test
  void noGraceOnceAnotherTabLoggedOut() {
    String cookie = consoleLogin();
    String successor = cookieOf(refreshWithCookie(cookie).await());
    assertThat(server.http.post("/api/v1/auth/logout").putHeader("Cookie", AuthRoutes.SECURE_COOKIE + "=" + successor).send().await()
        .statusCode()).isEqualTo(204);
    assertThat(refreshWithCookie(cookie).await().statusCode()).isEqualTo(401);
  }

  private static String consoleLogin() {
    var login = server.post("/api/v1/auth/login", null,
        new JsonObject().put("username", "admin").put("password", TestServer.ADMIN_PASSWORD).put("useCookie", true));
    assertThat(login.statusCode()).isEqualTo(200);
    return cookieOf(login);
  }

  private static Future<HttpResponse<Buffer>> refreshWithCookie(String token) {
    return server.http.post("/api/v1/auth/refresh").putHeader("Cookie", AuthRoutes.SECURE_COOKIE + "=" + token).send();
  }

  private static String cookieOf(HttpResponse<Buffer> response) {
    String set = response.cookies().stream().filter(c -> c.startsWith(AuthRoutes.SECURE_COOKIE + "=")).findFirst().orElseThrow();
    return set.substring(AuthRoutes.SECURE_COOKIE.length() + 1, set.indexOf(';'));
  }

  private static Object family(String token) {
    return Sessions.familyOf(server, token);
  }
}
