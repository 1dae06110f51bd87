package id.ngopeni.api.santunan;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.http.ETags;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.santunan.EventKind;
import id.ngopeni.domain.user.Role;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The city's own santunan: programmes (an ADMIN writes them, the office reads them), events
 * recorded by an OPERATOR and the entitlements they give. Payouts of an entitlement are the
 * payout slice's ({@code POST /santunan-entitlements/{id}/payouts}).
 */
public record SantunanRoutes(ProgrammeService programmes, SantunanEventService events, ReadRecorder recorder) implements Feature {
  static final RequireRole READERS = RequireRole.anyOf(Role.OPERATOR, Role.APPROVER, Role.ADMIN, Role.AUDITOR);

  @Override
  public void mount(Router api) {
    api.post("/santunan-programmes").handler(RequireRole.anyOf(Role.ADMIN)).handler(this::create);
    api.put("/santunan-programmes/:id").handler(RequireRole.anyOf(Role.ADMIN)).handler(this::replace);
    api.get("/santunan-programmes").handler(READERS).handler(this::list);
    api.get("/santunan-programmes/:id").handler(READERS).handler(this::get);
    api.post("/santunan-events").handler(RequireRole.anyOf(Role.OPERATOR)).handler(this::record);
    api.get("/santunan-entitlements").handler(READERS).handler(this::entitlements);
    api.get("/santunan-entitlements/:id").handler(READERS).handler(this::entitlement);
  }

  private void create(RoutingContext ctx) {
    UUID id = ProgrammeService.newId();
    programmes.create(Caller.of(ctx), ProgrammeInput.read(ctx, id))
        .compose(p -> {
          ctx.response().putHeader("Location", "/api/v1/santunan-programmes/" + id);
          return Responses.versioned(ctx, 201, p, p.getInteger("version"));
        })
        .onFailure(ctx::fail);
  }

  private void replace(RoutingContext ctx) {
    UUID id = id(ctx, ProgrammeService::notFound);
    int expected = ETags.requiredVersion(ctx);
    programmes.replace(Caller.of(ctx), id, ProgrammeInput.read(ctx, id), expected)
        .compose(p -> Responses.versioned(ctx, 200, p, p.getInteger("version")))
        .onFailure(ctx::fail);
  }

  private void list(RoutingContext ctx) {
    programmes.list().compose(body -> Responses.json(ctx, 200, body)).onFailure(ctx::fail);
  }

  private void get(RoutingContext ctx) {
    programmes.get(id(ctx, ProgrammeService::notFound))
        .compose(p -> Responses.versioned(ctx, 200, p, p.getInteger("version")))
        .onFailure(ctx::fail);
  }

  private void record(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.object(ctx));
    UUID workerId = in.uuid("workerId", true);
    EventKind kind = in.enumValue("kind", EventKind.class, true);
    var eventDate = in.date("eventDate", true);
    UUID claimId = in.uuid("claimId", false);
    String proofNote = in.string("proofNote", true);
    if (proofNote != null && proofNote.length() > 1000) {
      in.violations().add("proofNote", HttpError.TOO_LONG);
    }
    in.requireValid();
    var request = new SantunanEventService.EventRequest(workerId, kind, eventDate, claimId, proofNote.strip());
    events.record(Caller.of(ctx), request)
        .compose(given -> {
          JsonArray items = new JsonArray();
          given.forEach(e -> items.add(SantunanJson.entitlement(e)));
          String eventId = given.isEmpty() ? null : given.get(0).entitlement().eventId().toString();
          return Responses.json(ctx, 201, new JsonObject().put("eventId", eventId).put("entitlements", items));
        })
        .onFailure(ctx::fail);
  }

  private void entitlements(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    UUID cursor = Paging.uuidCursor(ctx);
    UUID programmeId = queryId(ctx, "programmeId", ProgrammeService::notFound);
    UUID workerId = queryId(ctx, "workerId", SantunanEventService::notFound);
    events.entitlements(recorder.reader(ctx), programmeId, workerId, cursor, limit)
        .compose(slice -> Responses.json(ctx, 200,
            Paging.page(slice, e -> SantunanJson.entitlement(e), e -> e.entitlement().id())))
        .onFailure(ctx::fail);
  }

  private void entitlement(RoutingContext ctx) {
    events.entitlement(recorder.reader(ctx), id(ctx, SantunanEventService::notFound))
        .compose(e -> Responses.json(ctx, 200, SantunanJson.entitlement(e)))
        .onFailure(ctx::fail);
  }

  private static UUID queryId(RoutingContext ctx, String name, Supplier<NotFound> notFound) {
    String text = ctx.queryParams().get(name);
    return text == null || text.isEmpty() ? null : parse(text, notFound);
  }

  private static UUID id(RoutingContext ctx, Supplier<NotFound> notFound) {
    return parse(ctx.pathParam("id"), notFound);
  }

  private static UUID parse(String text, Supplier<NotFound> notFound) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw notFound.get();
    }
  }
}
