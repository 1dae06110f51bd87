package id.ngopeni.api.worker;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.worker.Nik;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.worker.DuplicateCandidate;
import id.ngopeni.persistence.worker.DuplicateReviewRepository;
import id.ngopeni.persistence.worker.importing.ImportDuplicateRepository;
import id.ngopeni.persistence.worker.importing.ImportDuplicateRepository.Checked;
import id.ngopeni.persistence.worker.importing.ImportDuplicateRepository.Pending;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The duplicate check of imported rows. An import does not look for possible duplicates row by
 * row (it would cost the import most of its speed); once it is DONE, this check looks at every
 * worker registered while it ran — their UUIDv7 ids lie in the import's time window, widened by
 * {@link #MARGIN} — against the workers registered before each of them, by the registration's own
 * rule ({@link DuplicateWarnings#why}), and opens a duplicate review for each one that has
 * possible duplicates, as a registration would have: until it is resolved the worker is not
 * enrolled. The review is opened in the name of whoever uploaded the file and names the import;
 * each is audited ({@code duplicate_review.opened}, by the system), the end of the check too
 * ({@code import.duplicates_checked}). A worker who already has a review keeps it.
 *
 * <p>One chunk of {@link #CHUNK} workers a transaction, the import's row locked for it, so two
 * instances never check the same import at once, and a check stopped halfway resumes after the
 * last chunk it committed. The import poller runs it whenever no import is waiting. A worker
 * about to be enrolled while their import is not checked yet is checked at once ({@link #ofWorker}).
 */
public record ImportDuplicateCheck(AppContext context, ImportDuplicateRepository checks, DuplicateReviewRepository reviews) {
  /** Workers checked in one transaction. */
  static final int CHUNK = 500;
  /** How far before the upload and after the end the window reaches (clocks of other instances, late commits). */
  static final Duration MARGIN = Duration.ofMinutes(5);

  /** Checks the next chunk of the oldest import still to check; true when there was one. */
  public Future<Boolean> step() {
    return context.pool().withTransaction(tx -> checks.next(tx).compose(next -> {
      if (next.isEmpty()) {
        return Future.succeededFuture(false);
      }
      Pending job = next.get();
      UUID upTo = Ids.highestAt(job.finishedAt().plus(MARGIN));
      return checks.chunk(tx, from(job), upTo, CHUNK).compose(chunk -> {
        boolean done = chunk.size() < CHUNK;
        // One after another: each audit entry links to the one before it.
        Future<Integer> opened = Future.succeededFuture(0);
        for (Checked worker : chunk) {
          opened = opened.compose(n -> review(tx, job, worker).map(yes -> yes ? n + 1 : n));
        }
        UUID checkedTo = done ? upTo : chunk.get(chunk.size() - 1).id();
        return opened.compose(n -> checks.advance(tx, job.id(), checkedTo, n, done)
                .compose(v -> done ? finished(tx, job, job.reviews() + n) : Future.<Void>succeededFuture()))
            .map(true);
      });
    }));
  }

  /**
   * Before an enrolment: a worker registered while an import ran whose check has not reached them
   * yet is checked now, in a transaction of its own, so a look-alike is held like every other
   * (the enrolment then meets the open review). Nothing to do — no such import, the check switched
   * off, or the worker already reviewed — costs one look at the imports not yet checked.
   */
  public Future<Void> ofWorker(UUID workerId) {
    if (!context.config().importDuplicateCheck()) {
      return Future.succeededFuture();
    }
    return context.pool().withTransaction(tx -> checks.pending(tx).compose(imports -> {
      Pending job = imports.stream().filter(p -> covers(p, workerId)).findFirst().orElse(null);
      if (job == null) {
        return Future.<Void>succeededFuture();
      }
      return checks.one(tx, workerId)
          .compose(found -> found.isEmpty() ? Future.<Void>succeededFuture() : review(tx, job, found.get()).<Void>mapEmpty());
    }));
  }

  /** Whether the worker lies in the part of the import's window its check has not reached. */
  static boolean covers(Pending job, UUID workerId) {
    return Ids.compare(workerId, from(job)) > 0
        && (job.finishedAt() == null || Ids.compare(workerId, Ids.highestAt(job.finishedAt().plus(MARGIN))) <= 0);
  }

  /** The id after which the import's window is still to be checked. */
  private static UUID from(Pending job) {
    return job.checkedTo() != null ? job.checkedTo() : Ids.lowestAt(job.createdAt().minus(MARGIN));
  }

  /** Opens the worker's review when any candidate is a possible duplicate; whether it did. */
  private Future<Boolean> review(SqlClient tx, Pending job, Checked worker) {
    List<DuplicateCandidate> found = new ArrayList<>();
    List<String> why = new ArrayList<>();
    for (DuplicateCandidate c : worker.candidates()) {
      WorkerError reason = DuplicateWarnings.why(worker.nameKey(), nik(worker), c);
      if (reason != null) {
        found.add(c);
        why.add(reason.code());
      }
    }
    if (found.isEmpty()) {
      return Future.succeededFuture(false);
    }
    UUID id = Ids.newId();
    List<UUID> candidates = found.stream().map(DuplicateCandidate::id).toList();
    JsonObject after = new JsonObject().put("workerId", worker.id().toString())
        .put("candidateIds", new JsonArray(candidates.stream().map(UUID::toString).toList()))
        .put("why", new JsonArray(why)).put("reason", null).put("status", "OPEN").put("importId", job.id().toString());
    return reviews.insertUnlessReviewed(tx, id, worker.id(), candidates, why, job.createdBy(), job.id())
        .compose(inserted -> !inserted ? Future.succeededFuture(false)
            : context.audit().append(tx, new AuditEvent(null, null, "duplicate_review.opened", "duplicate_review",
                id.toString(), null, after)).map(true));
  }

  private Future<Void> finished(SqlClient tx, Pending job, int reviewsOpened) {
    return context.audit().append(tx, new AuditEvent(null, null, "import.duplicates_checked", "worker_import",
        job.id().toString(), null, new JsonObject().put("duplicateReviews", reviewsOpened))).mapEmpty();
  }

  /** The worker's NIK where the repository opened it (a candidate with the same name key), else null. */
  private static Nik nik(Checked worker) {
    if (worker.nik() == null) {
      return null;
    }
    try {
      return Nik.parse(worker.nik());
    } catch (id.ngopeni.domain.problem.Invalid e) {
      return null; // a stored NIK that no longer parses is compared by name only
    }
  }
}
