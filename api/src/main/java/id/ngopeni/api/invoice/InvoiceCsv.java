package id.ngopeni.api.invoice;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.persistence.db.PgErrors;
import id.ngopeni.persistence.invoice.InvoiceRepository;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /premium-invoices/{id}/lines.csv}: the snapshot lines for the BPJS branch, streamed
 * from a database cursor with back-pressure, so a million lines never sit in memory. The NIK is
 * in the file because the branch identifies participants by it; it is never in a URL or a log.
 */
final class InvoiceCsv {
  private static final Logger LOG = LoggerFactory.getLogger(InvoiceCsv.class);
  static final String HEADER =
      "membership_id,worker_id,nik,full_name,kelurahan_code,category,programs,declared_income,jkk,jkm,jht,amount\n";

  private final AppContext context;
  private final InvoiceRepository invoices;

  InvoiceCsv(AppContext context, InvoiceRepository invoices) {
    this.context = context;
    this.invoices = invoices;
  }

  void stream(RoutingContext ctx, UUID id) {
    context.pool().getConnection().onFailure(ctx::fail).onSuccess(conn -> conn.begin()
        .compose(tx -> invoices.find(conn, id).compose(found -> {
          var invoice = found.orElseThrow(InvoiceRoutes::notFound);
          return invoices.streamLines(conn, id).map(rows -> {
            HttpServerResponse response = ctx.response()
                .setChunked(true)
                .putHeader("Content-Type", "text/csv; charset=utf-8")
                .putHeader("Content-Disposition", "attachment; filename=\"premium-" + invoice.period() + "-"
                    + invoice.fundingSource() + ".csv\"");
            java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            Runnable release = () -> {
              if (done.compareAndSet(false, true)) {
                finish(conn, tx);
              }
            };
            response.write(HEADER);
            rows.exceptionHandler(e -> {
              LOG.warn("Invoice CSV stream failed: {}", PgErrors.describe(e));
              release.run();
              response.reset();
            });
            rows.endHandler(v -> {
              release.run();
              response.end();
            });
            rows.handler(row -> {
              response.write(line(row));
              if (response.writeQueueFull()) {
                rows.pause();
                response.drainHandler(d -> rows.resume());
              }
            });
            response.closeHandler(v -> rows.close().onComplete(c -> release.run()));
            return null;
          });
        }))
        .onFailure(e -> {
          conn.close();
          ctx.fail(e);
        }));
  }

  private static Future<Void> finish(SqlConnection conn, Transaction tx) {
    return tx.rollback().eventually(() -> conn.close());
  }

  private static Buffer line(Row r) {
    StringBuilder out = new StringBuilder(160);
    out.append(r.getUUID("membership_id")).append(',')
        .append(r.getUUID("worker_id")).append(',')
        .append(r.getString("nik")).append(',');
    field(out, r.getString("full_name"));
    out.append(',').append(r.getString("kelurahan_code")).append(',')
        .append(r.getString("category")).append(',')
        .append(r.getString("programs")).append(',')
        .append(r.getLong("declared_income")).append(',')
        .append(r.getLong("jkk")).append(',')
        .append(r.getLong("jkm")).append(',')
        .append(r.getLong("jht")).append(',')
        .append(r.getLong("amount")).append('\n');
    return Buffer.buffer(out.toString());
  }

  /** RFC 4180 quoting, and a leading quote on text a spreadsheet would run as a formula. */
  private static void field(StringBuilder out, String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      out.append('"').append(v.replace("\"", "\"\"")).append('"');
    } else {
      out.append(v);
    }
  }
}
