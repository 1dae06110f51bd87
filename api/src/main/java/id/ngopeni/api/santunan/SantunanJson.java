package id.ngopeni.api.santunan;

import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.santunan.Programme;
import id.ngopeni.domain.santunan.SantunanEntitlement;
import id.ngopeni.persistence.santunan.StoredEntitlement;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Programmes and entitlements as the API shows them (and the audit trail keeps them). */
final class SantunanJson {
  private SantunanJson() {}

  static JsonObject programme(Programme p) {
    JsonObject amounts = new JsonObject();
    p.amounts().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> amounts.put(e.getKey().name(), e.getValue().amount()));
    return new JsonObject()
        .put("id", p.id().toString())
        .put("name", p.name())
        .put("regulationNumber", p.regulationNumber())
        .put("regulationDate", p.regulationDate().toString())
        .put("effectiveFrom", p.effectiveFrom().toString())
        .put("effectiveTo", p.effectiveTo() == null ? null : p.effectiveTo().toString())
        .put("categories", new JsonArray(p.categories().stream().sorted().toList()))
        .put("membershipSources", new JsonArray(p.membershipSources().stream().map(Enum::name).sorted().toList()))
        .put("requiresActiveMembership", p.requiresActiveMembership())
        .put("amounts", amounts)
        .put("budgetYear", p.budgetYear())
        .put("budgetSource", p.budgetSource().name())
        .put("budgetCeiling", p.budgetCeiling().amount())
        .put("version", p.version());
  }

  /** A programme with what its payouts hold now and what is left of its ceiling. */
  static JsonObject programme(Programme p, Rupiah committed) {
    return programme(p).put("committed", committed.amount())
        .put("budgetLeft", p.budgetCeiling().minus(committed).max(Rupiah.ZERO).amount());
  }

  static JsonObject entitlement(StoredEntitlement stored) {
    SantunanEntitlement e = stored.entitlement();
    return new JsonObject()
        .put("id", e.id().toString())
        .put("eventId", e.eventId().toString())
        .put("programmeId", e.programmeId().toString())
        .put("programmeName", stored.programmeName())
        .put("workerId", e.workerId().toString())
        .put("workerName", stored.workerName())
        .put("kind", e.kind().name())
        .put("eventDate", e.eventDate().toString())
        .put("claimId", stored.claimId() == null ? null : stored.claimId().toString())
        .put("proofNote", stored.proofNote())
        .put("amount", e.amount().amount())
        .put("held", stored.held().amount())
        .put("paid", stored.paid().amount())
        .put("remaining", e.amount().minus(stored.held()).amount())
        .put("beneficiary", e.kind().paysHeirs() ? "HEIR" : "WORKER");
  }
}
