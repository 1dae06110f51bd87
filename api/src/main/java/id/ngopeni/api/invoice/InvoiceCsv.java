package id.ngopeni.api.invoice;

import id.ngopeni.api.http.FileCells;
import id.ngopeni.api.http.HttpProblem;
import id.ngopeni.persistence.db.PgErrors;
import id.ngopeni.persistence.invoice.StoredInvoice;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.privacy.Masks;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.domain.privacy.Purpose;
import id.ngopeni.domain.privacy.ReadKind;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import id.ngopeni.persistence.crypto.UnreadableValue;
import id.ngopeni.persistence.invoice.InvoiceRepository;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowStream;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An invoice's snapshot lines for the BPJS branch as CSV lines, one {@link Buffer} per line,
 * read from a database cursor with back-pressure, so a million lines never sit in memory. The
 * NIK is masked ({@code 3573••••••••0001}) unless the file is asked for in full with a purpose:
 * the file for the branch, which identifies participants by it, is the full one ({@code
 * ?purpose=BPJS_REGISTRATION}); it is never in a URL or a log. The people sent are put on record (the access log, {@link ReadKind#EXPORT}) in the
 * cursor's transaction, which is then committed: when the rows end, before the end handler runs
 * (a failed record fails the stream instead, so the file is never complete without its record);
 * as incomplete when the rows fail, a value is refused or {@link #close} is called part-way.
 * Every text cell passes {@link FileCells}: a stored value with a line break or another control
 * character stops the stream with {@code unsafe_file_value}.
 */
public final class InvoiceCsv implements ReadStream<Buffer> {
  private static final Logger LOG = LoggerFactory.getLogger(InvoiceCsv.class);
  static final String HEADER =
      "membership_id,worker_id,nik,full_name,kelurahan_code,category,programs,declared_income,jkk,jkm,jht,amount\n";
  /** What the full file shows of each person in full; the masked one shows the name only. */
  static final Set<PersonalField> SHOWN_FULL = Set.of(PersonalField.NIK, PersonalField.NAME);
  static final Set<PersonalField> SHOWN_MASKED = Set.of(PersonalField.NAME);

  private final StoredInvoice invoice;
  private final InvoiceRepository invoices;
  private final RowStream<Row> rows;
  private final SqlConnection conn;
  private final Transaction tx;
  private final ReadRecorder recorder;
  private final Reader who;
  /** Why the file is taken in full; null: NIKs masked. */
  private final Purpose purpose;
  /** The worker of every line sent (a worker twice in one month's file is recorded once). */
  private final List<UUID> people = new ArrayList<>();
  private final AtomicBoolean done = new AtomicBoolean();
  private final AtomicBoolean refused = new AtomicBoolean();
  private volatile Handler<Throwable> exceptionHandler;

  InvoiceCsv(StoredInvoice invoice, InvoiceRepository invoices, RowStream<Row> rows, SqlConnection conn, Transaction tx,
      ReadRecorder recorder, Reader who, Purpose purpose) {
    this.invoice = invoice;
    this.invoices = invoices;
    this.rows = rows;
    this.conn = conn;
    this.tx = tx;
    this.recorder = recorder;
    this.who = who;
    this.purpose = purpose;
  }

  public StoredInvoice invoice() {
    return invoice;
  }

  /** {@code premium-2026-01-APBD.csv}. */
  public String fileName() {
    return "premium-" + invoice.period() + "-" + invoice.fundingSource() + ".csv";
  }

  @Override
  public InvoiceCsv handler(Handler<Buffer> handler) {
    rows.handler(handler == null ? null : row -> {
      if (refused.get()) {
        return;
      }
      Buffer line;
      try {
        line = line(row);
      } catch (HttpProblem | UnreadableValue unsafe) {
        // FileCells refused a stored value, or a sealed NIK did not open: the file stops here, as
        // when the database fails; the people already sent are recorded first.
        refused.set(true);
        rows.pause();
        finish(false).onComplete(r -> {
          Handler<Throwable> failed = exceptionHandler;
          if (failed != null) {
            failed.handle(unsafe);
          }
        });
        return;
      }
      people.add(row.getUUID("worker_id"));
      handler.handle(line);
    });
    return this;
  }

  @Override
  public InvoiceCsv exceptionHandler(Handler<Throwable> handler) {
    this.exceptionHandler = handler;
    rows.exceptionHandler(e -> {
      if (refused.get()) {
        return;
      }
      LOG.warn("Invoice CSV stream failed: {}", PgErrors.describe(e));
      finish(false).onComplete(r -> {
        if (handler != null) {
          handler.handle(e);
        }
      });
    });
    return this;
  }

  @Override
  public InvoiceCsv endHandler(Handler<Void> handler) {
    rows.endHandler(v -> {
      if (refused.get()) {
        return;
      }
      finish(true).onComplete(recorded -> {
        if (recorded.failed()) {
          LOG.warn("Invoice CSV's access record failed: {}", PgErrors.describe(recorded.cause()));
          Handler<Throwable> failed = exceptionHandler;
          if (failed != null) {
            failed.handle(recorded.cause());
          }
        } else if (handler != null) {
          handler.handle(v);
        }
      });
    });
    return this;
  }

  @Override
  public InvoiceCsv pause() {
    rows.pause();
    return this;
  }

  @Override
  public InvoiceCsv resume() {
    rows.resume();
    return this;
  }

  @Override
  public InvoiceCsv fetch(long amount) {
    rows.fetch(amount);
    return this;
  }

  /** Stops reading (the client went away), records the people sent so far and gives the connection back. */
  public void close() {
    rows.close().onComplete(c -> finish(false)
        .onFailure(e -> LOG.warn("Invoice CSV's access record failed: {}", PgErrors.describe(e))));
  }

  /**
   * Once: records the people sent (none: nothing to record), commits and gives the connection
   * back; a failed record rolls back and fails. A second call succeeds at once.
   */
  private Future<Void> finish(boolean complete) {
    if (!done.compareAndSet(false, true)) {
      return Future.succeededFuture();
    }
    Future<Void> recorded = recorder.record(conn, who, ReadKind.EXPORT, people.stream().distinct().toList(),
            purpose == null ? SHOWN_MASKED : SHOWN_FULL, purpose,
            new JsonObject().put("export", fileName()).put("invoiceId", invoice.id().toString()).put("full", purpose != null)
                .put("complete", complete))
        .compose(v -> tx.commit());
    return recorded.recover(e -> tx.rollback().transform(r -> Future.<Void>failedFuture(e)))
        .eventually(() -> conn.close());
  }

  private Buffer line(Row r) {
    StringBuilder out = new StringBuilder(160);
    out.append(r.getUUID("membership_id")).append(',')
        .append(r.getUUID("worker_id")).append(',')
        .append(FileCells.csv("nik", purpose == null ? Masks.nik(invoices.lineNik(r)) : invoices.lineNik(r))).append(',')
        .append(FileCells.csv("full_name", r.getString("full_name"))).append(',')
        .append(FileCells.csv("kelurahan_code", r.getString("kelurahan_code"))).append(',')
        .append(FileCells.csv("category", r.getString("category"))).append(',')
        .append(FileCells.csv("programs", r.getString("programs"))).append(',')
        .append(r.getLong("declared_income")).append(',')
        .append(r.getLong("jkk")).append(',')
        .append(r.getLong("jkm")).append(',')
        .append(r.getLong("jht")).append(',')
        .append(r.getLong("amount")).append('\n');
    return Buffer.buffer(out.toString());
  }
}
