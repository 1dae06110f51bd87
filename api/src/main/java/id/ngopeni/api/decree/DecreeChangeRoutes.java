package id.ngopeni.api.decree;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.QueryParams;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.domain.decree.ChangeKind;
import id.ngopeni.domain.decree.ChangeReason;
import id.ngopeni.domain.decree.ChangeStatus;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.decree.StoredChange;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * Additions to and removals from a decree's cohort under four eyes. An OPERATOR or APPROVER
 * proposes; approve and reject carry no role check of their own: the domain answers the change's
 * maker {@code decree_self_approval_forbidden} whatever role they hold, and anyone but an
 * APPROVER {@code role_forbidden}. {@code GET /decree-changes?status=PENDING} is the approver's inbox.
 * Reading changes (they name workers) is on record in the access log.
 */
public record DecreeChangeRoutes(DecreeChangeService service, ReadRecorder recorder) implements Feature {
  private static final int MAX_NOTE = 1000;


  @Override
  public void mount(Router api) {
    api.post("/decrees/:id/changes").handler(RequireRole.anyOf(Role.OPERATOR, Role.APPROVER)).handler(this::propose);
    api.get("/decree-changes").handler(DecreeRoutes.OFFICE).handler(this::list);
    api.get("/decree-changes/:id").handler(DecreeRoutes.OFFICE).handler(this::get);
    api.post("/decree-changes/:id/approve").handler(this::approve);
    api.post("/decree-changes/:id/reject").handler(this::reject);
  }

  private void propose(RoutingContext ctx) {
    UUID decreeId = DecreeRoutes.id(ctx, DecreeService::notFound);
    Fields in = new Fields(JsonInput.object(ctx));
    UUID workerId = in.uuid("workerId", true);
    ChangeKind kind = in.enumValue("kind", ChangeKind.class, true);
    String reasonText = in.string("reason", false);
    String note = in.string("note", false);
    var v = in.violations();
    ChangeReason reason = null;
    if (kind != null) {
      try {
        reason = ChangeReason.of(reasonText, kind);
      } catch (Invalid e) {
        v.addAll(e.errors());
      }
    }
    if (note != null && note.length() > MAX_NOTE) {
      v.add("note", HttpError.TOO_LONG, "At most " + MAX_NOTE + " characters.");
    }
    in.requireValid();
    service.propose(Caller.of(ctx), decreeId, workerId, reason, note == null || note.isBlank() ? null : note.strip())
        .compose(c -> {
          ctx.response().putHeader("Location", "/api/v1/decree-changes/" + c.change().id());
          return respond(ctx, 201, c);
        })
        .onFailure(ctx::fail);
  }

  private void approve(RoutingContext ctx) {
    UUID id = DecreeRoutes.id(ctx, DecreeChangeService::notFound);
    new Fields(JsonInput.optionalObject(ctx)).requireValid();
    service.approve(Caller.of(ctx), id).compose(c -> respond(ctx, 200, c)).onFailure(ctx::fail);
  }

  private void reject(RoutingContext ctx) {
    UUID id = DecreeRoutes.id(ctx, DecreeChangeService::notFound);
    Fields in = new Fields(JsonInput.object(ctx));
    String reason = in.string("reason", false);
    in.requireValid();
    service.reject(Caller.of(ctx), id, reason).compose(c -> respond(ctx, 200, c)).onFailure(ctx::fail);
  }

  private void list(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    UUID cursor = Paging.uuidCursor(ctx);
    ChangeStatus status = QueryParams.enumValue(ctx, "status", ChangeStatus.class);
    String decree = ctx.queryParams().get("decreeId");
    UUID decreeId = null;
    if (decree != null && !decree.isEmpty()) {
      try {
        decreeId = UUID.fromString(decree);
      } catch (IllegalArgumentException e) {
        throw Invalid.of("decreeId", HttpError.UUID_INVALID);
      }
    }
    DecreeRoutes.page(ctx, service.list(recorder.reader(ctx), status, decreeId, cursor, limit), DecreeJson::change,
        c -> c.change().id());
  }

  private void get(RoutingContext ctx) {
    service.get(recorder.reader(ctx), DecreeRoutes.id(ctx, DecreeChangeService::notFound)).compose(c -> respond(ctx, 200, c))
        .onFailure(ctx::fail);
  }

  private static Future<Void> respond(RoutingContext ctx, int status, StoredChange c) {
    return Responses.json(ctx, status, DecreeJson.change(c));
  }
}
