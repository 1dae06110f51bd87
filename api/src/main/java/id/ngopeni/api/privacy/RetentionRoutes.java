package id.ngopeni.api.privacy;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.domain.user.Role;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /privacy/retention/run {dryRun}} (ADMIN): the retention report — per kind its period,
 * cutoff, how many records are past it and the oldest — and, unless {@code dryRun} (the
 * default), what the run deleted or anonymised.
 */
public record RetentionRoutes(RetentionJob job) implements Feature {
  @Override
  public void mount(Router api) {
    api.post("/privacy/retention/run").handler(RequireRole.anyOf(Role.ADMIN)).handler(this::run);
  }

  private void run(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.optionalObject(ctx));
    Boolean dryRun = in.bool("dryRun", false);
    in.requireValid();
    job.run(Caller.of(ctx), dryRun == null || dryRun)
        .compose(report -> Responses.json(ctx, 200, report.json()))
        .onFailure(ctx::fail);
  }
}
