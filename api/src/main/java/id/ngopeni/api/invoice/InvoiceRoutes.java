package id.ngopeni.api.invoice;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.auth.RequireRole;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.Responses;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.invoice.InvoiceRepository;
import id.ngopeni.persistence.invoice.StoredInvoice;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Premium invoices. ADMIN and OPERATOR generate and mark paid; AUDITOR reads. Field officers and
 * approvers have no business with the city's bills (403).
 */
public final class InvoiceRoutes implements Feature {
  private final AppContext context;
  private final InvoiceRepository invoices;
  private final InvoiceGeneration generation;
  private final InvoiceCsv csv;

  public InvoiceRoutes(AppContext context, InvoiceRepository invoices, InvoiceGeneration generation) {
    this.context = context;
    this.invoices = invoices;
    this.generation = generation;
    this.csv = new InvoiceCsv(context, invoices);
  }

  @Override
  public void mount(Router api) {
    RequireRole writers = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR);
    RequireRole readers = RequireRole.anyOf(Role.ADMIN, Role.OPERATOR, Role.AUDITOR);
    api.post("/premium-invoices").handler(writers).handler(this::generate);
    api.get("/premium-invoices").handler(readers).handler(this::list);
    api.get("/premium-invoices/:id").handler(readers).handler(this::get);
    api.get("/premium-invoices/:id/lines.csv").handler(readers).handler(ctx -> csv.stream(ctx, id(ctx)));
    api.post("/premium-invoices/:id/mark-paid").handler(writers).handler(this::markPaid);
  }

  private void generate(RoutingContext ctx) {
    Fields f = new Fields(JsonInput.object(ctx));
    String text = f.string("period", true);
    Violations v = f.finish();
    YearMonth period = text == null ? null : period(text, "period", v);
    YearMonth latest = YearMonth.from(Jakarta.today(context.clock())).plusMonths(1);
    if (period != null && period.isAfter(latest)) {
      v.add("period", "period_too_far_ahead", "Invoices can be generated up to next month (" + latest + ").");
    }
    v.throwIfAny();
    generation.generate(Caller.of(ctx), period)
        .compose(g -> {
          JsonArray items = new JsonArray();
          g.invoices().forEach(i -> items.add(InvoiceJson.of(i)));
          return Responses.json(ctx, g.created() > 0 ? 201 : 200,
              new JsonObject().put("period", period.toString()).put("created", g.created()).put("items", items));
        })
        .onFailure(ctx::fail);
  }

  private void list(RoutingContext ctx) {
    Violations v = new Violations();
    String text = ctx.queryParams().get("period");
    YearMonth period = text == null || text.isBlank() ? null : period(text, "period", v);
    v.throwIfAny();
    int limit = Paging.limit(ctx);
    invoices.list(context.pool(), period, Paging.uuidCursor(ctx), limit)
        .compose(slice -> {
          JsonArray items = new JsonArray();
          slice.items().forEach(i -> items.add(InvoiceJson.of(i)));
          String next = Paging.nextCursor(slice, item -> item.id());
          return Responses.json(ctx, 200, Paging.page(items, next));
        })
        .onFailure(ctx::fail);
  }

  private void get(RoutingContext ctx) {
    invoices.find(context.pool(), id(ctx))
        .compose(found -> Responses.versioned(ctx, 200, InvoiceJson.of(found.orElseThrow(InvoiceRoutes::notFound)),
            found.get().version()))
        .onFailure(ctx::fail);
  }

  private void markPaid(RoutingContext ctx) {
    UUID id = id(ctx);
    Caller caller = Caller.of(ctx);
    Fields f = new Fields(JsonInput.object(ctx));
    LocalDate paidAt = f.date("paidAt", true);
    String reference = f.string("reference", true);
    Violations v = f.finish();
    if (reference != null && reference.strip().length() > 100) {
      v.add("reference", "too_long", "At most 100 characters.");
    }
    if (paidAt != null && paidAt.isAfter(Jakarta.today(context.clock()))) {
      v.add("paidAt", "in_future", "A payment cannot be dated in the future.");
    }
    v.throwIfAny();
    context.pool()
        .withTransaction(tx -> invoices.markPaid(tx, id, paidAt, reference.strip()).compose(paid -> {
          if (paid.isEmpty()) {
            return invoices.find(tx, id).map(found -> {
              found.orElseThrow(InvoiceRoutes::notFound);
              throw new Conflict("invoice_already_paid", "The invoice is already paid.");
            });
          }
          StoredInvoice after = paid.get();
          return context.audit()
              .append(tx, new AuditEvent(caller.userId(), caller.role().name(), "invoice.paid", "premium_invoice",
                  id.toString(), new JsonObject().put("status", "UNPAID"),
                  new JsonObject().put("status", "PAID").put("paidAt", paidAt.toString()).put("reference", reference.strip())
                      .put("total", after.total())))
              .map(seq -> after);
        }))
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
    v.add(field, "period_invalid", "Must be a month as YYYY-MM.");
    return null;
  }

  static UUID id(RoutingContext ctx) {
    try {
      return UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      throw notFound();
    }
  }

  static NotFound notFound() {
    return new NotFound("invoice_not_found", "No such invoice.");
  }

}
