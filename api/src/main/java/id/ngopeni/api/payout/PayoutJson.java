package id.ngopeni.api.payout;

import id.ngopeni.domain.payout.Payout;
import id.ngopeni.persistence.payout.BatchSummary;
import id.ngopeni.persistence.payout.PayoutBatch;
import id.ngopeni.persistence.payout.StoredPayout;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import id.ngopeni.domain.privacy.Masks;
import id.ngopeni.domain.privacy.Purpose;
import java.util.UUID;

/**
 * Payouts and batches as the API shows them (account numbers masked: the last four digits), a
 * reveal's answer, and the short form the audit trail keeps.
 */
final class PayoutJson {
  private PayoutJson() {}

  static JsonObject of(StoredPayout stored) {
    Payout p = stored.payout();
    return audit(p) // the account number masked, as in the trail: in full only by a reveal
        .put("id", p.id().toString())
        .put("number", stored.number())
        .put("workerName", stored.workerName())
        .put("heirName", stored.heirName())
        .put("workerId", stored.workerId().toString())
        .put("heirRelationship", stored.heirRelationship() == null ? "WORKER" : stored.heirRelationship().name())
        .put("heirPriorityClass", stored.heirRelationship() == null ? null : stored.heirRelationship().priorityClass())
        .put("bankName", p.account().bank().displayName())
        .put("accountName", p.account().name())
        .put("createdBy", p.createdBy().toString())
        .put("createdAt", p.createdAt().toString())
        .put("decidedBy", text(p.decidedBy()))
        .put("decidedAt", p.decidedAt() == null ? null : p.decidedAt().toString());
  }

  /** A reveal's answer: the account number in full, for the purpose given. */
  static JsonObject revealed(StoredPayout stored, Purpose purpose) {
    Payout p = stored.payout();
    return new JsonObject()
        .put("payoutId", p.id().toString())
        .put("purpose", purpose.name())
        .put("bankCode", p.account().bank().code())
        .put("accountNumber", p.account().number())
        .put("accountName", p.account().name());
  }

  /**
   * What the audit trail keeps: where the money goes (the account number masked, issue 17: the
   * trail is read widely and kept long), how much, and the state.
   */
  static JsonObject audit(Payout p) {
    return new JsonObject()
        .put("entitlementId", text(p.entitlementId()))
        .put("claimId", text(p.claimId()))
        .put("heirId", p.heirId().toString())
        .put("bankCode", p.account().bank().code())
        .put("accountNumber", Masks.accountNumber(p.account().number()))
        .put("amount", p.amount().amount())
        .put("status", p.status().name())
        .put("decisionReason", p.decisionReason())
        .put("batchId", text(p.batchId()))
        .put("bankReference", p.bankReference())
        .put("version", p.version());
  }

  static JsonObject batch(PayoutBatch batch) {
    JsonArray items = new JsonArray();
    for (PayoutBatch.Item item : batch.items()) {
      items.add(new JsonObject()
          .put("payoutId", item.payoutId().toString())
          .put("payoutNumber", item.payoutNumber())
          .put("entitlementId", text(item.entitlementId()))
          .put("claimId", text(item.claimId()))
          .put("workerName", item.workerName())
          .put("heirName", item.heirName())
          .put("bankCode", item.bankCode())
          .put("accountNumber", Masks.accountNumber(item.accountNumber())) // in full in the bank file only
          .put("accountName", item.accountName())
          .put("amount", item.amount())
          .put("reference", item.transferReference())
          .put("outcome", item.outcome())
          .put("bankReference", item.bankReference()));
    }
    return summary(batch.summary()).put("items", items);
  }

  /** A batch in a list: its state and totals, not its transfers. */
  static JsonObject summary(BatchSummary b) {
    return new JsonObject()
        .put("id", b.id().toString())
        .put("number", b.number())
        .put("status", b.status().name())
        .put("count", b.count())
        .put("total", b.total())
        .put("paid", b.paid())
        .put("failed", b.failed())
        .put("createdBy", b.createdBy().toString())
        .put("createdAt", b.createdAt().toString())
        .put("reconciledAt", b.reconciledAt() == null ? null : b.reconciledAt().toString());
  }

  private static String text(UUID id) {
    return id == null ? null : id.toString();
  }
}
