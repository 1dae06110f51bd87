package id.ngopeni.api.subject;

import static id.ngopeni.api.subject.SubjectJson.text;

import id.ngopeni.domain.privacy.Masks;
import id.ngopeni.domain.privacy.Purpose;
import id.ngopeni.persistence.claim.StoredClaim;
import id.ngopeni.persistence.claim.StoredDocument;
import id.ngopeni.persistence.membership.StoredMembership;
import id.ngopeni.persistence.payout.StoredPayout;
import id.ngopeni.persistence.privacy.AccessRecord;
import id.ngopeni.persistence.subject.SubjectDecree;
import id.ngopeni.persistence.subject.SubjectInvoiceLine;
import id.ngopeni.persistence.worker.StoredWorker;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

/** The subject's report as JSON: the person's own data in full, other people's identifiers and accounts masked. */
final class SubjectReportJson {
  private SubjectReportJson() {}

  static JsonObject of(SubjectReport r) {
    StoredWorker w = r.worker();
    JsonObject person = new JsonObject().put("id", w.id().toString()).put("nik", w.nik()).put("fullName", w.fullName())
        .put("birthDate", w.birthDate().toString()).put("sex", w.sex()).put("kelurahanCode", w.kelurahanCode())
        .put("kecamatanCode", w.kecamatanCode()).put("category", w.category()).put("phone", w.phone())
        .put("address", w.address()).put("createdAt", text(w.createdAt())).put("updatedAt", text(w.updatedAt()))
        .put("restricted", r.restricted());
    JsonObject dtsen = r.decile().map(d -> new JsonObject().put("decile", d.decile())
        .put("extractDate", d.extractDate().toString())).orElse(null);
    return new JsonObject().put("generatedAt", text(r.generatedAt())).put("generatedBy", r.generatedBy())
        .put("purpose", Purpose.SUBJECT_REQUEST.name()).put("person", person).put("dtsen", dtsen)
        .put("heirs", array(r.heirs(), h -> new JsonObject().put("id", h.id().toString()).put("fullName", h.fullName())
            .put("relationship", h.relationship().name()).put("priorityClass", h.priorityClass())
            .put("nik", Masks.nik(h.nik())).put("birthDate", h.birthDate() == null ? null : h.birthDate().toString())))
        .put("memberships", array(r.memberships(), SubjectReportJson::membership))
        .put("invoiceLines", array(r.invoiceLines(), SubjectReportJson::invoiceLine))
        .put("claims", array(r.claims(), SubjectReportJson::claim))
        .put("payouts", array(r.payouts(), SubjectReportJson::payout))
        .put("decrees", array(r.decrees(), SubjectReportJson::decree))
        .mergeIn(SubjectHistoryJson.of(r))
        .put("restrictions", array(r.restrictions(), s -> SubjectJson.restriction(s, r.generatedAt())))
        .put("corrections", array(r.corrections(), s -> SubjectJson.correction(s, r.generatedAt())))
        .put("accessLog", new JsonObject().put("items", array(r.accessLog(), SubjectReportJson::access))
            .put("truncated", r.accessLogTruncated()));
  }

  private static JsonObject membership(StoredMembership s) {
    var m = s.membership();
    return new JsonObject().put("id", m.id().toString())
        .put("programs", new JsonArray(m.programs().stream().map(Enum::name).sorted().toList()))
        .put("fundingSource", m.fundingSource().name()).put("sector", m.sector().name())
        .put("declaredIncome", m.declaredIncome().amount()).put("startDate", m.startDate().toString())
        .put("endDate", m.endDate() == null ? null : m.endDate().toString()).put("endReason", m.endReason())
        .put("status", m.status().name()).put("kpj", s.kpj());
  }

  /** A premium invoice line as snapshotted: the person's own name and area as they stood that month. */
  private static JsonObject invoiceLine(SubjectInvoiceLine l) {
    return new JsonObject().put("period", YearMonth.from(l.period()).toString()).put("fundingSource", l.fundingSource())
        .put("invoiceStatus", l.invoiceStatus()).put("fullName", l.fullName()).put("kelurahanCode", l.kelurahanCode())
        .put("category", l.category()).put("programs", new JsonArray(l.programs().stream().sorted().toList()))
        .put("declaredIncome", l.declaredIncome()).put("amount", l.amount());
  }

  private static JsonObject claim(SubjectReport.ClaimFile f) {
    StoredClaim c = f.claim();
    var handOver = c.progress().handOver();
    return new JsonObject().put("id", c.id().toString()).put("type", c.claim().type().name())
        .put("status", c.claim().status().name()).put("incidentDate", c.claim().incidentDate().toString())
        .put("eligible", c.eligibility().eligible()).put("entitlementTotal", c.entitlement().total().amount())
        .put("rejectionReason", c.claim().rejectionReason()).put("createdAt", text(c.createdAt()))
        .put("handedOverOn", handOver == null ? null : handOver.handedOverOn().toString())
        .put("bpjsBranch", handOver == null ? null : handOver.branch())
        .put("bpjsCaseNumber", handOver == null ? null : handOver.caseNumber())
        .put("paidTotal", c.progress().paidTotal().amount())
        .put("followUp", new JsonArray(c.progress().followUp().stream().map(Enum::name).sorted().toList()))
        .put("documents", array(f.documents(), SubjectReportJson::document));
  }

  private static JsonObject document(StoredDocument d) {
    return new JsonObject().put("id", d.id().toString()).put("kind", d.kind().name()).put("name", d.kind().label())
        .put("contentType", d.contentType()).put("size", d.size()).put("sha256", d.sha256())
        .put("uploadedAt", text(d.uploadedAt()));
  }

  private static JsonObject payout(StoredPayout s) {
    var p = s.payout();
    return new JsonObject().put("id", p.id().toString()).put("status", p.status().name()).put("amount", p.amount().amount())
        .put("beneficiaryName", s.heirName())
        .put("relationship", s.heirRelationship() == null ? "WORKER" : s.heirRelationship().name())
        .put("bankCode", p.account().bank().code()).put("accountNumber", Masks.accountNumber(p.account().number()))
        .put("createdAt", text(p.createdAt())).put("decidedAt", text(p.decidedAt()));
  }

  private static JsonObject decree(SubjectDecree d) {
    return new JsonObject().put("decreeId", d.decreeId().toString()).put("fundingSource", d.fundingSource())
        .put("year", d.year()).put("number", d.number()).put("decreeDate", d.decreeDate().toString())
        .put("member", d.exception() == null).put("removedAt", text(d.removedAt())).put("exception", d.exception());
  }

  private static JsonObject access(AccessRecord a) {
    return new JsonObject().put("at", text(a.at())).put("username", a.username()).put("role", a.role())
        .put("kind", a.kind()).put("fields", new JsonArray(a.fields())).put("purpose", a.purpose());
  }

  static <T> JsonArray array(List<T> items, Function<T, JsonObject> json) {
    JsonArray out = new JsonArray();
    items.forEach(i -> out.add(json.apply(i)));
    return out;
  }
}
