package id.ngopeni.api.santunan;

import id.ngopeni.api.auth.ActingUser;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.domain.privacy.ReadKind;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.SantunanError;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.santunan.Eligibility;
import id.ngopeni.domain.santunan.EventKind;
import id.ngopeni.domain.santunan.SantunanEntitlement;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.santunan.ProgrammeRepository;
import id.ngopeni.persistence.santunan.SantunanEventRepository;
import id.ngopeni.persistence.santunan.StoredEntitlement;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Recording an event (a death, a work accident) on a worker: it gives an entitlement under every
 * santunan programme in force on the event date whose rules the worker meets ({@link Eligibility}),
 * or a 422 naming the field that made the worker ineligible, with nothing written.
 */
public record SantunanEventService(AppContext context, SantunanEventRepository events, ProgrammeRepository programmes,
    ReadRecorder recorder) {
  /** What an entitlement shows in full: the worker's name (and the event it was given for). */
  static final Set<PersonalField> SHOWN = Set.of(PersonalField.NAME);

  /** What an OPERATOR records. */
  public record EventRequest(UUID workerId, EventKind kind, LocalDate eventDate, UUID claimId, String proofNote) {}

  public Future<List<StoredEntitlement>> record(Caller session, EventRequest request) {
    var now = context.clock().instant();
    if (request.eventDate().isAfter(Jakarta.today(context.clock()))) {
      throw Invalid.of("eventDate", HttpError.IN_FUTURE);
    }
    UUID eventId = Ids.newId();
    return context.pool().withTransaction(tx -> ActingUser.inTransaction(tx, session, Role.OPERATOR)
        .compose(caller -> events.workerFacts(tx, request.workerId())
            .map(found -> found.orElseThrow(() -> new NotFound(WorkerError.WORKER_NOT_FOUND)))
            .compose(worker -> checkClaim(tx, request).compose(v -> programmes.inForce(tx, request.eventDate()))
                .compose(inForce -> {
                  List<SantunanEntitlement> given =
                      Eligibility.entitlements(eventId, request.kind(), request.eventDate(), worker, inForce);
                  return events.insertEvent(tx, eventId, request.workerId(), request.kind(), request.eventDate(),
                          request.claimId(), request.proofNote(), caller.userId(), now)
                      .compose(v -> events.insertEntitlements(tx, given))
                      .compose(v -> events.ofEvent(tx, eventId))
                      .compose(stored -> context.audit().append(tx, event(caller, eventId, request, stored))
                          .map(seq -> stored));
                }))));
  }

  /** The optional claim reference names a claim of the same worker. */
  private Future<Void> checkClaim(io.vertx.sqlclient.SqlClient tx, EventRequest request) {
    if (request.claimId() == null) {
      return Future.succeededFuture();
    }
    return events.claimWorker(tx, request.claimId()).map(worker -> {
      if (worker.filter(request.workerId()::equals).isEmpty()) {
        throw Invalid.of("claimId", HttpError.VALUE_UNKNOWN, "No claim of this worker has this id.");
      }
      return null;
    });
  }

  /** One entitlement, its view on record in the access log as a DETAIL. */
  public Future<StoredEntitlement> entitlement(Reader who, UUID id) {
    return events.find(context.pool(), id)
        .map(found -> found.filter(e -> who.caller().canSeeKelurahan(e.kelurahanCode()))
            .orElseThrow(SantunanEventService::notFound))
        .compose(e -> recorder.record(who, ReadKind.DETAIL, List.of(e.entitlement().workerId()), SHOWN, null,
            new JsonObject().put("entitlementId", id.toString())).map(e));
  }

  /** A page of entitlements, on record as one search naming each worker on it. */
  public Future<Slice<StoredEntitlement>> entitlements(Reader who, UUID programmeId, UUID workerId, UUID before, int limit) {
    return events.list(context.pool(), programmeId, workerId, before, limit)
        .compose(slice -> recorder.search(who, slice.items(), e -> e.entitlement().workerId(), SHOWN).map(slice));
  }

  private static AuditEvent event(Caller caller, UUID eventId, EventRequest request, List<StoredEntitlement> given) {
    JsonArray entitlements = new JsonArray();
    given.forEach(e -> entitlements.add(new JsonObject().put("id", e.entitlement().id().toString())
        .put("programmeId", e.entitlement().programmeId().toString()).put("amount", e.entitlement().amount().amount())));
    JsonObject after = new JsonObject().put("workerId", request.workerId().toString()).put("kind", request.kind().name())
        .put("eventDate", request.eventDate().toString())
        .put("claimId", request.claimId() == null ? null : request.claimId().toString())
        .put("entitlements", entitlements);
    return new AuditEvent(caller.userId(), caller.role().name(), "santunan_event.recorded", "santunan_event",
        eventId.toString(), null, after);
  }

  static NotFound notFound() {
    return new NotFound(SantunanError.ENTITLEMENT_NOT_FOUND);
  }
}
