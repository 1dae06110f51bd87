package id.ngopeni.api.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writing successful JSON answers; errors go through {@link Problems}. */
public final class Responses {
  private Responses() {}

  public static Future<Void> json(RoutingContext ctx, int status, JsonObject body) {
    return ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json")
        .end(body.encode());
  }

  /** A single resource with its version as a strong ETag, for If-Match on the next change. */
  public static Future<Void> versioned(RoutingContext ctx, int status, JsonObject body, int version) {
    ctx.response().putHeader("ETag", ETags.of(version));
    return json(ctx, status, body);
  }

  public static Future<Void> noContent(RoutingContext ctx) {
    return ctx.response().setStatusCode(204).end();
  }
}
