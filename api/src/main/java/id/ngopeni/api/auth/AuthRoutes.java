package id.ngopeni.api.auth;

import id.ngopeni.api.http.ClientAddress;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.user.UserJson;
import id.ngopeni.domain.problem.UserError;
import id.ngopeni.domain.problem.Unauthenticated;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code /auth/login}, {@code /auth/refresh}, {@code /auth/logout}. Mobile clients keep the
 * refresh token from the JSON body. The console asks for it as an HttpOnly, SameSite=Strict
 * cookie ({@code "useCookie": true}), so no script can read it. The cookie is always {@code
 * Secure} and named with the {@code __Host-} prefix (so Path=/ and no Domain: no sibling or
 * parent domain can set or overwrite it); only {@code NGOPENI_INSECURE_COOKIES=true}
 * (development over plain http) drops Secure — and with it the prefix, which browsers would
 * otherwise refuse.
 */
public final class AuthRoutes {
  static final String SECURE_COOKIE = "__Host-ngopeni_refresh";
  static final String INSECURE_COOKIE = "ngopeni_refresh";
  static final String COOKIE_PATH = "/";

  private final AuthService auth;
  private final ClientAddress clients;
  private final boolean secureCookie;
  private final String cookieName;

  public AuthRoutes(AuthService auth, ClientAddress clients, boolean insecureCookies) {
    this.auth = auth;
    this.clients = clients;
    this.secureCookie = !insecureCookies;
    this.cookieName = insecureCookies ? INSECURE_COOKIE : SECURE_COOKIE;
  }

  public void mount(Router api) {
    api.post("/auth/login").handler(this::login);
    api.post("/auth/refresh").handler(this::refresh);
    api.post("/auth/logout").handler(this::logout);
  }

  private void login(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.object(ctx));
    String username = in.string("username", true);
    String password = in.string("password", true);
    boolean useCookie = Boolean.TRUE.equals(in.bool("useCookie", false));
    in.requireValid();
    auth.login(username, password, useCookie, clients.of(ctx))
        .compose(session -> answer(ctx, session, useCookie))
        .onFailure(ctx::fail);
  }

  private void refresh(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.optionalObject(ctx));
    String fromBody = in.string("refreshToken", false);
    in.requireValid();
    Cookie cookie = ctx.request().getCookie(cookieName);
    boolean viaCookie = fromBody == null && cookie != null;
    String presented = fromBody != null ? fromBody : viaCookie ? cookie.getValue() : null;
    if (presented == null) {
      ctx.fail(new Unauthenticated(UserError.REFRESH_TOKEN_MISSING));
      return;
    }
    auth.refresh(presented, viaCookie)
        .onFailure(e -> { if (viaCookie) { clearCookie(ctx); } })
        .compose(session -> answer(ctx, session, viaCookie))
        .onFailure(ctx::fail);
  }

  private void logout(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.optionalObject(ctx));
    String fromBody = in.string("refreshToken", false);
    in.requireValid();
    Cookie cookie = ctx.request().getCookie(cookieName);
    String presented = fromBody != null ? fromBody : cookie != null ? cookie.getValue() : null;
    clearCookie(ctx);
    (presented == null ? io.vertx.core.Future.<Void>succeededFuture() : auth.logout(presented))
        .compose(v -> Responses.noContent(ctx))
        .onFailure(ctx::fail);
  }

  private io.vertx.core.Future<Void> answer(RoutingContext ctx, AuthService.Session session, boolean useCookie) {
    JsonObject body =
        new JsonObject()
            .put("accessToken", session.accessToken())
            .put("tokenType", "Bearer")
            .put("expiresIn", session.expiresIn())
            .put("user", UserJson.of(session.user()));
    if (useCookie) {
      ctx.response().addCookie(refreshCookie(ctx, session.refreshToken(), -1));
    } else {
      body.put("refreshToken", session.refreshToken());
    }
    return Responses.json(ctx, 200, body);
  }

  private void clearCookie(RoutingContext ctx) {
    ctx.response().addCookie(refreshCookie(ctx, "", 0));
  }

  private Cookie refreshCookie(RoutingContext ctx, String value, long maxAge) {
    Cookie cookie =
        Cookie.cookie(cookieName, value)
            .setPath(COOKIE_PATH)
            .setHttpOnly(true)
            .setSameSite(CookieSameSite.STRICT)
            .setSecure(secureCookie);
    if (maxAge >= 0) {
      cookie.setMaxAge(maxAge);
    }
    return cookie;
  }
}
