package id.ngopeni.api.invoice;

import id.ngopeni.api.auth.ActingUser;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.invoice.InvoiceRunStatus;
import id.ngopeni.domain.invoice.InvoiceStatus;
import id.ngopeni.domain.privacy.Purpose;
import id.ngopeni.domain.privacy.RevealPolicy;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.db.HoldingPool;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.invoice.InvoiceMonth;
import id.ngopeni.persistence.invoice.InvoiceRepository;
import id.ngopeni.persistence.invoice.InvoiceRunRepository;
import id.ngopeni.persistence.invoice.StoredInvoice;
import id.ngopeni.persistence.invoice.StoredInvoiceRun;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Premium invoices: generation, queued as a run for the pollers ({@link InvoiceRunner}), and its
 * preview; reading (also month by month), the lines file (its people recorded) and payment.
 */
public record InvoiceService(AppContext context, InvoiceRepository invoices, InvoiceGeneration generation,
    InvoiceRunRepository runs, InvoiceRunPoller poller, ReadRecorder recorder) {
  /** How often a request races a run finishing between its insert and its read (then it asks again). */
  private static final int REQUEST_TRIES = 3;

  public LocalDate today() {
    return Jakarta.today(context.clock());
  }

  /** A run with, once DONE, the period's invoices. */
  public record Run(StoredInvoiceRun run, List<StoredInvoice> invoices) {}

  /**
   * Queues the period's generation for this instance's poller ({@link InvoiceRunner}), or answers
   * the run already queued or running for it: one unfinished run per period, whoever asks.
   */
  public Future<StoredInvoiceRun> generate(Caller caller, YearMonth period) {
    return request(caller, period, REQUEST_TRIES).onSuccess(run -> HoldingPool.afterCommit(poller::kick));
  }

  private Future<StoredInvoiceRun> request(Caller caller, YearMonth period, int tries) {
    return runs.request(context.pool(), Ids.newId(), period, caller.userId(), caller.role().name())
        .compose(created -> created.isPresent() ? Future.succeededFuture(created)
            : runs.queuedOf(context.pool(), period))
        .compose(run -> run.isPresent() || tries <= 1
            ? Future.succeededFuture(run.orElseThrow())
            : request(caller, period, tries - 1)); // the queued one finished in between
  }

  public Future<Run> run(UUID id) {
    return runs.find(context.pool(), id).compose(found -> {
      StoredInvoiceRun run = found.orElseThrow(() -> new NotFound(MoneyError.INVOICE_RUN_NOT_FOUND));
      return InvoiceRunStatus.valueOf(run.status()) == InvoiceRunStatus.DONE
          ? invoices.ofPeriod(context.pool(), run.period()).map(all -> new Run(run, all))
          : Future.succeededFuture(new Run(run, List.of()));
    });
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
   * back when the stream ends, fails or is closed. NIKs are masked unless {@code purpose} is given
   * and the caller's role may export in full for it (else 403 {@code full_export_not_allowed}).
   */
  public Future<InvoiceCsv> lines(Reader who, UUID id, Purpose purpose) {
    if (purpose != null) {
      RevealPolicy.checkFullExport(who.caller().role(), purpose);
    }
    return context.pool().getConnection().compose(conn -> conn.begin()
        .compose(tx -> invoices.find(conn, id).compose(found -> {
          StoredInvoice invoice = found.orElseThrow(InvoiceService::notFound);
          return invoices.streamLines(conn, id).map(rows -> new InvoiceCsv(invoice, invoices, rows, conn, tx, recorder, who, purpose));
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
