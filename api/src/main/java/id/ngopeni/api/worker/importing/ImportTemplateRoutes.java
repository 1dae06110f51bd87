package id.ngopeni.api.worker.importing;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.domain.user.Role;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /imports/workers/template}: the XLSX an office fills in ({@link ImportTemplate}). */
public record ImportTemplateRoutes(ImportTemplateService service) implements Feature {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Override
  public void mount(Router api) {
    api.get("/imports/workers/template").handler(RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.FIELD_OFFICER))
        .handler(this::template);
  }

  private void template(RoutingContext ctx) {
    service.template(Caller.of(ctx))
        .compose(bytes -> ctx.response().putHeader("Content-Type", XLSX)
            .putHeader("Content-Disposition", "attachment; filename=\"templat-impor-pekerja.xlsx\"")
            .end(Buffer.buffer(bytes)))
        .onFailure(ctx::fail);
  }
}
