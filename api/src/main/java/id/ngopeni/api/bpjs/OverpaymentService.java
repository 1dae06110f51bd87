package id.ngopeni.api.bpjs;

import id.ngopeni.api.auth.ActingUser;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.bpjs.Settlement;
import id.ngopeni.domain.problem.BpjsError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.bpjs.DifferenceRepository;
import id.ngopeni.persistence.bpjs.OverpaymentRepository;
import id.ngopeni.persistence.bpjs.ReconciliationSummary;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Overpayments carried to the next month ({@link Settlement}): for a reconciled month, each
 * source whose invoice is paid and whose differences are all decided, and that paid BPJS more
 * than the month cost, has the surplus recorded — once — and deducted from the next month's
 * amount to pay. One transaction under the reconciliation's lock, one audit entry per surplus.
 */
public record OverpaymentService(AppContext context, OverpaymentRepository overpayments, DifferenceRepository differences) {
  static final int RECENT = 120;

  /** The reconciliation's summary after recording; {@code carried} counts the surpluses recorded now. */
  public Future<JsonObject> carry(Caller caller, UUID reconciliationId) {
    return context.pool().withTransaction(tx -> ActingUser.inTransaction(tx, caller, Role.ADMIN, Role.OPERATOR)
        .compose(acting -> overpayments.lockReconciliation(tx, reconciliationId))
        .compose(period -> {
          LocalDate month = period.orElseThrow(() -> new NotFound(BpjsError.RECONCILIATION_NOT_FOUND));
          return summary(tx, reconciliationId).compose(before -> {
            int[] carried = {0};
            Future<Void> chain = Future.succeededFuture();
            for (ReconciliationSummary.SourceTotal t : before.sources()) {
              Settlement s = t.settlement();
              if (t.overpaid() != null || s.overpaid() == 0) {
                continue;
              }
              chain = chain.compose(v -> record(tx, caller, reconciliationId, month, t.fundingSource(), s)
                  .map(done -> {
                    carried[0] += done ? 1 : 0;
                    return null;
                  }));
            }
            return chain.compose(v -> summary(tx, reconciliationId))
                .map(after -> BpjsJson.summary(after).put("carried", carried[0]));
          });
        }));
  }

  public Future<List<JsonObject>> recent() {
    return overpayments.recent(context.pool(), RECENT).map(l -> l.stream().map(BpjsJson::overpayment).toList());
  }

  private Future<Boolean> record(SqlClient tx, Caller caller, UUID reconciliationId, LocalDate period, String source,
      Settlement s) {
    UUID id = Ids.newId();
    return overpayments.record(tx, id, reconciliationId, period, source, s, caller.userId()).compose(done -> {
      if (!done) {
        return Future.succeededFuture(false);
      }
      JsonObject after = new JsonObject().put("period", period.toString().substring(0, 7))
          .put("fundingSource", source).put("paid", s.paid()).put("carriedIn", s.carriedIn())
          .put("reconciled", s.reconciled()).put("refunds", s.refunds()).put("amount", s.overpaid())
          .put("carriedTo", period.plusMonths(1).toString().substring(0, 7));
      return context.audit().append(tx, new AuditEvent(caller.userId(), caller.role().name(),
          "bpjs.overpayment_carried", "bpjs_overpayment", id.toString(), null, after)).map(seq -> true);
    });
  }

  private Future<ReconciliationSummary> summary(SqlClient db, UUID id) {
    return differences.summary(db, id)
        .map(found -> found.orElseThrow(() -> new NotFound(BpjsError.RECONCILIATION_NOT_FOUND)));
  }
}
