package id.ngopeni.api.invoice;

import id.ngopeni.api.auth.ActingUser;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.invoice.InvoiceStatus;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.invoice.InvoiceMonth;
import id.ngopeni.persistence.invoice.InvoiceRepository;
import id.ngopeni.persistence.invoice.StoredInvoice;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Premium invoices: generation ({@link InvoiceGeneration}) and its preview, reading (also month by
 * month), the lines file (its people recorded) and payment.
 */
public record InvoiceService(AppContext context, InvoiceRepository invoices, InvoiceGeneration generation,
    ReadRecorder recorder) {
  public LocalDate today() {
    return Jakarta.today(context.clock());
  }

  public Future<InvoiceGeneration.Generated> generate(Caller caller, YearMonth period) {
    return generation.generate(caller, period);
  }

  /** What generating the period would bill, nothing done ({@link InvoiceGeneration#preview}). */
  public Future<InvoiceGeneration.Preview> preview(YearMonth period) {
    return generation.preview(period);
  }

  /** Every month with invoices, newest first, summed. */
  public Future<List<InvoiceMonth>> months() {
    return invoices.months(context.pool());
  }

  public Future<Slice<StoredInvoice>> list(YearMonth periodOrNull, UUID after, int limit) {
    return invoices.list(context.pool(), periodOrNull, after, limit);
  }

  public Future<StoredInvoice> find(UUID id) {
    return invoices.find(context.pool(), id).map(found -> found.orElseThrow(InvoiceService::notFound));
  }

  /**
   * The invoice's snapshot lines as CSV, read through a cursor in a transaction of its own
   * connection; {@link InvoiceCsv} records the people sent in it for {@code who}, then gives both
   * back when the stream ends, fails or is closed.
   */
  public Future<InvoiceCsv> lines(Reader who, UUID id) {
    return context.pool().getConnection().compose(conn -> conn.begin()
        .compose(tx -> invoices.find(conn, id).compose(found -> {
          StoredInvoice invoice = found.orElseThrow(InvoiceService::notFound);
          return invoices.streamLines(conn, id).map(rows -> new InvoiceCsv(invoice, invoices, rows, conn, tx, recorder, who));
        }))
        .onFailure(e -> conn.close()));
  }

  /** UNPAID → PAID once ({@link InvoiceStatus#payable}); a second payment is {@code invoice_already_paid}. */
  public Future<StoredInvoice> markPaid(Caller session, UUID id, LocalDate paidAt, String reference) {
    return context.pool().withTransaction(tx -> ActingUser.inTransaction(tx, session, Role.ADMIN, Role.OPERATOR)
        .compose(caller -> invoices.markPaid(tx, id, paidAt, reference).compose(paid -> {
      if (paid.isEmpty()) {
        return invoices.find(tx, id).map(found -> {
          found.orElseThrow(InvoiceService::notFound);
          throw new Conflict(MoneyError.INVOICE_ALREADY_PAID);
        });
      }
      StoredInvoice after = paid.get();
      return context.audit()
          .append(tx, new AuditEvent(caller.userId(), caller.role().name(), "invoice.paid", "premium_invoice",
              id.toString(), new JsonObject().put("status", InvoiceStatus.UNPAID.name()),
              new JsonObject().put("status", InvoiceStatus.PAID.name()).put("paidAt", paidAt.toString())
                  .put("reference", reference).put("total", after.total())))
          .map(seq -> after);
    })));
  }

  static NotFound notFound() {
    return new NotFound(MoneyError.INVOICE_NOT_FOUND);
  }
}
