package id.ngopeni.api.claim;

import id.ngopeni.api.http.AcceptLanguage;
import id.ngopeni.domain.claim.Claim;
import id.ngopeni.domain.claim.Eligibility;
import id.ngopeni.domain.claim.Entitlement;
import id.ngopeni.domain.problem.Language;
import id.ngopeni.persistence.claim.ClaimJsonColumns;
import id.ngopeni.persistence.claim.StoredClaim;
import id.ngopeni.persistence.claim.StoredDocument;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Claims and documents as the API shows them, and the short form the audit trail keeps. */
public final class ClaimJson {
  private ClaimJson() {}

  /** A claim with its whole case (clocks, BPJS's answers, expected vs paid), reasons in {@code language}. */
  public static JsonObject of(CaseView view, Language language) {
    return of(view.claim(), language).put("case", ClaimCaseJson.caseOf(view));
  }

  /** The claim, its eligibility reasons in {@code language}. */
  public static JsonObject of(StoredClaim stored, Language language) {
    Claim c = stored.claim();
    JsonObject json = summary(stored, language);
    ClaimCaseJson.progress(json, stored.progress());
    return json.put("version", c.version());
  }

  private static JsonObject summary(StoredClaim stored, Language language) {
    Claim c = stored.claim();
    JsonArray required = new JsonArray();
    stored.requiredDocuments().forEach(kind -> required.add(kind.name()));
    return new JsonObject()
        .put("id", c.id().toString())
        .put("number", stored.number())
        .put("workerId", c.workerId().toString())
        .put("workerName", stored.workerName())
        .put("type", c.type().name())
        .put("incidentDate", c.incidentDate().toString())
        .put("description", stored.description())
        .put("medicalCosts", stored.medicalCosts() == null ? null : stored.medicalCosts().amount())
        .put("trafficAccident", stored.trafficAccident())
        .put("accident", stored.accident() == null ? null : ClaimJsonColumns.accident(stored.accident()))
        .put("status", c.status().name())
        .put("eligibility", eligibility(stored.eligibility(), language))
        .put("entitlement", entitlement(stored.entitlement()))
        .put("requiredDocuments", required)
        .put("rejectionReason", c.rejectionReason())
        .put("decidedBy", stored.decidedBy() == null ? null : stored.decidedBy().toString())
        .put("decidedAt", c.decidedAt() == null ? null : c.decidedAt().toString())
        .put("createdBy", stored.createdBy().toString())
        .put("createdAt", stored.createdAt().toString());
  }

  /** Eligibility as stored (reasons, arrears), each reason's message in {@code language}. */
  static JsonObject eligibility(Eligibility eligibility, Language language) {
    JsonObject json = ClaimJsonColumns.eligibility(eligibility);
    json.getJsonArray("reasons").forEach(r -> {
      JsonObject reason = (JsonObject) r;
      reason.put("message", AcceptLanguage.message(reason.getString("code"), reason.getString("message"), language));
    });
    return json;
  }

  /**
   * The entitlement with its lines named {@code nameId}/{@code nameEn}, as reference data names
   * things in two languages; {@code label}/{@code labelEn} repeat them for the rest of v1
   * (deprecated; see docs/API.md). Each line keeps its payee and legal basis.
   */
  static JsonObject entitlement(Entitlement entitlement) {
    JsonArray lines = ClaimJsonColumns.lines(entitlement);
    lines.forEach(l -> {
      JsonObject line = (JsonObject) l;
      line.put("nameId", line.getString("label")).put("nameEn", line.getString("labelEn"));
    });
    return new JsonObject().put("total", entitlement.total().amount()).put("lines", lines);
  }

  /** What the audit trail keeps of a claim: its state, never the description's free text. */
  public static JsonObject audit(Claim c) {
    return new JsonObject()
        .put("workerId", c.workerId().toString())
        .put("type", c.type().name())
        .put("incidentDate", c.incidentDate().toString())
        .put("status", c.status().name())
        .put("rejectionReason", c.rejectionReason())
        .put("version", c.version());
  }

  /**
   * An upload's answer: the document, and {@code warnings} naming each document of the worker it
   * is identical to ({@code document_identical}; empty when none).
   */
  static JsonObject uploaded(DocumentService.Uploaded uploaded) {
    JsonArray warnings = new JsonArray();
    uploaded.identical().forEach(same -> warnings.add(new JsonObject()
        .put("code", "document_identical")
        .put("documentId", same.documentId().toString())
        .put("claimId", same.claimId().toString())
        .put("claimNumber", same.claimNumber())
        .put("kind", same.kind().name())));
    return document(uploaded.document()).put("warnings", warnings);
  }

  public static JsonObject document(StoredDocument d) {
    return new JsonObject()
        .put("id", d.id().toString())
        .put("claimId", d.claimId().toString())
        .put("kind", d.kind().name())
        .put("contentType", d.contentType())
        .put("size", d.size())
        .put("sha256", d.sha256())
        .put("uploadedBy", d.uploadedBy().toString())
        .put("uploadedAt", d.uploadedAt().toString());
  }
}
