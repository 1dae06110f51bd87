package id.ngopeni.api.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Headers every response carries, error responses and static files included. */
public final class SecurityHeaders implements Handler<RoutingContext> {
  /**
   * No inline script or style anywhere: the console loads only its own files. A claim document's
   * preview shows the file fetched with the bearer token from a blob: URL: an image in img-src, a
   * PDF in an iframe (frame-src blob: only; no page of ours is framed, object-src stays none).
   */
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; frame-src blob:; "
          + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
          + "frame-ancestors 'none'; form-action 'self'";

  // Pre-encoded (ASCII bytes) once: every response sends them, so none is re-encoded per request.
  private static final CharSequence CSP_NAME = HttpHeaders.createOptimized("Content-Security-Policy");
  private static final CharSequence CSP_VALUE = HttpHeaders.createOptimized(CSP);
  private static final CharSequence NOSNIFF_NAME = HttpHeaders.createOptimized("X-Content-Type-Options");
  private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
  private static final CharSequence FRAME_NAME = HttpHeaders.createOptimized("X-Frame-Options");
  private static final CharSequence DENY = HttpHeaders.createOptimized("DENY");
  private static final CharSequence REFERRER_NAME = HttpHeaders.createOptimized("Referrer-Policy");
  private static final CharSequence NO_REFERRER = HttpHeaders.createOptimized("no-referrer");
  private static final CharSequence COOP_NAME = HttpHeaders.createOptimized("Cross-Origin-Opener-Policy");
  private static final CharSequence SAME_ORIGIN = HttpHeaders.createOptimized("same-origin");
  private static final CharSequence PERMISSIONS_NAME = HttpHeaders.createOptimized("Permissions-Policy");
  private static final CharSequence NO_DEVICES = HttpHeaders.createOptimized("camera=(), microphone=(), geolocation=()");
  private static final CharSequence NO_STORE = HttpHeaders.createOptimized("no-store");

  @Override
  public void handle(RoutingContext ctx) {
    ctx.response()
        .putHeader(CSP_NAME, CSP_VALUE)
        .putHeader(NOSNIFF_NAME, NOSNIFF)
        .putHeader(FRAME_NAME, DENY)
        .putHeader(REFERRER_NAME, NO_REFERRER)
        .putHeader(COOP_NAME, SAME_ORIGIN)
        .putHeader(PERMISSIONS_NAME, NO_DEVICES);
    if (ctx.normalizedPath().startsWith("/api/")) {
      // API answers carry tokens and personal data: no cache may keep them.
      ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
    }
    ctx.next();
  }
}
