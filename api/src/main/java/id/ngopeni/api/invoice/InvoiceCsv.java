package id.ngopeni.api.invoice;

import id.ngopeni.api.http.FileCells;
import id.ngopeni.api.http.HttpProblem;
import id.ngopeni.persistence.db.PgErrors;
import id.ngopeni.persistence.invoice.StoredInvoice;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import id.ngopeni.persistence.crypto.UnreadableValue;
import id.ngopeni.persistence.invoice.InvoiceRepository;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowStream;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An invoice's snapshot lines for the BPJS branch as CSV lines, one {@link Buffer} per line,
 * read from a database cursor with back-pressure, so a million lines never sit in memory. The
 * NIK is in the file because the branch identifies participants by it; it is never in a URL or
 * a log. The connection and its transaction are given back once, when the rows end, fail or
 * {@link #close} is called. Every text cell passes {@link FileCells}: a stored value with a line
 * break or another control character stops the stream with {@code unsafe_file_value}.
 */
public final class InvoiceCsv implements ReadStream<Buffer> {
  private static final Logger LOG = LoggerFactory.getLogger(InvoiceCsv.class);
  static final String HEADER =
      "membership_id,worker_id,nik,full_name,kelurahan_code,category,programs,declared_income,jkk,jkm,jht,amount\n";

  private final StoredInvoice invoice;
  private final InvoiceRepository invoices;
  private final RowStream<Row> rows;
  private final SqlConnection conn;
  private final Transaction tx;
  private final AtomicBoolean done = new AtomicBoolean();
  private final AtomicBoolean refused = new AtomicBoolean();
  private volatile Handler<Throwable> exceptionHandler;

  InvoiceCsv(StoredInvoice invoice, InvoiceRepository invoices, RowStream<Row> rows, SqlConnection conn, Transaction tx) {
    this.invoice = invoice;
    this.invoices = invoices;
    this.rows = rows;
    this.conn = conn;
    this.tx = tx;
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
        // when the database fails.
        refused.set(true);
        rows.pause();
        release();
        Handler<Throwable> failed = exceptionHandler;
        if (failed != null) {
          failed.handle(unsafe);
        }
        return;
      }
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
      release();
      if (handler != null) {
        handler.handle(e);
      }
    });
    return this;
  }

  @Override
  public InvoiceCsv endHandler(Handler<Void> handler) {
    rows.endHandler(v -> {
      if (refused.get()) {
        return;
      }
      release();
      if (handler != null) {
        handler.handle(v);
      }
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

  /** Stops reading (the client went away) and gives the connection back. */
  public void close() {
    rows.close().onComplete(c -> release());
  }

  private void release() {
    if (done.compareAndSet(false, true)) {
      Future<Void> rollback = tx.rollback();
      rollback.eventually(() -> conn.close());
    }
  }

  private Buffer line(Row r) {
    StringBuilder out = new StringBuilder(160);
    out.append(r.getUUID("membership_id")).append(',')
        .append(r.getUUID("worker_id")).append(',')
        .append(FileCells.csv("nik", invoices.lineNik(r))).append(',')
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
