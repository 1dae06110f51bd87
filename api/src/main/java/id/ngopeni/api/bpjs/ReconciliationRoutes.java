package id.ngopeni.api.bpjs;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.HttpProblem;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.worker.importing.Sheets;
import id.ngopeni.domain.bpjs.Resolution;
import id.ngopeni.domain.problem.BpjsError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.Role;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * {@code /bpjs/reconciliations}: BPJS's monthly bill uploaded (CSV or XLSX, streamed to disk),
 * compared with the month's premium invoices; {@code /bpjs/differences}: what differs, and a
 * user's decision on each; {@code carry-over} and {@code /bpjs/overpayments}: what the city paid
 * beyond a reconciled month, carried to the next. A page of differences names workers and is on
 * record in the access log; summaries and overpayments are sums and name nobody.
 */
public record ReconciliationRoutes(ReconciliationService reconciliations,
    DifferenceService differences, OverpaymentService overpayments, ReadRecorder recorder) implements Feature {
  /** 500,000 rows of BPJS's bill are about 40 MiB of CSV. */
  static final long MAX_BYTES = 200L * 1024 * 1024;

  @Override
  public void mount(Router api) {
    RequireRole writers = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR);
    RequireRole readers = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.AUDITOR);
    api.post("/bpjs/reconciliations").handler(writers).handler(this::upload);
    api.get("/bpjs/reconciliations").handler(readers).handler(this::list);
    api.get("/bpjs/reconciliations/:id").handler(readers).handler(this::get);
    api.get("/bpjs/differences").handler(readers).handler(this::differences);
    api.post("/bpjs/differences/:id/resolve").handler(writers).handler(this::resolve);
    api.post("/bpjs/reconciliations/:id/carry-over").handler(writers).handler(this::carry);
    api.get("/bpjs/overpayments").handler(readers).handler(this::overpayments);
  }

  private void carry(RoutingContext ctx) {
    overpayments.carry(Caller.of(ctx), pathId(ctx, BpjsError.RECONCILIATION_NOT_FOUND))
        .compose(json -> Responses.json(ctx, 200, json))
        .onFailure(ctx::fail);
  }

  private void overpayments(RoutingContext ctx) {
    overpayments.recent()
        .compose(items -> Responses.json(ctx, 200, new JsonObject().put("items", new JsonArray(items))))
        .onFailure(ctx::fail);
  }

  private void upload(RoutingContext ctx) {
    ctx.request().pause(); // nothing of the body may be read before the file is open
    var xlsx = Sheets.isXlsx(ctx.request().getHeader("Content-Type"));
    if (xlsx.isEmpty()) {
      refuse(ctx, new HttpProblem(BpjsError.BPJS_FORMAT_UNSUPPORTED, "Send BPJS's bill as text/csv or as XLSX."));
      return;
    }
    YearMonth period;
    try {
      period = YearMonth.parse(String.valueOf(ctx.queryParams().get("period")));
    } catch (DateTimeParseException e) {
      refuse(ctx, Invalid.of("period", id.ngopeni.domain.problem.MoneyError.PERIOD_INVALID));
      return;
    }
    Caller caller = Caller.of(ctx);
    BodyToFile.store(ctx, MAX_BYTES)
        .compose(file -> reconciliations.reconcile(caller, period, file, xlsx.get()))
        .compose(json -> {
          ctx.response().putHeader("Location", "/api/v1/bpjs/reconciliations/" + json.getString("id"));
          return Responses.json(ctx, json.getBoolean("replayed") ? 200 : 201, json);
        })
        .onFailure(failure -> {
          if (!ctx.response().ended()) {
            refuse(ctx, failure);
          }
        });
  }

  /** Refuses before or while reading the body; the connection closes, so what is left is not read. */
  private static void refuse(RoutingContext ctx, Throwable problem) {
    ctx.response().putHeader("Connection", "close");
    ctx.request().resume();
    ctx.fail(problem);
  }

  private void list(RoutingContext ctx) {
    reconciliations.recent()
        .compose(items -> Responses.json(ctx, 200, new JsonObject().put("items", new JsonArray(items))))
        .onFailure(ctx::fail);
  }

  private void get(RoutingContext ctx) {
    reconciliations.get(pathId(ctx, BpjsError.RECONCILIATION_NOT_FOUND))
        .compose(json -> Responses.json(ctx, 200, json))
        .onFailure(ctx::fail);
  }

  private void differences(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    UUID cursor = Paging.uuidCursor(ctx);
    UUID reconciliation = uuidParam(ctx, "reconciliationId");
    String status = ctx.queryParams().get("status");
    Boolean open = status == null ? null : switch (status) {
      case "OPEN" -> Boolean.TRUE;
      case "RESOLVED" -> Boolean.FALSE;
      default -> throw Invalid.of("status", id.ngopeni.domain.problem.HttpError.VALUE_UNKNOWN, "Must be OPEN or RESOLVED.");
    };
    differences.list(recorder.reader(ctx), reconciliation, open, cursor, limit)
        .compose(items -> Responses.json(ctx, 200, Paging.pageById(items, limit)))
        .onFailure(ctx::fail);
  }

  private void resolve(RoutingContext ctx) {
    UUID id = pathId(ctx, BpjsError.DIFFERENCE_NOT_FOUND);
    Fields f = new Fields(JsonInput.object(ctx));
    Resolution action = f.enumValue("action", Resolution.class, true);
    String reason = f.string("reason", false);
    Violations v = f.finish();
    differences.resolve(Caller.of(ctx), id, action, reason, v)
        .compose(json -> Responses.json(ctx, 200, json))
        .onFailure(ctx::fail);
  }

  /** A path id that is not a UUID names nothing: 404, like an unknown one. */
  static UUID pathId(RoutingContext ctx, id.ngopeni.domain.problem.ErrorCode code) {
    try {
      return UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      throw new NotFound(code);
    }
  }

  private static UUID uuidParam(RoutingContext ctx, String name) {
    String text = ctx.queryParams().get(name);
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw Invalid.of(name, id.ngopeni.domain.problem.HttpError.UUID_INVALID);
    }
  }
}
