package id.ngopeni.api.calendar;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.domain.calendar.ServiceClock;
import id.ngopeni.domain.user.Role;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code /service-durations}: how long each service clock runs, effective-dated. Every role that
 * sees cases reads them; only an ADMIN adds a row (reference data, audited).
 */
public final class ServiceDurationRoutes implements Feature {
  private static final RequireRole READERS = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.FIELD_OFFICER,
      Role.APPROVER, Role.AUDITOR);

  private final ServiceDurationService service;

  public ServiceDurationRoutes(ServiceDurationService service) {
    this.service = service;
  }

  @Override
  public void mount(Router api) {
    api.get("/service-durations").handler(READERS).handler(this::list);
    api.post("/service-durations").handler(RequireRole.anyOf(Role.ADMIN)).handler(this::add);
  }

  private void list(RoutingContext ctx) {
    service.list().compose(body -> Responses.json(ctx, 200, body)).onFailure(ctx::fail);
  }

  private void add(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.object(ctx));
    ServiceClock clock = in.enumValue("clock", ServiceClock.class, true);
    var validFrom = in.date("validFrom", true);
    Long amount = in.wholeNumber("amount", true);
    service.add(Caller.of(ctx), clock, validFrom, amount, in.finish())
        .compose(row -> Responses.json(ctx, 201, row))
        .onFailure(ctx::fail);
  }
}
