package id.ngopeni.api.worker;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.FileCells;
import id.ngopeni.api.http.HttpProblem;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.worker.WorkerCsv;
import id.ngopeni.domain.worker.WorkerDraft;
import id.ngopeni.persistence.db.PgErrors;
import id.ngopeni.persistence.worker.StoredWorker;
import id.ngopeni.persistence.worker.WorkerFilter;
import id.ngopeni.persistence.worker.WorkerRepository;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowStream;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /workers/export.csv}: the import columns plus {@code coverage}, for the workers the
 * caller may see, streamed from a server-side cursor straight into a chunked response with
 * back-pressure (the cursor pauses while the client is slow), so memory stays flat at a million
 * rows. An error after the first bytes resets the connection: a truncated download must not look
 * like a complete file.
 */
public final class WorkerExport {
  private static final Logger LOG = LoggerFactory.getLogger(WorkerExport.class);
  static final String HEADER = WorkerCsv.HEADER + ",coverage";
  private static final int FETCH = 1_000;
  private static final int FLUSH_BYTES = 64 * 1024;

  private final AppContext context;
  private final WorkerRepository workers;

  public WorkerExport(AppContext context, WorkerRepository workers) {
    this.context = context;
    this.workers = workers;
  }

  void handle(RoutingContext ctx) {
    WorkerFilter filter = WorkerSearch.filter(ctx, Caller.of(ctx), false);
    context.pool().getConnection().onFailure(ctx::fail).onSuccess(conn ->
        conn.begin()
            .compose(tx -> workers.stream(conn, filter, FETCH).map(rows -> {
              send(ctx, conn, tx, rows);
              return rows;
            }))
            .onFailure(e -> {
              conn.close();
              ctx.fail(e);
            }));
  }

  private void send(RoutingContext ctx, SqlConnection conn, Transaction tx, RowStream<Row> rows) {
    HttpServerResponse response = ctx.response()
        .setChunked(true)
        .putHeader("Content-Type", "text/csv; charset=utf-8")
        .putHeader("Content-Disposition", "attachment; filename=\"workers.csv\"");
    WorkerSearch.announceDeprecatedNames(ctx);
    AtomicBoolean finished = new AtomicBoolean();
    Runnable release = () -> {
      if (finished.compareAndSet(false, true)) {
        tx.rollback().onComplete(v -> conn.close()); // read-only: nothing to commit
      }
    };
    Buffer[] pending = {Buffer.buffer(FLUSH_BYTES + 1024).appendString(HEADER + "\r\n")};
    response.closeHandler(v -> {
      // The client went away mid-download: ending the transaction closes the cursor.
      if (!finished.get()) {
        rows.pause();
        release.run();
      }
    });
    AtomicBoolean refused = new AtomicBoolean();
    Handler<Throwable> fail = e -> {
      release.run();
      if (response.headWritten()) {
        response.reset();
      } else {
        ctx.fail(e);
      }
    };
    rows.exceptionHandler(e -> {
      if (!refused.get()) {
        LOG.warn("Worker export failed: {}", PgErrors.describe(e));
        fail.handle(e);
      }
    });
    rows.endHandler(v -> {
      if (!refused.get()) {
        response.end(pending[0]);
        release.run();
      }
    });
    rows.handler(row -> {
      if (refused.get()) {
        return;
      }
      String line;
      try {
        line = line(WorkerRepository.toWorker(row));
      } catch (HttpProblem unsafe) {
        // FileCells refused a stored value: a small export answers the problem, a large one resets.
        refused.set(true);
        rows.pause();
        fail.handle(unsafe);
        return;
      }
      pending[0].appendString(line);
      if (pending[0].length() >= FLUSH_BYTES) {
        response.write(pending[0]);
        pending[0] = Buffer.buffer(FLUSH_BYTES + 1024);
        if (response.writeQueueFull()) {
          rows.pause();
          response.drainHandler(d -> rows.resume());
        }
      }
    });
  }

  /**
   * One CRLF-terminated record; {@link FileCells} refuses a value that could break it, {@link
   * WorkerCsv} quotes, {@link CsvCells} defuses formulas.
   */
  static String line(StoredWorker w) {
    WorkerDraft cells = new WorkerDraft(FileCells.checked("nik", w.nik()), CsvCells.text(FileCells.checked("full_name",
        w.fullName())), w.birthDate(), FileCells.checked("sex", w.sex()), FileCells.checked("kelurahan_code",
        w.kelurahanCode()), FileCells.checked("category", w.category()), CsvCells.phone(FileCells.checked("phone",
        w.phone())), CsvCells.text(FileCells.checked("address", w.address())));
    return WorkerCsv.line(cells) + "," + w.coverage().status().name() + "\r\n";
  }
}
