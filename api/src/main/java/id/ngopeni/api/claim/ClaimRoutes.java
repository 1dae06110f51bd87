package id.ngopeni.api.claim;

import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.http.AcceptLanguage;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.QueryParams;
import id.ngopeni.api.http.Responses;
import id.ngopeni.domain.RecordNumber;
import id.ngopeni.domain.claim.ClaimStatus;
import id.ngopeni.domain.claim.ClaimType;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Language;
import id.ngopeni.domain.user.Role;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.UUID;

/**
 * {@code /claims}: OPERATOR and ADMIN everywhere, FIELD_OFFICER files and reads in their
 * kelurahan only, AUDITOR and APPROVER read. Verifying and rejecting is office work.
 */
public record ClaimRoutes(ClaimService service, ReadRecorder recorder) implements Feature {
  static final RequireRole FILERS = RequireRole.anyOf(Role.OPERATOR, Role.ADMIN, Role.FIELD_OFFICER);
  static final RequireRole READERS =
      RequireRole.anyOf(Role.OPERATOR, Role.ADMIN, Role.FIELD_OFFICER, Role.AUDITOR, Role.APPROVER);
  private static final RequireRole DECIDERS = RequireRole.anyOf(Role.OPERATOR, Role.ADMIN);

  @Override
  public void mount(Router api) {
    api.post("/claims").handler(FILERS).handler(this::file);
    api.get("/claims").handler(READERS).handler(this::list);
    api.get("/claims/:id").handler(READERS).handler(this::get);
    api.post("/claims/:id/verify").handler(DECIDERS).handler(this::verify);
    api.post("/claims/:id/reject").handler(DECIDERS).handler(this::reject);
    api.get("/disability-table").handler(READERS).handler(this::disabilityTable);
  }

  private void disabilityTable(RoutingContext ctx) {
    JsonArray items = new JsonArray();
    service.disabilityTable().forEach(row -> items.add(new JsonObject().put("code", row.code())
        .put("basisPoints", row.basisPoints()).put("confirmed", row.confirmed()).put("label", row.label())));
    Responses.json(ctx, 200, new JsonObject().put("items", items)).onFailure(ctx::fail);
  }

  private void file(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.object(ctx));
    var request = new ClaimService.NewClaim(
        in.uuid("workerId", true),
        in.enumValue("type", ClaimType.class, true),
        in.date("incidentDate", true),
        in.string("description", true),
        in.wholeNumber("medicalCosts", false),
        in.bool("trafficAccident", false),
        AccidentInput.read(in));
    service.file(Caller.of(ctx), request, in.finish())
        .compose(claim -> {
          ctx.response().putHeader("Location", "/api/v1/claims/" + claim.id());
          return respond(ctx, 201, claim);
        })
        .onFailure(ctx::fail);
  }

  private void list(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    UUID cursor = Paging.uuidCursor(ctx);
    ClaimStatus status = QueryParams.enumValue(ctx, "status", ClaimStatus.class);
    ClaimType type = QueryParams.enumValue(ctx, "type", ClaimType.class);
    UUID workerId = queryId(ctx, "workerId");
    String number = QueryParams.recordNumber(ctx, "number", RecordNumber.CLAIM);
    service.list(recorder.reader(ctx), status, type, workerId, number, cursor, limit)
        .compose(slice -> {
          Language language = AcceptLanguage.negotiate(ctx);
          return Responses.json(ctx, 200, Paging.page(slice, c -> ClaimJson.of(c, language), item -> item.id()));
        })
        .onFailure(ctx::fail);
  }

  private void get(RoutingContext ctx) {
    service.get(recorder.reader(ctx), claimId(ctx)).compose(c -> respond(ctx, 200, c)).onFailure(ctx::fail);
  }

  private void verify(RoutingContext ctx) {
    UUID id = claimId(ctx);
    new Fields(JsonInput.optionalObject(ctx)).requireValid();
    service.verify(Caller.of(ctx), id).compose(c -> respond(ctx, 200, c)).onFailure(ctx::fail);
  }

  private void reject(RoutingContext ctx) {
    UUID id = claimId(ctx);
    Fields in = new Fields(JsonInput.object(ctx));
    String reason = in.string("reason", false);
    in.requireValid();
    service.reject(Caller.of(ctx), id, reason).compose(c -> respond(ctx, 200, c)).onFailure(ctx::fail);
  }

  static Future<Void> respond(RoutingContext ctx, int status, CaseView view) {
    return Responses.versioned(ctx, status, ClaimJson.of(view, AcceptLanguage.negotiate(ctx)), (int) view.claim().claim().version());
  }

  static UUID claimId(RoutingContext ctx) {
    return ClaimAccess.pathId(ctx.pathParam("id"), ClaimAccess::notFound);
  }

  /** An optional UUID query parameter; anything else is a 422 naming it. */
  static UUID queryId(RoutingContext ctx, String name) {
    String text = ctx.queryParams().get(name);
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new Invalid(List.of(new FieldError(name, HttpError.UUID_INVALID)));
    }
  }
}
