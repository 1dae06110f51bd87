package id.ngopeni.api.worker.importing;

import id.ngopeni.persistence.worker.SealedInserts;
import id.ngopeni.persistence.worker.SealedWorkers;
import id.ngopeni.persistence.worker.importing.ImportBatch;
import id.ngopeni.persistence.worker.importing.ImportJob;
import id.ngopeni.persistence.worker.importing.ImportRepository;
import id.ngopeni.persistence.worker.importing.ImportTurns;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import java.time.Duration;

/**
 * One run's batches in flight: at most two, each its own transaction on its own connection, so
 * that while batch N commits, batch N+1's rows and index entries are written by a second
 * PostgreSQL backend (an import is bound by the database: one backend used one core and left the
 * other idle).
 *
 * <p>A batch's transaction takes its turn first ({@link ImportTurns}), inserts its rows, waits in
 * that statement for the turn of the batch before it, then passes the lease fence (which requires
 * the job's last row to be the previous batch's: that batch committed) and records its counters.
 * Batch N+1 is begun only once batch N holds its turn, and batch N+2 only once batch N committed:
 * the only waits in this class are for transactions that wait on nothing this run holds back.
 *
 * <p>A failure is reported for the earliest batch that failed, once every batch in flight has
 * ended: a batch whose predecessor rolled back fails at the fence ({@code LeaseLost}), and that is
 * not the cause. After the failure the job's stored last row is where to continue; with {@code
 * firstAlone} (after a deadlock) the first batch commits before the second begins, so the same
 * two batches cannot deadlock again and every continuation commits at least one batch.
 */
final class BatchCommits implements AutoCloseable {
  private final Pool pool;
  private final ImportRepository imports;
  private final SealedInserts inserts;
  private final ImportTurns turns = new ImportTurns();
  private final ImportJob job;
  private final String owner;
  private final Duration lease;
  private int lastRow;
  private boolean firstAlone;
  private InFlight older;
  private InFlight newer;

  /** A batch's transaction: {@code turn} completes when it holds its turn, {@code committed} with its inserted rows. */
  private record InFlight(Future<Void> turn, Future<Integer> committed) {}

  BatchCommits(Pool pool, ImportRepository imports, SealedInserts inserts, ImportJob job, String owner, Duration lease,
      int committedThrough, boolean firstAlone) {
    this.pool = pool;
    this.imports = imports;
    this.inserts = inserts;
    this.job = job;
    this.owner = owner;
    this.lease = lease;
    this.lastRow = committedThrough;
    this.firstAlone = firstAlone;
  }

  /** Waits until at most one batch is in flight (the one before last committed); throws a batch's failure. */
  void makeRoom() {
    if (older != null) {
      settle(older);
      older = null;
    }
  }

  /** Begins the batch once the batch before it holds its turn; call {@link #makeRoom} first. */
  void begin(ImportBatch batch, SealedWorkers sealed) {
    if (older != null) {
      throw new IllegalStateException("two batches in flight already");
    }
    if (newer != null && firstAlone) {
      firstAlone = false;
      settle(newer);
      newer = null;
    }
    if (newer != null) {
      try {
        newer.turn().await();
      } catch (RuntimeException e) {
        settle(newer);
        throw e;
      }
    }
    InFlight started = start(lastRow, batch, sealed);
    older = newer;
    newer = started;
    lastRow = batch.lastRow();
  }

  /** Waits for every batch in flight to commit; throws the earliest failure. */
  void drain() {
    makeRoom();
    if (newer != null) {
      InFlight last = newer;
      newer = null;
      last.committed().await();
    }
  }

  /** Lets every batch in flight end, committed or rolled back, whatever the outcome. */
  @Override
  public void close() {
    for (InFlight f : new InFlight[] {older, newer}) {
      if (f != null) {
        f.committed().transform(ar -> Future.succeededFuture()).await();
      }
    }
    older = null;
    newer = null;
  }

  /** The outcome of {@code f}, the earliest batch in flight: on failure, once the later one has ended too. */
  private void settle(InFlight f) {
    try {
      f.committed().await();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private InFlight start(int previousLastRow, ImportBatch batch, SealedWorkers sealed) {
    Promise<Void> turn = Promise.promise();
    Future<Integer> committed = pool.withTransaction(tx -> turns.take(tx, job.id(), batch.lastRow())
        .andThen(ar -> {
          if (ar.succeeded()) {
            turn.tryComplete();
          }
        })
        .compose(v -> sealed.size() == 0
            ? turns.awaitPrevious(tx, job.id(), previousLastRow).map(0)
            : inserts.insertThenWait(tx, sealed, job.createdBy(), ImportTurns.lock(job.id()), previousLastRow))
        .compose(inserted -> imports.fence(tx, job.id(), owner, previousLastRow, lease).map(inserted))
        .compose(inserted -> imports.recordBatch(tx, job.id(), batch, inserted).map(inserted)));
    committed.onFailure(turn::tryFail);
    return new InFlight(turn.future(), committed);
  }
}
