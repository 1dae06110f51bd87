package id.ngopeni.api.membership;

import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.http.ETags;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.MembershipRequest;
import id.ngopeni.domain.membership.ProgramCodes;
import id.ngopeni.domain.membership.Sector;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.Role;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Enrolment routes. ADMIN and OPERATOR enrol and end; field officers register workers but do
 * not enrol them (enrolment commits the city's budget: an office decision), and may read the
 * memberships of workers in their own kelurahan only; AUDITOR and APPROVER read (on record in the
 * access log).
 */
public record MembershipRoutes(MembershipService service, ReadRecorder recorder) implements Feature {
  @Override
  public void mount(Router api) {
    RequireRole writers = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR);
    api.post("/workers/:id/memberships").handler(writers).handler(this::enrol);
    api.get("/workers/:id/memberships").handler(this::list);
    api.post("/memberships/:id/end").handler(writers).handler(this::end);
    api.put("/memberships/:id/sector").handler(writers).handler(this::sector);
  }

  private void enrol(RoutingContext ctx) {
    UUID workerId = id(ctx, WorkerError.WORKER_NOT_FOUND);
    Fields f = new Fields(JsonInput.object(ctx));
    Violations v = f.violations();
    var programs = ProgramCodes.parse(f.strings("programs", true), v);
    Long income = f.wholeNumber("declaredIncome", true);
    FundingSource source = f.enumValue("fundingSource", FundingSource.class, true);
    LocalDate start = f.date("startDate", true);
    Sector sector = f.enumValue("sector", Sector.class, false);
    f.finish();
    MembershipRequest request =
        new MembershipRequest(programs, income == null ? null : Rupiah.of(income), source, start, sector);
    service.enrol(Caller.of(ctx), workerId, request, v)
        .compose(json -> {
          ctx.response().putHeader("Location", "/api/v1/workers/" + workerId + "/memberships");
          return Responses.json(ctx, 201, json);
        })
        .onFailure(ctx::fail);
  }

  private void list(RoutingContext ctx) {
    service.ofWorker(recorder.reader(ctx), id(ctx, WorkerError.WORKER_NOT_FOUND))
        .compose(items -> Responses.json(ctx, 200, new JsonObject().put("items", items)))
        .onFailure(ctx::fail);
  }

  private void end(RoutingContext ctx) {
    UUID id = id(ctx, MoneyError.MEMBERSHIP_NOT_FOUND);
    Fields f = new Fields(JsonInput.object(ctx));
    LocalDate endDate = f.date("endDate", true);
    String reason = f.string("reason", true);
    Violations v = f.finish();
    service.end(Caller.of(ctx), id, endDate, reason, v)
        .compose(json -> Responses.json(ctx, 200, json))
        .onFailure(ctx::fail);
  }

  /** The sector (PP 50/2025 prices it), changed over the version named by If-Match. */
  private void sector(RoutingContext ctx) {
    UUID id = id(ctx, MoneyError.MEMBERSHIP_NOT_FOUND);
    int version = ETags.requiredVersion(ctx);
    Fields f = new Fields(JsonInput.object(ctx));
    Sector sector = f.enumValue("sector", Sector.class, true);
    Violations v = f.finish();
    service.changeSector(Caller.of(ctx), id, version, sector, v)
        .compose(json -> Responses.versioned(ctx, 200, json, json.getInteger("version")))
        .onFailure(ctx::fail);
  }

  /** A path id that is not a UUID names nothing: 404, like an unknown one. */
  static UUID id(RoutingContext ctx, ErrorCode code) {
    try {
      return UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      throw new NotFound(code, "No such resource.");
    }
  }
}
