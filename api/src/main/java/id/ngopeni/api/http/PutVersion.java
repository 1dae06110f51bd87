package id.ngopeni.api.http;

import id.ngopeni.api.http.ETags;
import io.vertx.ext.web.RoutingContext;

/**
 * Optimistic locking for PUTs that create or replace (budgets, baselines): {@code If-None-Match: *}
 * creates and fails with 412 if the resource exists; {@code If-Match: "n"} replaces version n;
 * {@code If-Match: *} replaces whichever version is stored (412 if there is none); neither is 428,
 * like every other PUT.
 */
public final class PutVersion {
  private PutVersion() {}

  /** Null: create only. */
  public static Integer expected(RoutingContext ctx) {
    String none = ctx.request().getHeader("If-None-Match");
    if (none != null && none.trim().equals("*") && ctx.request().getHeader("If-Match") == null) {
      return null;
    }
    return ETags.requiredVersion(ctx);
  }
}
