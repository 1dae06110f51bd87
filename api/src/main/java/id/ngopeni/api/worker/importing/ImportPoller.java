package id.ngopeni.api.worker.importing;

import id.ngopeni.persistence.db.PgErrors;
import id.ngopeni.persistence.worker.importing.ImportRepository;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.sqlclient.Pool;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each instance's import worker: every few seconds (and at once after an upload here) it claims
 * the oldest queued import, or a running one whose lease ran out, and runs it on a dedicated
 * thread. One import at a time per instance; more instances import in parallel. When no import
 * waits, it checks finished imports' rows for possible duplicates, a chunk at a time, asking for
 * imports again between chunks ({@code duplicateCheck}; none when the check is switched off).
 *
 * <p>The thread is a plain one, not a Vert.x worker: the runner waits for the database with
 * {@code Future.await()}, which Vert.x refuses on its own threads when the context is an event
 * loop's, and a job running for minutes is not a "blocked worker" to warn about.
 */
public final class ImportPoller extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(ImportPoller.class);

  private final Pool pool;
  private final ImportRepository imports;
  private final ImportRunner runner;
  private final String owner;
  private final long intervalMillis;
  private final Supplier<Future<Boolean>> duplicateCheck;
  private final AtomicBoolean busy = new AtomicBoolean();
  private volatile boolean stopping;
  private ExecutorService worker;
  private long timer;

  public ImportPoller(Pool pool, ImportRepository imports, ImportRunner runner, String owner, long intervalMillis,
      Supplier<Future<Boolean>> duplicateCheck) {
    this.pool = pool;
    this.imports = imports;
    this.runner = runner;
    this.owner = owner;
    this.intervalMillis = intervalMillis;
    this.duplicateCheck = duplicateCheck;
  }

  @Override
  public Future<?> start() {
    worker = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "ngopeni-import");
      thread.setDaemon(true);
      return thread;
    });
    timer = vertx.setPeriodic(intervalMillis, id -> poll());
    return Future.succeededFuture();
  }

  @Override
  public Future<?> stop() {
    stopping = true;
    vertx.cancelTimer(timer);
    worker.shutdown(); // a running job stops at its next batch; its lease then runs out
    return Future.succeededFuture();
  }

  /** Look for work now (after an upload on this instance), from any thread. */
  void kick() {
    if (context != null) {
      context.runOnContext(v -> poll());
    }
  }

  /** Completes on this verticle's event loop once the job has run. */
  private Future<Boolean> runOnImportThread(Runnable job) {
    Promise<Boolean> done = Promise.promise();
    worker.execute(() -> {
      try {
        job.run();
      } finally {
        context.runOnContext(v -> done.complete(true));
      }
    });
    return done.future();
  }

  /** One chunk of a finished import's duplicate check; false when there is none (or it failed: next poll). */
  private Future<Boolean> checkDuplicates() {
    if (duplicateCheck == null) {
      return Future.succeededFuture(false);
    }
    return duplicateCheck.get().recover(e -> {
      LOG.warn("Duplicate check of an import failed ({}); it is tried again at the next poll", PgErrors.describe(e));
      return Future.succeededFuture(false);
    });
  }

  private void poll() {
    if (stopping || !busy.compareAndSet(false, true)) {
      return;
    }
    imports.purgeAbandonedUploads(pool)
        .compose(purged -> imports.claim(pool, owner, runner.lease()))
        .compose(job -> job.isEmpty()
            ? checkDuplicates()
            : runOnImportThread(() -> runner.run(job.get(), () -> stopping)))
        .onComplete(ran -> {
          busy.set(false);
          if (ran.failed()) {
            LOG.debug("Import poll failed: {}", PgErrors.describe(ran.cause()));
          } else if (ran.result()) {
            poll(); // there may be more queued
          }
        });
  }
}
