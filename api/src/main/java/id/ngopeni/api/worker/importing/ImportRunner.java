package id.ngopeni.api.worker.importing;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.problem.ImportError;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.db.PgErrors;
import id.ngopeni.persistence.reference.ReferenceRepository;
import id.ngopeni.persistence.reference.RegionRepository;
import id.ngopeni.persistence.worker.NewWorker;
import id.ngopeni.persistence.worker.SealedWorkers;
import id.ngopeni.persistence.worker.WorkerRepository;
import id.ngopeni.persistence.worker.importing.ImportBatch;
import id.ngopeni.persistence.worker.importing.ImportJob;
import id.ngopeni.persistence.worker.importing.ImportRepository;
import id.ngopeni.persistence.worker.importing.ImportTurns;
import id.ngopeni.domain.worker.ImportStatus;
import id.ngopeni.domain.worker.OfficeVocabulary;
import id.ngopeni.persistence.worker.importing.LeaseLost;
import id.ngopeni.persistence.worker.importing.RowError;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one claimed import to its end. Blocking by design: it runs on the import worker thread,
 * never on an event loop, and waits for the database with {@code await()}.
 *
 * <p>The file is read twice: a quick first pass counts the rows and checks the file's structure
 * (header, encoding, quotes), so a broken file fails before anything is inserted; the second pass
 * validates rows and commits them in batches. Each batch is one transaction (insert, row errors,
 * counters) fenced by the lease and by the previous batch's last row, so a crash never leaves half
 * a batch and a resumed job continues exactly after the last committed one. Two batches are in
 * flight ({@link BatchCommits}): while batch N commits, batch N+1 is written by a second database
 * connection and batch N+2 parsed, validated and sealed here.
 */
