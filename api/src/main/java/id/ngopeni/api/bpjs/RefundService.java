package id.ngopeni.api.bpjs;

import id.ngopeni.api.auth.ActingUser;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.problem.BpjsError;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.bpjs.DeathRepository;
import id.ngopeni.persistence.bpjs.StoredRefund;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Refunds due from BPJS after a death, listed (each page on record in the access log as one search
 * naming the deceased workers) and marked received (audited).
 */
public record RefundService(AppContext context, DeathRepository deaths, ReadRecorder recorder) {
  public Future<List<JsonObject>> list(Reader who, String status, UUID after, int limit) {
    return deaths.list(context.pool(), status, after, limit)
        .compose(l -> recorder.search(who, l, StoredRefund::workerId, BpjsJson.SHOWN)
            .map(v -> l.stream().map(RefundService::json).toList()));
  }

  public Future<JsonObject> received(Caller caller, UUID id, LocalDate on, String reference, Violations v) {
    if (on != null && on.isAfter(Jakarta.today(context.clock()))) {
      v.add("receivedOn", BpjsError.RECEIVED_IN_FUTURE);
    }
    v.throwIfAny();
    return context.pool().withTransaction(tx -> ActingUser.inTransaction(tx, caller, Role.ADMIN, Role.OPERATOR)
        .compose(acting -> deaths.lock(tx, id))
        .compose(found -> {
          StoredRefund before = found.orElseThrow(() -> new NotFound(BpjsError.REFUND_NOT_FOUND));
          if (!before.status().equals("DUE")) {
            throw new Conflict(BpjsError.REFUND_ALREADY_RECEIVED);
          }
          return deaths.received(tx, id, on, reference.strip(), caller.userId())
              .compose(written -> deaths.lock(tx, id))
              .compose(after -> {
                JsonObject json = json(after.orElseThrow());
                return context.audit().append(tx, new AuditEvent(caller.userId(), caller.role().name(),
                    "bpjs.refund_received", "bpjs_refund", id.toString(), json(before), json)).map(seq -> json);
              });
        }));
  }

  static JsonObject json(StoredRefund r) {
    return new JsonObject().put("id", r.id().toString()).put("workerId", r.workerId().toString())
        .put("fullName", r.fullName()).put("membershipId", r.membershipId().toString())
        .put("invoiceId", r.invoiceId().toString()).put("fundingSource", r.fundingSource())
        .put("period", r.period().toString().substring(0, 7)).put("amount", r.amount()).put("status", r.status())
        .put("receivedOn", r.receivedOn() == null ? null : r.receivedOn().toString()).put("reference", r.reference());
  }
}
