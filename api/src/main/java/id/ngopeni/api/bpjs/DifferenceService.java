package id.ngopeni.api.bpjs;

import id.ngopeni.api.auth.ActingUser;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.membership.MembershipJson;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.bpjs.Resolution;
import id.ngopeni.domain.membership.Membership;
import id.ngopeni.domain.membership.MembershipStatus;
import id.ngopeni.domain.problem.BpjsError;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.bpjs.DifferenceRepository;
import id.ngopeni.persistence.bpjs.StoredDifference;
import id.ngopeni.persistence.membership.MembershipRepository;
import id.ngopeni.persistence.membership.StoredMembership;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's decision on one difference (FIX, ACCEPT with a reason, END_MEMBERSHIP), in one
 * transaction with its audit entry; ending ends the membership the day before the reconciled
 * month (or the day it began, if it began within that month). A page of differences names the
 * workers billed or invoiced: it is on record in the access log as one search.
 */
public record DifferenceService(AppContext context, DifferenceRepository differences,
    MembershipRepository memberships, ReadRecorder recorder) {

  public Future<List<JsonObject>> list(Reader who, UUID reconciliationId, Boolean open, UUID after, int limit) {
    return differences.list(context.pool(), reconciliationId, open, after, limit)
        .compose(list -> recorder.search(who, list, StoredDifference::workerId, BpjsJson.SHOWN)
            .map(v -> list.stream().map(BpjsJson::difference).toList()));
  }

  public Future<JsonObject> resolve(Caller caller, UUID id, Resolution action, String reason, Violations violations) {
    return context.pool().withTransaction(tx -> ActingUser.inTransaction(tx, caller, Role.ADMIN, Role.OPERATOR)
        .compose(acting -> differences.lock(tx, id))
        .compose(found -> {
          StoredDifference d = found.orElseThrow(() -> new NotFound(BpjsError.DIFFERENCE_NOT_FOUND));
          if (d.action() != null) {
            throw new Conflict(BpjsError.DIFFERENCE_RESOLVED);
          }
          Future<Optional<StoredMembership>> membership = d.membershipId() == null
              ? Future.succeededFuture(Optional.empty()) : memberships.find(tx, d.membershipId());
          return membership.compose(m -> {
            Optional<StoredMembership> active = m.filter(s -> s.membership().status() == MembershipStatus.ACTIVE);
            if (action != null) {
              action.checkReason(reason, violations);
              action.checkApplicable(active.isPresent(), violations);
            }
            violations.throwIfAny();
            String why = reason == null || reason.isBlank() ? null : reason.strip();
            long amount = action.amountToPay(d.cityAmount(), d.bpjsAmount());
            Future<Void> ended = action == Resolution.END_MEMBERSHIP ? end(tx, caller, active.get(), d, why)
                : Future.succeededFuture();
            return ended.compose(v -> differences.resolve(tx, id, action.name(), why, amount, caller.userId()))
                .compose(written -> {
                  if (!written) {
                    throw new Conflict(BpjsError.DIFFERENCE_RESOLVED);
                  }
                  return differences.lock(tx, id);
                })
                .compose(after -> {
                  JsonObject json = BpjsJson.difference(after.orElseThrow());
                  return context.audit().append(tx, new AuditEvent(caller.userId(), caller.role().name(),
                      "bpjs.difference_resolved", "bpjs_difference", id.toString(), BpjsJson.difference(d), json))
                      .map(seq -> json);
                });
          });
        }));
  }

  private Future<Void> end(SqlClient tx, Caller caller, StoredMembership stored, StoredDifference d, String reason) {
    Membership before = stored.membership();
    LocalDate dayBefore = d.period().minusDays(1);
    Membership ended = before.end(dayBefore.isBefore(before.startDate()) ? before.startDate() : dayBefore,
        "BPJS reconciliation " + d.period().toString().substring(0, 7) + ": " + reason);
    return memberships.close(tx, ended, before.version()).compose(written -> {
      if (written.isEmpty()) {
        throw new Conflict(BpjsError.NO_MEMBERSHIP_TO_END);
      }
      return context.audit().append(tx, new AuditEvent(caller.userId(), caller.role().name(), "membership.ended",
          "membership", before.id().toString(), MembershipJson.audit(before), MembershipJson.audit(ended))).mapEmpty();
    });
  }
}