public record ImportRunner(AppContext context, ImportRepository imports, WorkerRepository workers,
    RegionRepository regions, ReferenceRepository reference, String owner, int batchSize) {
  private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

  /** A job whose instance died this often is given up: the file itself may be what kills it. */
  static final int MAX_ATTEMPTS = 3;

  /**
   * How long a claimed job stays this instance's without a committed batch; after that another
   * instance takes it over (NGOPENI_IMPORT_LEASE_SECONDS, default 2 minutes).
   */
  Duration lease() {
    return context.config().importLease();
  }

  /** Stops a run midway when the instance shuts down; its lease then runs out and it resumes elsewhere. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("instance stopping", null, false, false);
    }
  }

  /**
   * How often in a row one run continues after batches in flight deadlocked (a NIK in two batches,
   * inserted first by the later one) and were rolled back without any batch committing in
   * between, before it leaves the job to its lease. After a deadlock the first batch runs alone,
   * so each continuation commits at least that batch.
   */
  static final int MAX_RESTARTS = 5;

  /** Imports at least this large refresh the worker table's planner statistics when they end. */
  static final int REFRESH_STATISTICS_AFTER_ROWS = 10_000;

  void run(ImportJob job, BooleanSupplier stopping) {
    try (StoredFile file = new StoredFile(context.pool(), imports, job)) {
      if (job.attempts() > MAX_ATTEMPTS) {
        finish(job, ImportStatus.FAILED, ImportError.IMPORT_GAVE_UP, new FailureMessage(
            "The import stopped " + MAX_ATTEMPTS + " times before finishing and is not resumed again.",
            "Impor terhenti " + MAX_ATTEMPTS + " kali sebelum selesai dan tidak dilanjutkan lagi."));
        return;
      }
      int total;
      if (job.total() == null) {
        total = countRows(file);
        imports.setTotal(context.pool(), job.id(), owner, total, lease()).await();
      } else {
        total = job.total();
      }
      importRows(job, file, stopping);
      if (total >= REFRESH_STATISTICS_AFTER_ROWS) {
        // Searches plan with the table's statistics; right after a large import they describe the
        // table as it was (a 12-digit NIK prefix took 190 ms instead of 0.3 ms until autovacuum
        // caught up). Sampling the table now costs a fraction of a second.
        workers.refreshStatistics(context.pool()).await();
      }
      finish(job, ImportStatus.DONE, null, null);
    } catch (FileProblem p) {
      finish(job, ImportStatus.FAILED, p.errorCode(), p.message());
    } catch (LeaseLost e) {
      LOG.info("Import {} is no longer ours; another instance continues it", job.id());
    } catch (Stopped e) {
      LOG.info("Import {} paused by shutdown; it resumes when its lease runs out", job.id());
    } catch (Exception e) {
      // Never the message: it may carry row values. The lease runs out and the job resumes.
      LOG.warn("Import {} interrupted ({}); it resumes when its lease runs out", job.id(), PgErrors.describe(e));
    }
  }

  private int countRows(StoredFile file) throws Exception {
    try (SheetRows rows = file.open()) {
      ImportColumns.fromHeader(firstNonBlank(rows));
      int count = 0;
      for (SourceRow row = rows.next(); row != null; row = rows.next()) {
        if (!row.isBlank()) {
          count++;
        }
      }
      return count;
    }
  }

  private void importRows(ImportJob job, StoredFile file, BooleanSupplier stopping) throws Exception {
    OfficeVocabulary vocabulary = ImportVocabulary.load(context.pool(), regions, reference).await();
    Set<String> scope = job.scopeKelurahan() == null ? null : Set.copyOf(job.scopeKelurahan());
    int committedThrough = job.lastRow();
    boolean restarted = false;
    for (int restarts = 0; ; ) {
      try {
        importAfter(committedThrough, restarted, job, file, vocabulary, scope, stopping);
        return;
      } catch (RuntimeException e) {
        if (!PgErrors.isRetryable(e)) {
          throw e;
        }
        int before = committedThrough;
        committedThrough = new ImportTurns().committedRow(context.pool(), job.id(), owner).await();
        restarts = committedThrough > before ? 1 : restarts + 1;
        if (restarts > MAX_RESTARTS) {
          throw e;
        }
        restarted = true;
        LOG.info("Import {}: two batches in flight deadlocked and were rolled back; continuing after row {}",
            job.id(), committedThrough);
      }
    }
  }

  /**
   * The rows after {@code committedThrough}, in batches of which two are in flight ({@link
   * BatchCommits}; after a deadlock, {@code restarted}, the first one alone); batch N+2 is parsed,
   * validated and sealed while the earlier ones commit.
   */
  private void importAfter(int committedThrough, boolean restarted, ImportJob job, StoredFile file, OfficeVocabulary vocabulary,
      Set<String> scope, BooleanSupplier stopping) throws Exception {
    try (SheetRows rows = file.open();
        BatchCommits commits = new BatchCommits(context.pool(), imports, workers.inserts(), job, owner, lease(),
            committedThrough, restarted)) {
      SourceRow header = firstNonBlank(rows);
      RowChecker checker = new RowChecker(ImportColumns.fromHeader(header), vocabulary, scope,
          Jakarta.today(context.clock()));
      int skipThrough = Math.max(committedThrough, header.number());
      Batch batch = new Batch(batchSize);
      for (SourceRow row = rows.next(); row != null; row = rows.next()) {
        if (row.number() <= skipThrough || row.isBlank()) {
          continue;
        }
        batch.add(row.number(), checker.check(row, batch.errors));
        if (batch.processed == batchSize) {
          SealedWorkers sealed = workers.inserts().seal(batch.good);
          commits.makeRoom();
          if (stopping.getAsBoolean()) {
            throw new Stopped();
          }
          commits.begin(batch.toImportBatch(), sealed);
          batch = new Batch(batchSize);
        }
      }
      if (batch.processed > 0) {
        SealedWorkers sealed = workers.inserts().seal(batch.good);
        commits.makeRoom();
        commits.begin(batch.toImportBatch(), sealed);
      }
      commits.drain();
    }
  }

  private void finish(ImportJob job, ImportStatus status, ErrorCode code, FailureMessage message) {
    context.pool()
        .withTransaction(tx -> imports.finish(tx, job.id(), owner, status, code == null ? null : code.code(),
                message == null ? null : message.stored())
            .compose(done -> done.isEmpty()
                ? Future.<Long>failedFuture(new LeaseLost())
                : context.audit().append(tx, new AuditEvent(null, null, "import.finished", "worker_import",
                    job.id().toString(), null, ImportJson.finished(done.get())))))
        .await();
    // The importing user's searches show every row imported, not a replica's older view.
    context.replicas().committedFor(job.createdBy());
    LOG.info("Import {} {}", job.id(), status);
  }

  private static SourceRow firstNonBlank(SheetRows rows) throws Exception {
    for (SourceRow row = rows.next(); row != null; row = rows.next()) {
      if (!row.isBlank()) {
        return row;
      }
    }
    return null;
  }

  /** The rows of one batch as they are checked. */
  private static final class Batch {
    final List<NewWorker> good;
    final List<RowError> errors = new ArrayList<>();
    int processed;
    int failed;
    int lastRow;

    Batch(int size) {
      good = new ArrayList<>(size);
    }

    void add(int rowNumber, NewWorker worker) {
      if (worker == null) {
        failed++;
      } else {
        good.add(worker);
      }
      processed++;
      lastRow = rowNumber;
    }

    ImportBatch toImportBatch() {
      return new ImportBatch(lastRow, processed, good, failed, errors);
    }
  }
}
