package id.ngopeni.api.worker;

import id.ngopeni.api.http.ETags;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.privacy.ReadKind;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.VersionConflict;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.worker.NikProbePolicy;
import id.ngopeni.domain.worker.ValidatedWorker;
import id.ngopeni.domain.worker.WorkerDraft;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.db.ReplicaReads;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.reference.ReferenceRepository;
import id.ngopeni.persistence.reference.RegionRepository;
import id.ngopeni.persistence.subject.CorrectionRepository;
import id.ngopeni.persistence.worker.DuplicateReviewRepository;
import id.ngopeni.persistence.worker.NikProbeRepository;
import id.ngopeni.persistence.worker.StoredWorker;
import id.ngopeni.persistence.worker.WorkerDetails;
import id.ngopeni.persistence.worker.WorkerDetails.Detail;
import id.ngopeni.persistence.worker.WorkerFilter;
import id.ngopeni.persistence.worker.WorkerRepository.NikOwner;
import id.ngopeni.persistence.worker.WorkerRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Worker use cases. Every read and write is limited to what the caller may see: a worker outside
 * a field officer's kelurahan is "not found", exactly like one that does not exist.
 */
public final class WorkerService {
  /**
   * A created or changed worker with what the clerk should look at: the warnings, the possible
   * duplicates behind them, and the duplicate review a new worker entered (null if none).
   */
  record Saved(StoredWorker worker, List<Warning> warnings, List<DuplicateWarnings.Found> duplicates, UUID reviewId) {
    Saved reviewed(UUID review) {
      return new Saved(worker, warnings, duplicates, review);
    }
  }

  /** One page of a list, with the total when it was asked for. */
  record Page(Slice<StoredWorker> slice, Long total) {}

  private final Pool pool;
  private final SqlClient reads;
  private final ReplicaReads replicas;
  private final Clock clock;
  private final AuditLog audit;
  private final WorkerRepository workers;
  private final WorkerValidation validation;
  private final DuplicateReviews reviews;
  private final NikProbes probes;
  private final WorkerDetails details;
  private final ReadRecorder recorder;
  private final CorrectionLink corrections;

  public WorkerService(AppContext context, WorkerRepository workers, RegionRepository regions, ReferenceRepository reference,
      ReadRecorder recorder, DuplicateReviewRepository reviews) {
    this.details = new WorkerDetails(workers);
    this.recorder = recorder;
    this.pool = context.pool();
    this.reads = context.reads();
    this.replicas = context.replicas();
    this.clock = context.clock();
    this.audit = context.audit();
    this.workers = workers;
    this.validation = new WorkerValidation(clock, regions, reference);
    this.reviews = new DuplicateReviews(audit, reviews);
    this.probes = new NikProbes(pool, audit, new NikProbeRepository(), NikProbePolicy.DEFAULT);
    this.corrections = new CorrectionLink(new CorrectionRepository());
  }

  /**
   * Registers a worker. When possible duplicates exist the worker is saved all the same (API
   * clients that never asked for the check keep working) and enters the duplicate review queue,
   * with {@code duplicateReason} (the clerk's "save anyway", null when none was given).
   */
  Future<Saved> create(Caller caller, WorkerDraft draft, Violations typeErrors, String duplicateReason) {
    UUID id = Ids.newId();
    return probes.allow(caller).compose(ok -> validation.validate(pool, draft, null, typeErrors, caller)).compose(worker -> pool.withTransaction(tx ->
        workers.insert(tx, id, worker, caller.userId())
            .compose(inserted -> inserted
                ? Future.succeededFuture()
                : workers.ownerOfNik(tx, worker.nik().value(), id).compose(owner -> probed(caller, owner, "create")))
            .compose(v -> saved(tx, id, worker, caller))
            .compose(saved -> reviews.open(tx, caller, saved, duplicateReason))
            .compose(saved -> audit.append(tx, event(caller, "worker.created", null, WorkerJson.forAudit(saved.worker()), id))
                .map(seq -> saved))));
  }

