package id.ngopeni.persistence.claim;

import id.ngopeni.domain.claim.AccidentDetails;
import id.ngopeni.domain.claim.Claim;
import id.ngopeni.domain.claim.DocumentKind;
import id.ngopeni.domain.claim.Eligibility;
import id.ngopeni.domain.claim.Entitlement;
import id.ngopeni.domain.money.Rupiah;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A claim as filed: the domain {@link Claim} (status, version) with what was computed and
 * recorded when it was filed, and the kelurahan (for field-officer scope) and name of its worker.
 *
 * @param workerName the worker's name as registered now; {@code null} on a claim about to be inserted
 * @param medicalCosts documented costs of a JKK medical claim, else {@code null}
 * @param progress the hand-over to BPJS and what BPJS paid
 * @param accident the incapacity or disability facts of a JKK_INCAPACITY or JKK_DISABILITY
 *     claim, else {@code null}
 * @param number its number for people, {@code KLM-2026-000123} (assigned by the database at
 *     insert, V53); {@code null} on a claim about to be inserted
 */
public record StoredClaim(
    Claim claim,
    String kelurahanCode,
    String workerName,
    String description,
    Rupiah medicalCosts,
    boolean trafficAccident,
    Eligibility eligibility,
    Entitlement entitlement,
    List<DocumentKind> requiredDocuments,
    UUID createdBy,
    Instant createdAt,
    UUID decidedBy,
    CaseProgress progress,
    AccidentDetails accident,
    String number) {

  public StoredClaim {
    requiredDocuments = List.copyOf(requiredDocuments);
    java.util.Objects.requireNonNull(progress, "progress");
  }

  /** A claim not yet followed with BPJS (just filed), without accident details. */
  public StoredClaim(Claim claim, String kelurahanCode, String workerName, String description, Rupiah medicalCosts,
      boolean trafficAccident, Eligibility eligibility, Entitlement entitlement, List<DocumentKind> requiredDocuments,
      UUID createdBy, Instant createdAt, UUID decidedBy) {
    this(claim, kelurahanCode, workerName, description, medicalCosts, trafficAccident, eligibility, entitlement,
        requiredDocuments, createdBy, createdAt, decidedBy, CaseProgress.NONE, null, null);
  }

  public UUID id() {
    return claim.id();
  }
}
