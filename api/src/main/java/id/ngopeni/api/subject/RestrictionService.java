package id.ngopeni.api.subject;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.privacy.Masks;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.domain.privacy.ReadKind;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.SubjectError;
import id.ngopeni.domain.subject.Restriction;
import id.ngopeni.domain.subject.RestrictionStatus;
import id.ngopeni.domain.subject.SubjectClock;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.subject.RestrictionRepository;
import id.ngopeni.persistence.subject.StoredRestriction;
import id.ngopeni.persistence.worker.StoredWorker;
import id.ngopeni.persistence.worker.WorkerRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A data subject's restriction of processing: recorded (the person found by exact NIK, the 3 × 24
 * hour clock started when they asked), applied as a separate step, lifted with a reason. Each in
 * one transaction with its audit entry (the NIK in it masked). Reading requests (they name the
 * person) is on record in the access log: the list as one search, one request as a detail view.
 */
public record RestrictionService(AppContext context, WorkerRepository workers, RestrictionRepository restrictions,
    ReadRecorder recorder) {

  Future<StoredRestriction> request(Reader who, String nik, String reason, Instant requestedAt) {
    Instant now = context.clock().instant();
    return context.pool().withTransaction(tx -> person(tx, who, workers, recorder, nik).compose(worker -> {
      Restriction r = Restriction.request(Ids.newId(), worker.id(), reason, SubjectClock.requestedAt(requestedAt, now));
      return restrictions.insert(tx, r, who.caller().userId(), now)
          .compose(v -> reread(tx, r.id()))
          .compose(saved -> context.audit().append(tx, event(who, "restriction.requested", null, saved,
              Masks.nik(worker.nik()))).map(saved));
    }));
  }

  Future<StoredRestriction> apply(Reader who, UUID id) {
    Instant now = context.clock().instant();
    return change(who, id, "restriction.applied", r -> r.apply(now));
  }

  Future<StoredRestriction> lift(Reader who, UUID id, String reason) {
    Instant now = context.clock().instant();
    return change(who, id, "restriction.lifted", r -> r.lift(now, reason));
  }

  Future<List<StoredRestriction>> list(Reader who, RestrictionStatus status) {
    return restrictions.list(context.pool(), status)
        .compose(all -> recorder.search(who, all, r -> r.restriction().workerId(), SubjectJson.SHOWN).map(all));
  }

  Future<StoredRestriction> get(Reader who, UUID id) {
    return restrictions.find(context.pool(), id).map(found -> found.orElseThrow(RestrictionService::notFound))
        .compose(r -> recorder.record(who, ReadKind.DETAIL, List.of(r.restriction().workerId()), SubjectJson.SHOWN,
            null, null).map(r));
  }

  private Future<StoredRestriction> change(Reader who, UUID id, String action, Function<Restriction, Restriction> rule) {
    return context.pool().withTransaction(tx -> restrictions.lock(tx, id).compose(found -> {
      StoredRestriction before = found.orElseThrow(RestrictionService::notFound);
      Restriction next = rule.apply(before.restriction());
      return restrictions.update(tx, next, who.caller().userId(), before.restriction().version())
          .compose(won -> {
            if (!won) {
              throw new Conflict(SubjectError.RESTRICTION_NOT_REQUESTED, "The restriction changed meanwhile; reload it.");
            }
            return reread(tx, id);
          })
          .compose(after -> context.audit().append(tx, event(who, action, before, after, null)).map(after));
    }));
  }

  /**
   * The worker holding {@code nik} (the registry's exact lookup), the lookup recorded as a read
   * of their name in the same transaction; 404 {@code subject_not_found} when nobody holds it.
   */
  static Future<StoredWorker> person(SqlClient tx, Reader who, WorkerRepository workers, ReadRecorder recorder,
      String nik) {
    return workers.findByNik(tx, nik).map(found -> found.orElseThrow(SubjectReportService::notFound))
        .compose(worker -> recorder.record(tx, who, ReadKind.LOOKUP, List.of(worker.id()), Set.of(PersonalField.NAME),
            null, new JsonObject().put("subjectRequest", true)).map(worker));
  }

  private Future<StoredRestriction> reread(SqlClient tx, UUID id) {
    return restrictions.find(tx, id).map(Optional::orElseThrow);
  }

  static NotFound notFound() {
    return new NotFound(SubjectError.RESTRICTION_NOT_FOUND);
  }

  /** An audit entry of a restriction: its state before and after, the NIK (when given) masked. */
  private static AuditEvent event(Reader who, String action, StoredRestriction before, StoredRestriction after,
      String nikMasked) {
    JsonObject state = state(after);
    if (nikMasked != null) {
      state.put("nikMasked", nikMasked);
    }
    return new AuditEvent(who.caller().userId(), who.caller().role().name(), action, "processing_restriction",
        after.restriction().id().toString(), before == null ? null : state(before), state);
  }

  private static JsonObject state(StoredRestriction s) {
    Restriction r = s.restriction();
    return new JsonObject().put("workerId", r.workerId().toString()).put("status", r.status().name())
        .put("reason", r.reason()).put("requestedAt", SubjectJson.text(r.requestedAt()))
        .put("dueBy", SubjectJson.text(r.dueBy())).put("appliedAt", SubjectJson.text(r.appliedAt()))
        .put("appliedLate", r.appliedLate()).put("liftedAt", SubjectJson.text(r.liftedAt()))
        .put("liftReason", r.liftReason());
  }
}
