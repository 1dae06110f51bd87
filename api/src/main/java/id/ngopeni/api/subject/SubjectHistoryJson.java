package id.ngopeni.api.subject;

import static id.ngopeni.api.subject.SubjectJson.text;
import static id.ngopeni.api.subject.SubjectReportJson.array;

import id.ngopeni.persistence.audit.AuditRow;
import id.ngopeni.persistence.subject.SubjectBenefits;
import id.ngopeni.persistence.subject.SubjectRegistryHistory;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The report's sections from BPJS reconciliation, santunan, the decree's and the registry's
 * processes and the audit trail, as JSON: every list present (empty when there is nothing), the
 * single facts (death, removal) {@code null} when there is none. No other person's identifier:
 * a duplicate review found from another registration carries no texts or candidates, an audit
 * entry no before or after state.
 */
final class SubjectHistoryJson {
  private SubjectHistoryJson() {}

  static JsonObject of(SubjectReport r) {
    SubjectBenefits b = r.benefits();
    SubjectRegistryHistory g = r.registry();
    return new JsonObject()
        .put("bpjsDifferences", array(b.differences(), SubjectHistoryJson::difference))
        .put("bpjsRefunds", array(b.refunds(), SubjectHistoryJson::refund))
        .put("santunanEvents", array(b.santunanEvents(), SubjectHistoryJson::event))
        .put("death", b.death().map(d -> new JsonObject().put("deathDate", d.deathDate().toString())
            .put("source", d.source()).put("recordedAt", text(d.recordedAt()))).orElse(null))
        .put("decreeChanges", array(g.decreeChanges(), SubjectHistoryJson::decreeChange))
        .put("reverifications", array(g.reverifications(), SubjectHistoryJson::reverification))
        .put("duplicateReviews", array(g.duplicateReviews(), SubjectHistoryJson::duplicateReview))
        .put("removal", g.removal().map(x -> new JsonObject().put("reason", x.reason())
            .put("removedAt", text(x.removedAt()))).orElse(null))
        .put("auditTrail", new JsonObject().put("items", array(r.auditTrail(), SubjectHistoryJson::audit))
            .put("truncated", r.auditTrailTruncated()));
  }

  private static JsonObject difference(SubjectBenefits.Difference d) {
    return new JsonObject().put("id", d.id().toString()).put("period", month(d.period())).put("kind", d.kind())
        .put("fundingSource", d.fundingSource()).put("cityAmount", d.cityAmount()).put("bpjsAmount", d.bpjsAmount())
        .put("detail", d.detail()).put("status", d.action() == null ? "OPEN" : "RESOLVED").put("action", d.action())
        .put("reason", d.reason()).put("amountToPay", d.amountToPay()).put("resolvedAt", text(d.resolvedAt()));
  }

  private static JsonObject refund(SubjectBenefits.Refund f) {
    return new JsonObject().put("id", f.id().toString()).put("period", month(f.period()))
        .put("fundingSource", f.fundingSource()).put("amount", f.amount()).put("status", f.status())
        .put("receivedOn", day(f.receivedOn())).put("reference", f.reference()).put("createdAt", text(f.createdAt()));
  }

  private static JsonObject event(SubjectBenefits.SantunanEvent e) {
    return new JsonObject().put("id", e.id().toString()).put("kind", e.kind()).put("eventDate", day(e.eventDate()))
        .put("claimId", text(e.claimId())).put("proofNote", e.proofNote()).put("createdAt", text(e.createdAt()))
        .put("entitlements", array(e.entitlements(), x -> new JsonObject().put("programme", x.programme())
            .put("amount", x.amount())));
  }

  private static JsonObject decreeChange(SubjectRegistryHistory.DecreeChange c) {
    return new JsonObject().put("id", c.id().toString()).put("decreeNumber", c.decreeNumber())
        .put("fundingSource", c.fundingSource()).put("year", c.year()).put("kind", c.kind()).put("reason", c.reason())
        .put("note", c.note()).put("status", c.status()).put("createdAt", text(c.createdAt()))
        .put("decidedAt", text(c.decidedAt())).put("decisionNote", c.decisionNote());
  }

  private static JsonObject reverification(SubjectRegistryHistory.Reverification v) {
    return new JsonObject().put("reverificationId", v.reverificationId().toString())
        .put("decreeNumber", v.decreeNumber()).put("fundingSource", v.fundingSource()).put("year", v.year())
        .put("checkedAt", text(v.checkedAt())).put("reverified", v.reasons().isEmpty())
        .put("reasons", new JsonArray(v.reasons()));
  }

  private static JsonObject duplicateReview(SubjectRegistryHistory.DuplicateReview d) {
    return new JsonObject().put("id", d.id().toString()).put("role", d.role()).put("status", d.status())
        .put("why", new JsonArray(d.why())).put("reason", d.reason()).put("note", d.note())
        .put("openedAt", text(d.openedAt())).put("resolvedAt", text(d.resolvedAt()));
  }

  /** Who did what on the record, when: never the entry's states. */
  private static JsonObject audit(AuditRow a) {
    return new JsonObject().put("at", text(a.entry().occurredAt())).put("action", a.entry().action())
        .put("username", a.actorName()).put("role", a.entry().actorRole());
  }

  private static String month(LocalDate period) {
    return period == null ? null : YearMonth.from(period).toString();
  }

  private static String day(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