  /**
   * The possible duplicates of a worker not yet saved (the draft validated as on create): asked
   * by the console before it saves. A read: the people shown are recorded, and for a field
   * officer an answer that names someone counts as a NIK probe ({@link NikProbes}).
   */
  Future<List<DuplicateWarnings.Found>> duplicates(Reader who, WorkerDraft draft, Violations typeErrors) {
    Caller caller = who.caller();
    return probes.allow(caller).compose(ok -> validation.validate(pool, draft, null, typeErrors, caller))
        .compose(worker -> workers.duplicateCandidates(pool, worker.birthDate(), worker.nameKey(), Ids.newId())
            .map(candidates -> DuplicateWarnings.found(worker, candidates, caller)))
        .compose(found -> {
          List<UUID> shown = found.stream().filter(DuplicateWarnings.Found::visible).map(f -> f.candidate().id()).toList();
          Future<Void> probed = found.isEmpty() ? Future.succeededFuture()
              : probes.hit(caller, found.get(0).candidate().id(), "duplicate_check");
          return probed.compose(v -> recorder.record(who, ReadKind.SEARCH, shown, DuplicateReviewJson.SHOWN, null,
              new JsonObject().put("via", "duplicate_check"))).map(found);
        });
  }

  /**
   * One worker opened, with the decile of the latest DTSEN extract holding their NIK (and that
   * extract's date); the view is recorded (pipelined with the decile's read).
   */
  /** One worker's detail view (row, membership and decile in one statement), recorded as read. */
  Future<Detail> get(Reader who, UUID id) {
    return details.find(reads, id).map(found -> {
      visible(found.map(Detail::worker), who.caller());
      return found.get();
    }).compose(d -> recorder.record(who, ReadKind.DETAIL, List.of(d.worker().id()), WorkerJson.SHOWN, null, null).map(d));
  }

  Future<StoredWorker> lookup(Reader who, String nik) {
    Caller caller = who.caller();
    return probes.allow(caller).compose(ok -> workers.findByNik(reads, nik)).map(found -> visible(found, caller))
        .compose(worker -> probes.hit(caller, worker.id(), "lookup").map(worker))
        .compose(worker -> recorder.record(who, ReadKind.LOOKUP, List.of(worker.id()), WorkerJson.SHOWN, null, null)
            .map(worker));
  }

  /** A page of workers (read from the replica when fit); the people on it are recorded as one search. */
  Future<Page> list(Reader who, WorkerFilter filter, int limit, boolean count) {
    return replicas.read(pool, db -> {
          Future<Long> total = count ? workers.count(db, filter) : Future.succeededFuture(null);
          return workers.list(db, filter, limit).compose(slice -> total.map(t -> new Page(slice, t)));
        })
        .compose(page -> recorder.record(who, ReadKind.SEARCH, page.slice().items().stream().map(StoredWorker::id).toList(),
            WorkerJson.SHOWN, null, null).map(page));
  }

  /**
   * Applies {@code merge} (the current worker with the patched fields) if the worker is still at
   * {@code expectedVersion}; the merged worker is validated exactly like a new one. With a
   * {@code correctionId} the edit carries out that data subject's correction request ({@link
   * CorrectionLink}), and its audit entry names it.
   */
  Future<Saved> patch(Caller caller, UUID id, int expectedVersion, Function<StoredWorker, WorkerDraft> merge, Violations typeErrors,
      UUID correctionId) {
    return pool.withTransaction(tx -> workers.lock(tx, id)
        .compose(locked -> workers.findById(tx, id))
        .compose(found -> corrections.open(tx, correctionId, id).map(found))
        .compose(found -> {
          StoredWorker current = visible(found, caller);
          if (!ETags.matches(expectedVersion, current.version())) {
            throw versionConflict();
          }
          WorkerDraft draft = merge.apply(current);
          return validation.validate(tx, draft, current, typeErrors, caller)
              .compose(worker -> worker.nik().value().equals(current.nik())
                  ? Future.succeededFuture(worker) : probes.allow(caller).map(worker))
              .compose(worker -> checkNikFree(tx, current, worker, caller))
              .compose(worker -> workers.update(tx, id, current.version(), worker)
                  .compose(updated -> {
                    if (!updated) {
                      throw versionConflict();
                    }
                    return saved(tx, id, worker, caller);
                  }))
              .compose(saved -> reviews.openAfterEdit(tx, caller, current, saved))
              .compose(saved -> correctionOf(tx, correctionId, current, saved, caller).map(saved))
              .compose(saved -> {
                JsonObject after = WorkerJson.forAudit(saved.worker()).put("nikChanged", !saved.worker().nik().equals(current.nik()));
                if (correctionId != null) {
                  after.put("correctionId", correctionId.toString());
                }
                return audit.append(tx, event(caller, "worker.updated", WorkerJson.forAudit(current), after, id)).map(seq -> saved);
              });
        }));
  }

