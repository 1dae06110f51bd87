package id.ngopeni.api.worker;

import id.ngopeni.api.http.AcceptLanguage;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.ETags;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.QueryParams;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.Role;
import id.ngopeni.domain.worker.DuplicateReview.Resolution;
import id.ngopeni.domain.worker.DuplicateReview.Status;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /duplicate-reviews}: the queue of workers saved while possible duplicates existed
 * (ADMIN, OPERATOR and AUDITOR read it all, a field officer their kelurahan's); ADMIN and OPERATOR
 * resolve one ({@code POST /duplicate-reviews/{id}/resolve}, If-Match, a note).
 */
public record DuplicateReviewRoutes(DuplicateReviewService service, ReadRecorder recorder) implements Feature {
  private static final Set<String> LIST_PARAMETERS = Set.of("status", "cursor", "limit");

  @Override
  public void mount(Router api) {
    RequireRole readers = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.AUDITOR, Role.FIELD_OFFICER);
    RequireRole deciders = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR);
    api.get("/duplicate-reviews").handler(readers).handler(this::list);
    api.post("/duplicate-reviews/:id/resolve").handler(deciders).handler(this::resolve);
  }

  /** {@code ?status=} OPEN (the default), RESOLVED_DISTINCT, RESOLVED_DUPLICATE or ALL; oldest first. */
  private void list(RoutingContext ctx) {
    Violations v = new Violations();
    ctx.queryParams().names().stream().filter(n -> !LIST_PARAMETERS.contains(n)).forEach(n -> v.add(n, HttpError.UNKNOWN_PARAMETER));
    v.throwIfAny();
    String text = ctx.queryParams().get("status");
    Status status = "ALL".equals(text) ? null
        : text == null || text.isEmpty() ? Status.OPEN : QueryParams.enumValue(ctx, "status", Status.class);
    int limit = Paging.limit(ctx);
    UUID after = Paging.uuidCursor(ctx);
    Caller caller = Caller.of(ctx);
    var language = AcceptLanguage.negotiate(ctx);
    service.list(recorder.reader(ctx), status, after, limit).compose(page -> {
      JsonArray items = new JsonArray();
      page.slice().items().forEach(r -> items.add(DuplicateReviewJson.review(r, page.workers(), caller, language)));
      var shown = page.slice().items();
      String next = page.slice().hasMore() ? Paging.cursorOf(shown.get(shown.size() - 1).id()) : null;
      return Responses.json(ctx, 200, Paging.page(items, next));
    }).onFailure(ctx::fail);
  }

  private void resolve(RoutingContext ctx) {
    UUID id = id(ctx);
    int version = ETags.requiredVersion(ctx);
    Fields in = new Fields(JsonInput.object(ctx));
    Resolution resolution = in.enumValue("resolution", Resolution.class, true);
    String note = in.string("note", false);
    UUID duplicateOf = in.uuid("duplicateOf", false);
    in.requireValid();
    service.resolve(Caller.of(ctx), id, version, resolution, note, duplicateOf)
        .compose(r -> Responses.versioned(ctx, 200, DuplicateReviewJson.resolved(r), r.version()))
        .onFailure(ctx::fail);
  }

  private static UUID id(RoutingContext ctx) {
    try {
      return UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw DuplicateReviewService.notFound();
    }
  }
}
