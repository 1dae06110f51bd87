package id.ngopeni.api.worker.importing;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.problem.ImportError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.RateLimited;
import id.ngopeni.persistence.db.HoldingPool;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.db.PgErrors;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.worker.importing.ImportJob;
import id.ngopeni.persistence.worker.importing.ImportQuota;
import id.ngopeni.persistence.worker.importing.ImportRepository;
import id.ngopeni.persistence.worker.importing.ImportRepository.ErrorPage;
import id.ngopeni.domain.worker.ImportStatus;
import id.ngopeni.persistence.worker.importing.ListedImport;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk import use cases: receiving a file and queueing its job, and reading jobs and their row
 * errors. A field officer sees only their own imports; anything else is not found, as if it did
 * not exist. The jobs themselves run in {@link ImportRunner}.
 */
public final class ImportService {
  private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

  /**
   * How many imports one user may have QUEUED or RUNNING; one more is refused with 429
   * {@code import_queue_full} (each instance runs imports one at a time, so a pile of one user's
   * files would keep every other office waiting).
   */
  static final int MAX_WAITING_PER_USER = 3;

  /** How long the refused user is told to wait before trying again. */
  private static final Duration QUEUE_RETRY = Duration.ofMinutes(1);

  /** How many row errors a job's own page shows; errors.csv has them all. */
  static final int ERRORS_SHOWN = 100;

  /** A job with its first row errors. */
  record JobWithErrors(ImportJob job, ErrorPage errors) {}

  private final Pool pool;
  private final AuditLog audit;
  private final ImportRepository imports;
  private final ImportPoller poller;
  private final ImportQuota quota = new ImportQuota();

  public ImportService(AppContext context, ImportRepository imports, ImportPoller poller) {
    this.pool = context.pool();
    this.audit = context.audit();
    this.imports = imports;
    this.poller = poller;
  }

  /**
   * Streams {@code body} into the database in chunks (never whole into memory), then queues the
   * job and records {@code import.started} in one transaction, and wakes this instance's poller.
   * On any failure the partial upload is dropped and the failure passed on ({@link ChunkSink.TooLarge}
   * past {@code maxBytes}). A user with {@link #MAX_WAITING_PER_USER} imports waiting already is
   * refused (429 {@code import_queue_full}): before the body is read, and again, exactly, under the
   * user's lock in the transaction that queues the job.
   */
  Future<ImportJob> upload(Caller caller, ImportFormat format, ReadStream<Buffer> body, long maxBytes) {
    UUID id = Ids.newId();
    List<String> scope = caller.role().isAreaScoped() ? caller.kelurahanCodes() : null;
    return quota.waiting(pool, caller.userId()).compose(ImportService::belowCap)
        .compose(ok -> imports.createReceiving(pool, id, format.name(), caller.userId(), caller.role().name(), scope,
            ChunkSink.RECEIVING_LEASE)
        .compose(v -> body.pipeTo(new ChunkSink(pool, imports, id, maxBytes)))
        .compose(v -> pool.withTransaction(tx -> quota.lockAndCountWaiting(tx, caller.userId())
            .compose(ImportService::belowCap)
            .compose(below -> imports.markQueued(tx, id))
            .compose(job -> audit
                .append(tx, new AuditEvent(caller.userId(), caller.role().name(), "import.started", "worker_import",
                    id.toString(), null, ImportJson.started(job.orElseThrow())))
                .map(job.get()))))
        .onSuccess(job -> HoldingPool.afterCommit(poller::kick))
        .recover(failure -> imports.deleteReceiving(pool, id)
            .onFailure(e -> LOG.warn("Could not drop the aborted upload {}: {}", id, PgErrors.describe(e)))
            .transform(dropped -> Future.failedFuture(failure))));
  }

  private static Future<Void> belowCap(long waiting) {
    return waiting < MAX_WAITING_PER_USER ? Future.succeededFuture()
        : Future.failedFuture(new RateLimited(ImportError.IMPORT_QUEUE_FULL,
            "You have " + waiting + " imports waiting; try again when one has finished.", QUEUE_RETRY));
  }

  /** A page of imports, newest first: a field officer's own, everyone's for the others. */
  Future<Slice<ListedImport>> list(Caller caller, ImportStatus status, UUID before, int limit) {
    return imports.list(pool, caller.role().isAreaScoped() ? caller.userId() : null, status, before, limit);
  }

  /** The job and its first {@link #ERRORS_SHOWN} row errors. */
  Future<JobWithErrors> get(Caller caller, UUID id) {
    return visible(caller, id)
        .compose(job -> imports.errors(pool, job.id(), 0, 0, ERRORS_SHOWN).map(page -> new JobWithErrors(job, page)));
  }

  /** The job if the caller may see it; {@code import_not_found} otherwise, also for a null id (no uuid). */
  Future<ImportJob> visible(Caller caller, UUID id) {
    if (id == null) {
      return Future.failedFuture(notFound());
    }
    return imports.find(pool, id).compose(job -> job
        .filter(j -> !caller.role().isAreaScoped() || j.createdBy().equals(caller.userId()))
        .map(Future::succeededFuture)
        .orElseGet(() -> Future.failedFuture(notFound())));
  }

  /** A job's row errors after a keyset position ({@code 0, 0} first), in file order. */
  Future<ErrorPage> errors(UUID id, int afterRow, int afterOrdinal, int limit) {
    return imports.errors(pool, id, afterRow, afterOrdinal, limit);
  }

  private static NotFound notFound() {
    return new NotFound(ImportError.IMPORT_NOT_FOUND);
  }
}
