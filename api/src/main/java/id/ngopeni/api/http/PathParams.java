package id.ngopeni.api.http;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.NotFound;
import io.vertx.ext.web.RoutingContext;

/** Path segments that name a fixed set of things; an unknown one is a 404, like any unknown resource. */
public final class PathParams {
  private PathParams() {}

  /** The funding source named by path parameter {@code fundingSource} (exact code, e.g. {@code APBD}). */
  public static FundingSource fundingSource(RoutingContext ctx) {
    String text = ctx.pathParam("fundingSource");
    for (FundingSource s : FundingSource.values()) {
      if (s.name().equals(text)) {
        return s;
      }
    }
    throw new NotFound(HttpError.NOT_FOUND, "No such funding source.");
  }
}
