package id.ngopeni.api.invoice;

import id.ngopeni.api.http.QueryParams;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.domain.invoice.PremiumInvoices;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.Role;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Premium invoices. ADMIN and OPERATOR generate (after a preview: 202, a run to poll at {@code
 * /premium-invoice-runs/{id}}) and mark paid; AUDITOR reads, also month by month, and the runs. Field officers and approvers have no business with the city's bills (403).
 * The lines file's people are recorded for the reader ({@link ReadRecorder}).
 */
public record InvoiceRoutes(InvoiceService service, ReadRecorder recorder) implements Feature {
  @Override
  public void mount(Router api) {
    RequireRole writers = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR);
    RequireRole readers = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.AUDITOR);
    api.post("/premium-invoices").handler(writers).handler(this::generate);
    api.get("/premium-invoices").handler(readers).handler(this::list);
    // Before /:id, which would take "months" and "preview" for ids.
    api.get("/premium-invoices/months").handler(readers).handler(this::months);
    api.get("/premium-invoices/preview").handler(writers).handler(this::preview);
    api.get("/premium-invoices/:id").handler(readers).handler(this::get);
    api.get("/premium-invoices/:id/lines.csv").handler(readers).handler(this::lines);
    api.post("/premium-invoices/:id/mark-paid").handler(writers).handler(this::markPaid);
    api.get("/premium-invoice-runs/:id").handler(readers).handler(this::run);
  }

  private void generate(RoutingContext ctx) {
    Fields f = new Fields(JsonInput.object(ctx));
    String text = f.string("period", true);
    Violations v = f.finish();
    YearMonth period = text == null ? null : period(text, "period", v);
    PremiumInvoices.checkPeriod(period, service.today(), v).throwIfAny();
    service.generate(Caller.of(ctx), period)
        .compose(run -> {
          ctx.response().putHeader("Location", "/api/v1/premium-invoice-runs/" + run.id());
          return Responses.json(ctx, 202, InvoiceJson.of(new InvoiceService.Run(run, List.of())));
        })
        .onFailure(ctx::fail);
  }

  /** {@code GET /premium-invoice-runs/{id}}: the run; once DONE with the period's invoices. */
  private void run(RoutingContext ctx) {
    UUID id;
    try {
      id = UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      throw new NotFound(MoneyError.INVOICE_RUN_NOT_FOUND);
    }
    service.run(id)
        .compose(run -> Responses.json(ctx, 200, InvoiceJson.of(run)))
        .onFailure(ctx::fail);
  }

  /** {@code GET /premium-invoices/months}: every month with invoices, newest first, as one page. */
  private void months(RoutingContext ctx) {
    service.months()
        .compose(all -> {
          JsonArray items = new JsonArray();
          all.forEach(m -> items.add(InvoiceJson.of(m)));
          return Responses.json(ctx, 200, Paging.page(items, null));
        })
        .onFailure(ctx::fail);
  }

  /** {@code GET /premium-invoices/preview?period=}: what generating the month would bill; nothing is written. */
  private void preview(RoutingContext ctx) {
    Violations v = new Violations();
    String text = ctx.queryParams().get("period");
    YearMonth period = text == null || text.isBlank() ? null : period(text, "period", v);
    if (period == null && !v.has("period")) {
      v.add("period", HttpError.REQUIRED);
    }
    PremiumInvoices.checkPeriod(period, service.today(), v).throwIfAny();
    service.preview(period)
        .compose(p -> Responses.json(ctx, 200, InvoiceJson.of(p)))
        .onFailure(ctx::fail);
  }

  private void list(RoutingContext ctx) {
    Violations v = new Violations();
    String text = ctx.queryParams().get("period");
    YearMonth period = text == null || text.isBlank() ? null : period(text, "period", v);
    v.throwIfAny();
    int limit = Paging.limit(ctx);
    service.list(period, Paging.uuidCursor(ctx), limit)
        .compose(slice -> Responses.json(ctx, 200, Paging.page(slice, i -> InvoiceJson.of(i), item -> item.id())))
        .onFailure(ctx::fail);
  }

  private void get(RoutingContext ctx) {
    service.find(id(ctx))
        .compose(found -> Responses.versioned(ctx, 200, InvoiceJson.of(found), found.version()))
        .onFailure(ctx::fail);
  }

  /**
   * {@code GET /premium-invoices/{id}/lines.csv[?purpose=]}: streamed with back-pressure; the rows
   * stop when the client goes away. NIKs masked unless a purpose asks for the full file.
   */
  private void lines(RoutingContext ctx) {
    UUID id = id(ctx);
    service.lines(recorder.reader(ctx), id, QueryParams.purpose(ctx)).onFailure(ctx::fail).onSuccess(csv -> {
      HttpServerResponse response = ctx.response()
          .setChunked(true)
          .putHeader("Content-Type", "text/csv; charset=utf-8")
          .putHeader("Content-Disposition", "attachment; filename=\"" + csv.fileName() + "\"");
      response.write(InvoiceCsv.HEADER);
      csv.exceptionHandler(e -> response.reset());
      csv.endHandler(v -> response.end());
      csv.handler(line -> {
        response.write(line);
        if (response.writeQueueFull()) {
          csv.pause();
          response.drainHandler(d -> csv.resume());
        }
      });
      response.closeHandler(v -> csv.close());
    });
  }

  private void markPaid(RoutingContext ctx) {
    UUID id = id(ctx);
    Caller caller = Caller.of(ctx);
    Fields f = new Fields(JsonInput.object(ctx));
    LocalDate paidAt = f.date("paidAt", true);
    String reference = f.string("reference", true);
    Violations v = f.finish();
    PremiumInvoices.checkPayment(paidAt, reference, service.today(), v).throwIfAny();
    service.markPaid(caller, id, paidAt, reference.strip())
        .compose(after -> Responses.versioned(ctx, 200, InvoiceJson.of(after), after.version()))
        .onFailure(ctx::fail);
  }

  static YearMonth period(String text, String field, Violations v) {
    try {
      if (text.matches("\\d{4}-\\d{2}")) {
        return YearMonth.parse(text);
      }
    } catch (DateTimeParseException ignored) {
      // reported below
    }
    v.add(field, MoneyError.PERIOD_INVALID);
    return null;
  }

  static UUID id(RoutingContext ctx) {
    try {
      return UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      throw InvoiceService.notFound();
    }
  }
}
