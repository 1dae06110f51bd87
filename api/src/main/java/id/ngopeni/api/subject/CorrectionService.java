package id.ngopeni.api.subject;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.privacy.Masks;
import id.ngopeni.domain.privacy.ReadKind;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.SubjectError;
import id.ngopeni.domain.subject.CorrectableField;
import id.ngopeni.domain.subject.CorrectionRequest;
import id.ngopeni.domain.subject.CorrectionStatus;
import id.ngopeni.domain.subject.SubjectClock;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.subject.CorrectionRepository;
import id.ngopeni.persistence.subject.StoredCorrection;
import id.ngopeni.persistence.worker.WorkerRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A data subject's request to correct their data: recorded OPEN with its clock; carried out by
 * the ordinary worker edit that names it ({@code PATCH /workers/{id}} with {@code correctionId});
 * resolved APPLIED (after such an edit) or REJECTED with a note. Audited in each transaction.
 * Reading requests is on record in the access log: the list as one search, one as a detail view,
 * with the fields shown in full ({@link SubjectJson#shown}).
 */
public record CorrectionService(AppContext context, WorkerRepository workers, CorrectionRepository corrections,
    ReadRecorder recorder) {

  Future<StoredCorrection> request(Reader who, String nik, CorrectableField field, String requestedValue, String reason,
      Instant requestedAt) {
    Instant now = context.clock().instant();
    return context.pool().withTransaction(tx -> RestrictionService.person(tx, who, workers, recorder, nik)
        .compose(worker -> {
          CorrectionRequest c = CorrectionRequest.record(Ids.newId(), worker.id(), field, requestedValue, reason,
              SubjectClock.requestedAt(requestedAt, now));
          return corrections.insert(tx, c, who.caller().userId(), now)
              .compose(v -> reread(tx, c.id()))
              .compose(saved -> context.audit().append(tx, event(who, "correction.requested", null, saved,
                  Masks.nik(worker.nik()))).map(saved));
        }));
  }

  Future<StoredCorrection> resolve(Reader who, UUID id, CorrectionStatus outcome, String note) {
    Instant now = context.clock().instant();
    return context.pool().withTransaction(tx -> corrections.lock(tx, id).compose(found -> {
      StoredCorrection before = found.orElseThrow(CorrectionService::notFound);
      CorrectionRequest next = before.correction().resolve(outcome, note, now);
      return corrections.resolve(tx, next, who.caller().userId(), before.correction().version())
          .compose(won -> {
            if (!won) {
              throw new Conflict(SubjectError.CORRECTION_NOT_OPEN);
            }
            return reread(tx, id);
          })
          .compose(after -> context.audit().append(tx, event(who, "correction.resolved", before, after, null))
              .map(after));
    }));
  }

  Future<List<StoredCorrection>> list(Reader who, CorrectionStatus status) {
    return corrections.list(context.pool(), status)
        .compose(all -> recorder.search(who, all, c -> c.correction().workerId(), SubjectJson.shown(all)).map(all));
  }

  Future<StoredCorrection> get(Reader who, UUID id) {
    return corrections.find(context.pool(), id).map(found -> found.orElseThrow(CorrectionService::notFound))
        .compose(c -> recorder.record(who, ReadKind.DETAIL, List.of(c.correction().workerId()),
            SubjectJson.shown(List.of(c)), null, null).map(c));
  }

  private Future<StoredCorrection> reread(SqlClient tx, UUID id) {
    return corrections.find(tx, id).map(Optional::orElseThrow);
  }

  static NotFound notFound() {
    return new NotFound(SubjectError.CORRECTION_NOT_FOUND);
  }

  private static AuditEvent event(Reader who, String action, StoredCorrection before, StoredCorrection after,
      String nikMasked) {
    JsonObject state = state(after);
    if (nikMasked != null) {
      state.put("nikMasked", nikMasked);
    }
    return new AuditEvent(who.caller().userId(), who.caller().role().name(), action, "correction_request",
        after.correction().id().toString(), before == null ? null : state(before), state);
  }

  private static JsonObject state(StoredCorrection s) {
    CorrectionRequest c = s.correction();
    return new JsonObject().put("workerId", c.workerId().toString()).put("field", c.field().wire())
        .put("requestedValue", c.requestedValue()).put("reason", c.reason()).put("status", c.status().name())
        .put("dueBy", SubjectJson.text(c.dueBy())).put("editedAt", SubjectJson.text(c.editedAt()))
        .put("note", c.note());
  }
}
