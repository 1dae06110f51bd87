package id.ngopeni.api.worker;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.ETags;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.privacy.ReadKind;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.VersionConflict;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.worker.DuplicateReview;
import id.ngopeni.domain.worker.DuplicateReview.Decision;
import id.ngopeni.domain.worker.DuplicateReview.Resolution;
import id.ngopeni.domain.worker.DuplicateReview.Status;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.worker.DuplicateReviewRepository;
import id.ngopeni.persistence.worker.StoredDuplicateReview;
import id.ngopeni.persistence.worker.StoredWorker;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The duplicate review queue: ADMIN, OPERATOR and AUDITOR read every review, a field officer
 * those of workers in their kelurahan (the candidates elsewhere without who they are); the people
 * shown are recorded as one search. ADMIN and OPERATOR resolve an open review at its version,
 * with a note: the two are different people, or the new record duplicates one candidate (then it
 * is kept as a registration removed as a duplicate, for retention to delete). Audited.
 */
public record DuplicateReviewService(AppContext context, DuplicateReviewRepository reviews, ReadRecorder recorder) {
  /** A page of reviews with every worker they name (reviewed and candidates) by id. */
  record Page(Slice<StoredDuplicateReview> slice, Map<UUID, StoredWorker> workers) {}

  Future<Page> list(Reader who, Status status, UUID after, int limit) {
    Caller caller = who.caller();
    List<String> scope = caller.role().isAreaScoped() ? caller.kelurahanCodes() : null;
    return reviews.list(context.pool(), status == null ? null : status.name(), scope, after, limit)
        .compose(slice -> {
          Set<UUID> ids = new LinkedHashSet<>();
          slice.items().forEach(r -> {
            ids.add(r.workerId());
            ids.addAll(r.candidateIds());
          });
          Future<List<StoredWorker>> people = ids.isEmpty() ? Future.succeededFuture(List.of())
              : reviews.workers(context.pool(), new ArrayList<>(ids));
          return people.map(found -> new Page(slice,
              found.stream().collect(Collectors.toMap(StoredWorker::id, Function.identity()))));
        })
        .compose(page -> {
          List<UUID> shown = page.workers().values().stream().filter(w -> caller.canSeeKelurahan(w.kelurahanCode()))
              .map(StoredWorker::id).sorted().toList();
          return recorder.record(who, ReadKind.SEARCH, shown, DuplicateReviewJson.SHOWN, null,
              new JsonObject().put("via", "duplicate_reviews")).map(page);
        });
  }

  /**
   * Resolves an open review if it is still at {@code version}.
   *
   * @throws NotFound {@code duplicate_review_not_found} (also outside the caller's kelurahan)
   * @throws VersionConflict when the review changed since it was read
   */
  Future<StoredDuplicateReview> resolve(Caller caller, UUID id, int version, Resolution resolution, String note,
      UUID duplicateOf) {
    return context.pool().withTransaction(tx -> reviews.lock(tx, id)
        .compose(exists -> exists ? reviews.find(tx, id) : Future.failedFuture(notFound()))
        .compose(found -> {
          StoredDuplicateReview before = found.filter(r -> caller.canSeeKelurahan(r.kelurahanCode()))
              .orElseThrow(DuplicateReviewService::notFound);
          if (!ETags.matches(version, before.version())) {
            throw new VersionConflict(HttpError.VERSION_CONFLICT, "The review was changed by someone else; reload and retry.");
          }
          Decision d = DuplicateReview.decide(Status.valueOf(before.status()), resolution, note, duplicateOf,
              before.candidateIds());
          return reviews.resolve(tx, id, before.version(), d.status().name(), d.note(), d.duplicateOf(), caller.userId())
              .compose(done -> {
                if (!done) { // not reachable under the row lock; kept so a lost update can never pass silently
                  throw new Conflict(WorkerError.DUPLICATE_REVIEW_RESOLVED);
                }
                return d.duplicateOf() == null ? Future.<Void>succeededFuture()
                    : reviews.removeAsDuplicate(tx, before.workerId(), d.duplicateOf(), caller.userId());
              })
              .compose(v -> reviews.find(tx, id)).map(r -> r.orElseThrow())
              .compose(after -> context.audit().append(tx, new AuditEvent(caller.userId(), caller.role().name(),
                  "duplicate_review.resolved", "duplicate_review", id.toString(), DuplicateReviewJson.resolved(before),
                  DuplicateReviewJson.resolved(after))).map(after));
        }));
  }

  static NotFound notFound() {
    return new NotFound(WorkerError.DUPLICATE_REVIEW_NOT_FOUND);
  }
}
