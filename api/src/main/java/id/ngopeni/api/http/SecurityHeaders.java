package id.ngopeni.api.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** Headers every response carries, error responses and static files included. */
public final class SecurityHeaders implements Handler<RoutingContext> {
  /** No inline script or style anywhere: the console loads only its own files. */
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
          + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
          + "frame-ancestors 'none'; form-action 'self'";

  @Override
  public void handle(RoutingContext ctx) {
    ctx.response()
        .putHeader("Content-Security-Policy", CSP)
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("X-Frame-Options", "DENY")
        .putHeader("Referrer-Policy", "no-referrer")
        .putHeader("Cross-Origin-Opener-Policy", "same-origin")
        .putHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (ctx.normalizedPath().startsWith("/api/")) {
      // API answers carry tokens and personal data: no cache may keep them.
      ctx.response().putHeader("Cache-Control", "no-store");
    }
    ctx.next();
  }
}
