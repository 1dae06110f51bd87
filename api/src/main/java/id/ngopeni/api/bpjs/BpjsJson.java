package id.ngopeni.api.bpjs;

import id.ngopeni.domain.bpjs.Settlement;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.persistence.bpjs.OverpaymentRepository.StoredOverpayment;
import id.ngopeni.persistence.bpjs.ReconciliationSummary;
import id.ngopeni.persistence.bpjs.StoredDifference;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Set;

/** Reconciliations and differences as the API shows them: names and KPJ-side facts, never a NIK. */
final class BpjsJson {
  /** What the lists of differences, refunds and registrations show in full: the name. */
  static final Set<PersonalField> SHOWN = Set.of(PersonalField.NAME);

  private BpjsJson() {}

  static JsonObject summary(ReconciliationSummary s) {
    JsonObject kinds = new JsonObject();
    s.differencesByKind().forEach(kinds::put);
    JsonArray sources = new JsonArray();
    long invoiced = 0;
    long toPay = 0;
    long carriedIn = 0;
    long overpaid = 0;
    for (var t : s.sources()) {
      Settlement m = t.settlement();
      sources.add(new JsonObject().put("fundingSource", t.fundingSource()).put("invoiced", m.invoiced())
          .put("reconciled", m.reconciled()).put("carriedIn", m.carriedIn()).put("toPay", m.toPay())
          .put("open", m.open()).put("invoicePaid", m.invoicePaid()).put("paid", m.paid()).put("refunds", m.refunds())
          .put("overpaid", t.overpaid()).put("overpaidPending", t.overpaid() == null ? m.overpaid() : 0));
      invoiced += m.invoiced();
      toPay += m.toPay();
      carriedIn += m.carriedIn();
      overpaid += t.overpaid() == null ? 0 : t.overpaid();
    }
    return new JsonObject().put("id", s.id().toString()).put("period", s.period().toString().substring(0, 7))
        .put("status", s.open() == 0 ? "RECONCILED" : "OPEN")
        .put("rows", s.rows()).put("matched", s.matched()).put("matchedAmount", s.matchedAmount())
        .put("differences", kinds).put("open", s.open()).put("invoiced", invoiced).put("toPay", toPay)
        .put("carriedIn", carriedIn).put("overpaid", overpaid)
        .put("sources", sources).put("createdBy", s.createdBy().toString()).put("createdAt", s.createdAt().toString());
  }

  static JsonObject difference(StoredDifference d) {
    return new JsonObject().put("id", d.id().toString()).put("reconciliationId", d.reconciliationId().toString())
        .put("period", d.period().toString().substring(0, 7)).put("kind", d.kind()).put("row", d.row())
        .put("workerId", d.workerId() == null ? null : d.workerId().toString()).put("fullName", d.fullName())
        .put("membershipId", d.membershipId() == null ? null : d.membershipId().toString())
        .put("fundingSource", d.fundingSource()).put("cityAmount", d.cityAmount()).put("bpjsAmount", d.bpjsAmount())
        .put("detail", d.detail()).put("status", d.action() == null ? "OPEN" : "RESOLVED").put("action", d.action())
        .put("reason", d.reason()).put("amountToPay", d.amountToPay())
        .put("resolvedBy", d.resolvedBy() == null ? null : d.resolvedBy().toString())
        .put("resolvedAt", d.resolvedAt() == null ? null : d.resolvedAt().toString());
  }

  static JsonObject overpayment(StoredOverpayment o) {
    return new JsonObject().put("id", o.id().toString()).put("reconciliationId", o.reconciliationId().toString())
        .put("period", o.period().toString().substring(0, 7)).put("fundingSource", o.fundingSource())
        .put("paid", o.paid()).put("carriedIn", o.carriedIn()).put("reconciled", o.reconciled())
        .put("refunds", o.refunds()).put("amount", o.amount())
        .put("carriedTo", o.carriedTo().toString().substring(0, 7)).put("recordedBy", o.recordedBy().toString());
  }
}
