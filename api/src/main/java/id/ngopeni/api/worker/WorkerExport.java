package id.ngopeni.api.worker;

import id.ngopeni.api.http.QueryParams;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.FileCells;
import id.ngopeni.api.http.HttpProblem;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.worker.WorkerCsv;
import id.ngopeni.domain.worker.WorkerDraft;
import id.ngopeni.persistence.db.PgErrors;
import id.ngopeni.persistence.crypto.UnreadableValue;
import id.ngopeni.persistence.worker.StoredWorker;
import id.ngopeni.persistence.worker.WorkerFilter;
import id.ngopeni.persistence.subject.RestrictionRepository;
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
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.privacy.Masks;
import id.ngopeni.domain.privacy.Purpose;
import id.ngopeni.domain.privacy.ReadKind;
import id.ngopeni.domain.privacy.RevealPolicy;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /workers/export.csv}: the import columns plus {@code coverage}, for the workers the
 * caller may see, streamed from a server-side cursor straight into a chunked response with
 * back-pressure (the cursor pauses while the client is slow), so memory stays flat at a million
 * rows. An error after the first bytes resets the connection: a truncated download must not look
 * like a complete file. NIKs and phones are masked unless a role allowed a full export asks for
 * one with {@code ?purpose=} ({@link RevealPolicy}); the people sent are recorded (one row). People
 * who asked to restrict the processing of their data are left out; the {@code Held-Back} header
 * says how many matched the filter. The rows come from the read replica when it is fit; the record is
 * written on the primary.
 */
public final class WorkerExport {
  private static final Logger LOG = LoggerFactory.getLogger(WorkerExport.class);
  static final String HEADER = WorkerCsv.HEADER + ",coverage";
  private static final int FETCH = 1_000;
  private static final int FLUSH_BYTES = 64 * 1024;

  private final AppContext context;
  private final WorkerRepository workers;
  private final ReadRecorder recorder;
  private final RestrictionRepository restrictions;

  public WorkerExport(AppContext context, WorkerRepository workers, ReadRecorder recorder,
      RestrictionRepository restrictions) {
    this.context = context;
    this.workers = workers;
    this.recorder = recorder;
    this.restrictions = restrictions;
  }

  /**
   * What one export is: who takes it, whether in full and why, the people sent so far, and the
   * restricted people it leaves out (and how many of them the filter matched).
   */
  private record Taken(Reader who, Purpose purpose, List<UUID> people, Set<UUID> restricted, long heldBack) {
    boolean full() {
      return purpose != null;
    }
  }

  void handle(RoutingContext ctx) {
    Caller caller = Caller.of(ctx);
    WorkerFilter filter = WorkerSearch.filter(ctx, caller, false);
    Purpose purpose = QueryParams.purpose(ctx);
    if (purpose != null) {
      RevealPolicy.checkFullExport(caller.role(), purpose);
    }
    Reader who = recorder.reader(ctx);
    context.replicas().connection(context.pool()).onFailure(ctx::fail).onSuccess(conn ->
        conn.begin()
            .compose(tx -> restrictions.restrictedWorkers(conn)
                .compose(held -> workers.countAmong(conn, filter, held)
                    .map(count -> new Taken(who, purpose, new ArrayList<>(), held, count)))
                .compose(taken -> workers.stream(conn, filter, FETCH).map(rows -> {
                  send(ctx, conn, tx, rows, taken);
                  return rows;
                })))
            .onFailure(e -> {
              conn.close();
              ctx.fail(e);
            }));
  }

  private void send(RoutingContext ctx, SqlConnection conn, Transaction tx, RowStream<Row> rows, Taken taken) {
    HttpServerResponse response = ctx.response()
        .setChunked(true)
        .putHeader("Content-Type", "text/csv; charset=utf-8")
        .putHeader("Content-Disposition", "attachment; filename=\"workers.csv\"")
        .putHeader("Held-Back", Long.toString(taken.heldBack()));
    WorkerSearch.announceDeprecatedNames(ctx);
    AtomicBoolean finished = new AtomicBoolean();
    Runnable release = () -> {
      if (finished.compareAndSet(false, true)) {
        tx.rollback().onComplete(v -> conn.close()); // nothing was sent: nothing to record or commit
      }
    };
    // The people sent are recorded (on the primary, in a transaction of its own: the rows may come
    // from a replica) before the last bytes leave: a complete file always has its record; a failed
    // record resets the download. The cursor's read-only transaction ends either way.
    Function<Boolean, Future<Void>> record = complete -> {
      finished.set(true);
      return context.pool().withTransaction(primary -> recorder.record(primary, taken.who(), ReadKind.EXPORT,
              taken.people(), taken.full() ? WorkerJson.SHOWN_FULL : WorkerJson.SHOWN, taken.purpose(),
              new JsonObject().put("export", "workers.csv").put("full", taken.full()).put("complete", complete)
                  .put("heldBack", taken.heldBack())))
          .onComplete(v -> tx.rollback().onComplete(r -> conn.close()));
    };
    Buffer[] pending = {Buffer.buffer(FLUSH_BYTES + 1024).appendString(HEADER + "\r\n")};
    response.closeHandler(v -> {
      // The client went away mid-download: ending the transaction closes the cursor.
      if (!finished.get()) {
        rows.pause();
        rows.close().onComplete(c -> record.apply(false)
            .onFailure(e -> LOG.warn("Worker export's access record failed: {}", PgErrors.describe(e))));
      }
    });
    AtomicBoolean refused = new AtomicBoolean();
    Handler<Throwable> fail = e -> {
      if (response.headWritten()) {
        // Part of the file left: its people are recorded (as incomplete) before the reset.
        if (!finished.get()) {
          record.apply(false).onComplete(r -> response.reset());
        } else {
          response.reset();
        }
      } else {
        release.run();
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
        record.apply(true).onSuccess(r -> response.end(pending[0])).onFailure(fail);
      }
    });
    rows.handler(row -> {
      if (refused.get()) {
        return;
      }
      String line;
      try {
        StoredWorker worker = workers.toWorker(row);
        if (taken.restricted().contains(worker.id())) {
          return;
        }
        line = line(worker, taken.full());
        taken.people().add(worker.id());
      } catch (HttpProblem | UnreadableValue unsafe) {
        // FileCells refused a stored value, or a sealed one did not open: a small export answers the
        // problem, a large one resets.
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
  static String line(StoredWorker w, boolean full) {
    String nik = full ? w.nik() : Masks.nik(w.nik());
    String phone = full ? w.phone() : Masks.phone(w.phone());
    WorkerDraft cells = new WorkerDraft(FileCells.checked("nik", nik), CsvCells.text(FileCells.checked("full_name",
        w.fullName())), w.birthDate(), FileCells.checked("sex", w.sex()), FileCells.checked("kelurahan_code",
        w.kelurahanCode()), FileCells.checked("category", w.category()), CsvCells.phone(FileCells.checked("phone",
        phone)), CsvCells.text(FileCells.checked("address", w.address())));
    return WorkerCsv.line(cells) + "," + w.coverage().status().name() + "\r\n";
  }
}
