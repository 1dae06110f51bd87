package id.ngopeni.api.worker;

import id.ngopeni.api.http.Caller;
import id.ngopeni.domain.Ids;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.worker.DuplicateReviewRepository;
import id.ngopeni.persistence.worker.StoredWorker;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.UUID;

/**
 * Opens a duplicate review, in the registration's (or the edit's) transaction, for a worker saved
 * while possible duplicates existed: the candidates' ids and why, the reason given for saving
 * anyway (null when the client never asked), who and when; audited as {@code
 * duplicate_review.opened}. Until the review is resolved the worker is not enrolled ({@code
 * membership.EnrolmentChecks}).
 */
record DuplicateReviews(AuditLog audit, DuplicateReviewRepository reviews) {

  /**
   * After an edit: a worker whose NIK, name or birth date changed and who now has possible
   * duplicates enters the queue as on registration (no reason: an edit has no "save anyway") —
   * unless they were reviewed before: a worker has one review, and its decision stands.
   */
  Future<WorkerService.Saved> openAfterEdit(SqlClient tx, Caller caller, StoredWorker before, WorkerService.Saved saved) {
    StoredWorker after = saved.worker();
    boolean identity = !before.nik().equals(after.nik()) || !before.fullName().equals(after.fullName())
        || !before.birthDate().equals(after.birthDate());
    if (!identity || saved.duplicates().isEmpty()) {
      return Future.succeededFuture(saved);
    }
    return reviews.statusOf(tx, after.id())
        .compose(status -> status.isPresent() ? Future.succeededFuture(saved) : open(tx, caller, saved, null));
  }

  Future<WorkerService.Saved> open(SqlClient tx, Caller caller, WorkerService.Saved saved, String reason) {
    if (saved.duplicates().isEmpty()) {
      return Future.succeededFuture(saved);
    }
    UUID id = Ids.newId();
    UUID workerId = saved.worker().id();
    List<UUID> candidates = saved.duplicates().stream().map(f -> f.candidate().id()).toList();
    List<String> why = saved.duplicates().stream().map(f -> f.why().code()).toList();
    JsonObject after = new JsonObject().put("workerId", workerId.toString())
        .put("candidateIds", new JsonArray(candidates.stream().map(UUID::toString).toList()))
        .put("why", new JsonArray(why)).put("reason", reason).put("status", "OPEN");
    return reviews.insert(tx, id, workerId, candidates, why, reason, caller.userId(), null)
        .compose(v -> audit.append(tx, new AuditEvent(caller.userId(), caller.role().name(), "duplicate_review.opened",
            "duplicate_review", id.toString(), null, after)))
        .map(seq -> saved.reviewed(id));
  }
}
