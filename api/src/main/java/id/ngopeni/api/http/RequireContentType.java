package id.ngopeni.api.http;

import id.ngopeni.domain.problem.HttpError;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Lets through only bodies of one media type (415 otherwise), before a route-level body
 * handler reads them: uploads and bank files are not JSON, and the global handler leaves
 * them unread.
 */
public record RequireContentType(String mediaType, String detail) implements Handler<RoutingContext> {
  @Override
  public void handle(RoutingContext ctx) {
    if (!MediaTypes.is(ctx.request().getHeader("Content-Type"), mediaType)) {
      ctx.fail(new HttpProblem(HttpError.UNSUPPORTED_MEDIA_TYPE, detail));
      return;
    }
    ctx.next();
  }
}
