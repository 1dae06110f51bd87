package id.ngopeni.api.audit;

import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.Responses;
import id.ngopeni.domain.user.Role;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /audit} (newest first) and {@code GET /audit/verify}, for AUDITOR and ADMIN. */
public record AuditRoutes(AuditService service) implements Feature {
  @Override
  public void mount(Router api) {
    RequireRole readers = RequireRole.anyOf(Role.AUDITOR, Role.ADMIN);
    api.get("/audit").handler(readers).handler(this::list);
    api.get("/audit/verify").handler(readers).handler(this::verify);
    api.get("/audit/checkpoints").handler(readers).handler(this::checkpoints);
    api.post("/audit/checkpoints").handler(readers).handler(this::checkpoint);
  }

  private void list(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    Long before = Paging.longCursor(ctx);
    service.list(blankToNull(ctx.queryParams().get("entityType")), blankToNull(ctx.queryParams().get("entityId")),
            before, limit)
        .compose(slice -> {
          JsonArray items = new JsonArray();
          slice.items().forEach(e -> items.add(AuditJson.entry(e)));
          String next = slice.hasMore() ? Paging.cursorOf(slice.items().get(slice.items().size() - 1).seq()) : null;
          return Responses.json(ctx, 200, Paging.page(items, next));
        })
        .onFailure(ctx::fail);
  }

  private void verify(RoutingContext ctx) {
    service.verify()
        .compose(v -> Responses.json(ctx, 200, AuditJson.verification(v)))
        .onFailure(ctx::fail);
  }

  /** The signed checkpoints as JSON lines, newest last: keep a copy where the server cannot reach. */
  private void checkpoints(RoutingContext ctx) {
    service.exportCheckpoints()
        .onSuccess(lines -> ctx.response().putHeader("Content-Type", "application/x-ndjson; charset=utf-8")
            .putHeader("Content-Disposition", "attachment; filename=\"audit-checkpoints.jsonl\"").end(lines))
        .onFailure(ctx::fail);
  }

  /** Signs the chain's head into the checkpoint file now (e.g. before a backup is taken). */
  private void checkpoint(RoutingContext ctx) {
    service.checkpoint()
        .compose(written -> Responses.json(ctx, 201, written
            .map(c -> new JsonObject().put("seq", c.seq()).put("at", c.at().toString()))
            .orElse(new JsonObject().put("seq", 0))))
        .onFailure(ctx::fail);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
