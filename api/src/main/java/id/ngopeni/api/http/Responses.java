package id.ngopeni.api.http;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writing successful JSON answers; errors go through {@link Problems}. */
public final class Responses {
  private static final CharSequence APPLICATION_JSON = HttpHeaders.createOptimized("application/json");

  private Responses() {}

  public static Future<Void> json(RoutingContext ctx, int status, JsonObject body) {
    Buffer bytes = body.toBuffer();
    return Idempotency.store(ctx, status, "application/json", bytes).transform(stored -> stored.succeeded()
        ? ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, APPLICATION_JSON).end(bytes)
        : notCommitted(ctx, stored.cause()));
  }

  /** A single resource with its version as a strong ETag, for If-Match on the next change. */
  public static Future<Void> versioned(RoutingContext ctx, int status, JsonObject body, int version) {
    ctx.response().putHeader(HttpHeaders.ETAG, ETags.of(version));
    return json(ctx, status, body);
  }

  public static Future<Void> noContent(RoutingContext ctx) {
    return Idempotency.store(ctx, 204, null, null).transform(stored -> stored.succeeded()
        ? ctx.response().setStatusCode(204).end()
        : notCommitted(ctx, stored.cause()));
  }

  /** The work was not committed with its recorded answer: the client gets that failure instead. */
  private static Future<Void> notCommitted(RoutingContext ctx, Throwable failure) {
    ctx.fail(failure);
    return Future.succeededFuture();
  }
}
