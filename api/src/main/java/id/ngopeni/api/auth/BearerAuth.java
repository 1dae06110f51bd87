package id.ngopeni.api.auth;

import id.ngopeni.api.http.Caller;

import id.ngopeni.domain.problem.UserError;
import id.ngopeni.domain.problem.Unauthenticated;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Requires {@code Authorization: Bearer <access token>} whose session is still on
 * ({@link Sessions}: the user active, the token's session version the stored one), and records
 * the {@link Caller} with the user's stored role and scope.
 */
public record BearerAuth(TokenService tokens, Sessions sessions) implements Handler<RoutingContext> {
  @Override
  public void handle(RoutingContext ctx) {
    String header = ctx.request().getHeader("Authorization");
    if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.fail(new Unauthenticated(UserError.TOKEN_MISSING));
      return;
    }
    Future<Caller> checked = tokens.verify(header.substring(7).trim()).compose(sessions::check);
    if (checked.isComplete()) {
      proceed(ctx, checked);
      return;
    }
    // The row is being read: hold an unread upload (its route streams it) until we go on. A body
    // that has already ended (an empty POST) cannot be paused.
    boolean held = (ctx.body() == null || ctx.body().buffer() == null) && !ctx.request().isEnded();
    if (held) {
      ctx.request().pause();
    }
    checked.onComplete(done -> {
      if (held) {
        ctx.request().resume();
      }
      proceed(ctx, checked);
    });
  }

  private static void proceed(RoutingContext ctx, Future<Caller> checked) {
    if (checked.succeeded()) {
      Caller.attach(ctx, checked.result());
      ctx.next();
    } else {
      ctx.fail(checked.cause());
    }
  }
}