  /** Notes the edit on the correction request it carries out (re-read under its lock), if any. */
  private Future<Void> correctionOf(SqlClient tx, UUID correctionId, StoredWorker before, Saved saved, Caller caller) {
    return corrections.open(tx, correctionId, before.id())
        .compose(c -> corrections.made(tx, c, before, saved.worker(), caller, clock.instant()));
  }

  /** A worker the caller may see, or 404 (also when it exists outside their kelurahan). */
  static StoredWorker visible(Optional<StoredWorker> found, Caller caller) {
    return found.filter(w -> caller.canSeeKelurahan(w.kelurahanCode())).orElseThrow(WorkerService::notFound);
  }

  static NotFound notFound() {
    return new NotFound(WorkerError.WORKER_NOT_FOUND);
  }

  static VersionConflict versionConflict() {
    return new VersionConflict(HttpError.VERSION_CONFLICT, "The worker was changed by someone else; reload and retry.");
  }

  private Future<ValidatedWorker> checkNikFree(SqlClient tx, StoredWorker current, ValidatedWorker worker, Caller caller) {
    if (worker.nik().value().equals(current.nik())) {
      return Future.succeededFuture(worker);
    }
    return workers.ownerOfNik(tx, worker.nik().value(), current.id())
        .compose(owner -> owner.isPresent() ? probed(caller, owner, "update") : Future.succeededFuture(worker));
  }

  /** Counts and audits the probe ({@link NikProbes}), then answers {@code duplicate_nik}. */
  private <T> Future<T> probed(Caller caller, Optional<NikOwner> owner, String via) {
    Future<Void> counted = owner.isPresent() ? probes.hit(caller, owner.get().id(), via) : Future.succeededFuture();
    return counted.compose(v -> Future.failedFuture(duplicateNik(owner, caller)));
  }

  /** The stored worker as written, with the domain's warnings and possible duplicates. */
  private Future<Saved> saved(SqlClient tx, UUID id, ValidatedWorker worker, Caller caller) {
    return workers.duplicateCandidates(tx, worker.birthDate(), worker.nameKey(), id)
        .compose(candidates -> workers.findById(tx, id).map(found -> {
          List<Warning> warnings = new ArrayList<>();
          worker.warnings().forEach(w -> warnings.add(new Warning(w.code(), w.message(), null)));
          warnings.addAll(DuplicateWarnings.of(worker, candidates, caller));
          return new Saved(found.orElseThrow(), warnings, DuplicateWarnings.found(worker, candidates, caller), null);
        }));
  }

  /** The existing worker's id only when the caller may see it: otherwise it would leak. */
  private static Conflict duplicateNik(Optional<NikOwner> owner, Caller caller) {
    return owner.filter(o -> caller.canSeeKelurahan(o.kelurahanCode()))
        .map(o -> new Conflict(WorkerError.DUPLICATE_NIK, "A worker with this NIK is already registered.",
            Map.<String, Object>of("existingId", o.id().toString())))
        .orElseGet(WorkerRepository::duplicateNik);
  }

  static AuditEvent event(Caller caller, String action, JsonObject before, JsonObject after, UUID workerId) {
    return new AuditEvent(caller.userId(), caller.role().name(), action, "worker", workerId.toString(), before, after);
  }
}
