package id.ngopeni.api.worker.importing;

import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.AcceptLanguage;
import id.ngopeni.api.http.Caller;
import id.ngopeni.domain.problem.Language;
import id.ngopeni.api.http.FileCells;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.QueryParams;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.domain.user.Role;
import id.ngopeni.domain.worker.ImportStatus;
import id.ngopeni.persistence.worker.importing.RowError;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * Bulk worker import (CSV or XLSX): the upload ({@link UploadHandler}), {@code GET /imports} (past
 * imports, newest first), {@code GET /imports/{id}} (progress and the first errors) and {@code GET
 * /imports/{id}/errors.csv} (every error, streamed page by page). Jobs live in PostgreSQL, so any
 * instance's {@link ImportPoller} may run or resume any import.
 */
public final class ImportRoutes implements Feature {
  /** Larger files are refused with 413; 200 MiB is well over a million rows of CSV. */
  public static final long MAX_UPLOAD_BYTES = 200L * 1024 * 1024;
  /** Rows per transaction of an import (measured: docs/PERFORMANCE.md, import). */
  public static final int BATCH_SIZE = 1000;
  /** How often an idle instance looks for queued imports. */
  public static final long POLL_MILLIS = 2000;

  private static final int CSV_PAGE = 5000;

  /** The states a listed import can be in, for the list's filter (RECEIVING is never shown). */
  enum Listed { QUEUED, RUNNING, DONE, FAILED }

  private final ImportService service;
  private final UploadHandler upload;

  public ImportRoutes(ImportService service, long maxUploadBytes) {
    this.service = service;
    this.upload = new UploadHandler(service, maxUploadBytes);
  }

  @Override
  public void mount(Router api) {
    api.post("/imports/workers").handler(RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.FIELD_OFFICER)).handler(upload);
    RequireRole readers = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.AUDITOR, Role.FIELD_OFFICER);
    api.get("/imports").handler(readers).handler(this::list);
    api.get("/imports/:id").handler(readers).handler(this::get);
    api.get("/imports/:id/errors.csv").handler(readers).handler(this::errorsCsv);
  }

  private void list(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    UUID cursor = Paging.uuidCursor(ctx);
    Listed status = QueryParams.enumValue(ctx, "status", Listed.class);
    service.list(Caller.of(ctx), status == null ? null : ImportStatus.valueOf(status.name()), cursor, limit)
        .compose(slice -> {
          Language language = AcceptLanguage.negotiate(ctx);
          return Responses.json(ctx, 200, Paging.page(slice,
              listed -> ImportJson.of(listed.job(), language).put("createdByUsername", listed.createdByUsername()),
              item -> item.job().id()));
        })
        .onFailure(ctx::fail);
  }

  private void get(RoutingContext ctx) {
    service.get(Caller.of(ctx), id(ctx))
        .compose(found -> {
          JsonArray errors = new JsonArray();
          Language language = AcceptLanguage.negotiate(ctx);
          found.errors().errors().forEach(e -> errors.add(ImportJson.of(e, language)));
          return Responses.json(ctx, 200, ImportJson.of(found.job(), language).put("errors", errors));
        })
        .onFailure(ctx::fail);
  }

  private void errorsCsv(RoutingContext ctx) {
    service.visible(Caller.of(ctx), id(ctx))
        .compose(job -> {
          Language language = AcceptLanguage.negotiate(ctx); // sets Content-Language: before the head goes
          HttpServerResponse response = ctx.response()
              .setChunked(true)
              .putHeader("Content-Type", "text/csv; charset=utf-8")
              .putHeader("Content-Disposition", "attachment; filename=\"import-" + job.id() + "-errors.csv\"");
          return response.write("row,field,code,message\r\n")
              .compose(v -> writeErrors(response, job.id(), 0, 0, language))
              .compose(v -> response.end());
        })
        .onFailure(ctx::fail);
  }

  /**
   * One page at a time; the next is read only once the previous has been written out. Each
   * message is the one the screen shows ({@link ImportJson#of(RowError, Language)}: the request's language).
   */
  private Future<Void> writeErrors(HttpServerResponse response, UUID id, int afterRow, int afterOrdinal, Language language) {
    return service.errors(id, afterRow, afterOrdinal, CSV_PAGE).compose(page -> {
      if (page.errors().isEmpty()) {
        return Future.succeededFuture();
      }
      StringBuilder text = new StringBuilder(page.errors().size() * 80);
      for (RowError e : page.errors()) {
        text.append(e.row()).append(',').append(FileCells.csv("field", e.field())).append(',')
            .append(FileCells.csv("code", e.code())).append(',')
            .append(FileCells.csv("message", ImportJson.of(e, language).getString("message")))
            .append("\r\n");
      }
      Future<Void> written = response.write(text.toString());
      return page.errors().size() < CSV_PAGE
          ? written
          : written.compose(v -> writeErrors(response, id, page.lastRow(), page.lastOrdinal(), language));
    });
  }

  /** The path's import id; null when it is no uuid (then no import has it). */
  private static UUID id(RoutingContext ctx) {
    try {
      return UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
