package id.ngopeni.api.worker.importing;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.QueryParams;
import id.ngopeni.api.http.Responses;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.persistence.worker.importing.ImportJob;
import id.ngopeni.persistence.worker.importing.ImportRepository;
import id.ngopeni.persistence.worker.importing.ImportStatus;
import id.ngopeni.persistence.worker.importing.RowError;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code GET /imports} (past imports, newest first), {@code GET /imports/{id}} (progress and the
 * first errors) and {@code GET /imports/{id}/errors.csv} (every error, streamed page by page). A
 * field officer sees only their own imports; anything else is 404, as if it did not exist.
 */
public final class ImportQueries {
  static final int ERRORS_SHOWN = 100;
  private static final int CSV_PAGE = 5000;

  private final AppContext context;
  private final ImportRepository imports;

  public ImportQueries(AppContext context, ImportRepository imports) {
    this.context = context;
    this.imports = imports;
  }

  /** The states a listed import can be in, for the list's filter (RECEIVING is never shown). */
  enum Listed { QUEUED, RUNNING, DONE, FAILED }

  void list(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    UUID cursor = Paging.uuidCursor(ctx);
    Listed status = QueryParams.enumValue(ctx, "status", Listed.class);
    Caller caller = Caller.of(ctx);
    imports.list(context.pool(), caller.role().isAreaScoped() ? caller.userId() : null,
            status == null ? null : ImportStatus.valueOf(status.name()), cursor, limit)
        .compose(slice -> {
          JsonArray items = new JsonArray();
          slice.items().forEach(listed -> items.add(
              toJson(listed.job()).put("createdByUsername", listed.createdByUsername())));
          String next = Paging.nextCursor(slice, item -> item.job().id());
          return Responses.json(ctx, 200, Paging.page(items, next));
        })
        .onFailure(ctx::fail);
  }

  void get(RoutingContext ctx) {
    visibleJob(ctx)
        .compose(job -> imports.errors(context.pool(), job.id(), 0, 0, ERRORS_SHOWN)
            .compose(page -> {
              JsonArray errors = new JsonArray();
              page.errors().forEach(e -> errors.add(toJson(e)));
              return Responses.json(ctx, 200, toJson(job).put("errors", errors));
            }))
        .onFailure(ctx::fail);
  }

  void errorsCsv(RoutingContext ctx) {
    visibleJob(ctx)
        .compose(job -> {
          HttpServerResponse response = ctx.response()
              .setChunked(true)
              .putHeader("Content-Type", "text/csv; charset=utf-8")
              .putHeader("Content-Disposition", "attachment; filename=\"import-" + job.id() + "-errors.csv\"");
          return response.write("row,field,code,message\r\n")
              .compose(v -> writeErrors(response, job.id(), 0, 0))
              .compose(v -> response.end());
        })
        .onFailure(ctx::fail);
  }

  /** One page at a time; the next is read only once the previous has been written out. */
  private Future<Void> writeErrors(HttpServerResponse response, UUID id, int afterRow, int afterOrdinal) {
    return imports.errors(context.pool(), id, afterRow, afterOrdinal, CSV_PAGE).compose(page -> {
      if (page.errors().isEmpty()) {
        return Future.succeededFuture();
      }
      StringBuilder text = new StringBuilder(page.errors().size() * 80);
      for (RowError e : page.errors()) {
        text.append(e.row()).append(',').append(CsvText.field(e.field())).append(',')
            .append(CsvText.field(e.code())).append(',').append(CsvText.field(e.message())).append("\r\n");
      }
      Future<Void> written = response.write(text.toString());
      return page.errors().size() < CSV_PAGE
          ? written
          : written.compose(v -> writeErrors(response, id, page.lastRow(), page.lastOrdinal()));
    });
  }

  private Future<ImportJob> visibleJob(RoutingContext ctx) {
    UUID id;
    try {
      id = UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(notFound());
    }
    Caller caller = Caller.of(ctx);
    return imports.find(context.pool(), id).compose(job -> job
        .filter(j -> !caller.role().isAreaScoped() || j.createdBy().equals(caller.userId()))
        .map(Future::succeededFuture)
        .orElseGet(() -> Future.failedFuture(notFound())));
  }

  private static NotFound notFound() {
    return new NotFound("import_not_found", "No such import.");
  }

  static JsonObject toJson(ImportJob job) {
    JsonObject json = new JsonObject()
        .put("id", job.id().toString())
        .put("status", job.status().name())
        .put("format", job.format())
        .put("sizeBytes", job.sizeBytes())
        .put("total", job.total())
        .put("processed", job.processed())
        .put("inserted", job.inserted())
        .put("duplicates", job.duplicates())
        .put("failed", job.failed())
        .put("createdBy", job.createdBy().toString())
        .put("createdAt", text(job.createdAt()))
        .put("startedAt", text(job.startedAt()))
        .put("finishedAt", text(job.finishedAt()));
    if (job.errorCode() != null) {
      json.put("failure", new JsonObject().put("code", job.errorCode()).put("message", job.errorMessage()));
    }
    return json;
  }

  private static JsonObject toJson(RowError e) {
    return new JsonObject().put("row", e.row()).put("field", e.field()).put("code", e.code()).put("message", e.message());
  }

  private static String text(Instant t) {
    return t == null ? null : t.toString();
  }
}
