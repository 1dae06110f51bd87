package id.ngopeni.api.bpjs;

import id.ngopeni.api.auth.ActingUser;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.membership.MembershipJson;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.bpjs.Deaths;
import id.ngopeni.domain.membership.Membership;
import id.ngopeni.domain.membership.MembershipStatus;
import id.ngopeni.domain.problem.BpjsError;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.bpjs.DeathRepository;
import id.ngopeni.persistence.membership.MembershipRepository;
import id.ngopeni.persistence.membership.StoredMembership;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded death stops the bill: the active membership ends at the end of the month of death,
 * unpaid invoices of later months lose the worker's line, and premiums already paid for later
 * months become refunds due from BPJS. {@link #record(SqlClient, Caller, UUID, LocalDate, String)}
 * runs inside a caller's transaction, for the claim side to call when a claim establishes a death.
 */
public record DeathService(AppContext context, DeathRepository deaths, MembershipRepository memberships) {
  public static final String REGISTRY = "REGISTRY";
  public static final String CLAIM = "CLAIM";

  /** The registry update: its own transaction, ADMIN or OPERATOR re-checked against the stored user. */
  public Future<JsonObject> recordFromRegistry(Caller caller, UUID workerId, LocalDate deathDate, Violations v) {
    Deaths.validate(deathDate, Jakarta.today(context.clock()), v);
    v.throwIfAny();
    return context.pool().withTransaction(tx -> ActingUser.inTransaction(tx, caller, Role.ADMIN, Role.OPERATOR)
        .compose(acting -> record(tx, caller, workerId, deathDate, REGISTRY)));
  }

  /**
   * Records the death in {@code tx} (the same date again changes nothing; another date is 409),
   * then ends the membership, stops the bill and makes refunds due, each audited.
   */
  public Future<JsonObject> record(SqlClient tx, Caller caller, UUID workerId, LocalDate deathDate, String source) {
    return memberships.worker(tx, workerId)
        .compose(worker -> {
          worker.orElseThrow(() -> new NotFound(WorkerError.WORKER_NOT_FOUND));
          return deaths.record(tx, workerId, deathDate, source, caller.userId());
        })
        .compose(recorded -> recorded ? apply(tx, caller, workerId, deathDate, source)
            : deaths.recorded(tx, workerId).map(date -> {
              if (!date.orElseThrow().equals(deathDate)) {
                throw new Conflict(BpjsError.DEATH_DATE_CONFLICT);
              }
              return result(workerId, deathDate, null, 0, 0).put("replayed", true);
            }));
  }

  private Future<JsonObject> apply(SqlClient tx, Caller caller, UUID workerId, LocalDate deathDate, String source) {
    LocalDate fromPeriod = Deaths.firstUnbilledMonth(deathDate).atDay(1);
    return context.audit().append(tx, event(caller, "worker.death_recorded", "worker", workerId.toString(),
            new JsonObject().put("deathDate", deathDate.toString()).put("source", source)))
        .compose(seq -> memberships.ofWorker(tx, workerId))
        .compose(list -> {
          StoredMembership active = list.stream()
              .filter(s -> s.membership().status() == MembershipStatus.ACTIVE).findFirst().orElse(null);
          return active == null ? Future.succeededFuture((LocalDate) null) : end(tx, caller, active, deathDate);
        })
        .compose(endDate -> deaths.stopBill(tx, workerId, fromPeriod)
            .compose(stopped -> deaths.refundsDue(tx, workerId, fromPeriod, caller.userId())
                .compose(refunds -> context.audit().append(tx, event(caller, "bpjs.refunds_due", "worker",
                        workerId.toString(), new JsonObject().put("fromPeriod", fromPeriod.toString())
                            .put("refundsDue", refunds).put("invoicesStopped", stopped)))
                    .map(s -> result(workerId, deathDate, endDate, refunds, stopped).put("replayed", false)))));
  }

  private Future<LocalDate> end(SqlClient tx, Caller caller, StoredMembership stored, LocalDate deathDate) {
    Membership before = stored.membership();
    Membership ended = before.end(Deaths.membershipEnd(deathDate, before.startDate()), "died " + deathDate);
    return memberships.close(tx, ended, before.version()).compose(written -> {
      if (written.isEmpty()) {
        throw new Conflict(BpjsError.NO_MEMBERSHIP_TO_END);
      }
      return context.audit().append(tx, new AuditEvent(caller.userId(), caller.role().name(), "membership.ended",
          "membership", before.id().toString(), MembershipJson.audit(before), MembershipJson.audit(ended)))
          .map(seq -> ended.endDate());
    });
  }

  private static JsonObject result(UUID workerId, LocalDate deathDate, LocalDate endDate, int refunds, int stopped) {
    return new JsonObject().put("workerId", workerId.toString()).put("deathDate", deathDate.toString())
        .put("membershipEndDate", endDate == null ? null : endDate.toString()).put("refundsDue", refunds)
        .put("invoicesStopped", stopped);
  }

  private static AuditEvent event(Caller caller, String action, String type, String id, JsonObject after) {
    return new AuditEvent(caller.userId(), caller.role().name(), action, type, id, null, after);
  }
}
