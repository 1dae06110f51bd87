package id.ngopeni.api.subject;

import id.ngopeni.domain.heir.Heir;
import id.ngopeni.persistence.audit.AuditRow;
import id.ngopeni.persistence.claim.StoredClaim;
import id.ngopeni.persistence.claim.StoredDocument;
import id.ngopeni.persistence.dtsen.WorkerDecile;
import id.ngopeni.persistence.membership.StoredMembership;
import id.ngopeni.persistence.payout.StoredPayout;
import id.ngopeni.persistence.privacy.AccessRecord;
import id.ngopeni.persistence.subject.StoredCorrection;
import id.ngopeni.persistence.subject.StoredRestriction;
import id.ngopeni.persistence.subject.SubjectBenefits;
import id.ngopeni.persistence.subject.SubjectDecree;
import id.ngopeni.persistence.subject.SubjectInvoiceLine;
import id.ngopeni.persistence.subject.SubjectRegistryHistory;
import id.ngopeni.persistence.worker.StoredWorker;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything Ngopeni holds on one person (UU 27/2022, Pasal 7 and 32: the right to access and to
 * a copy, with the record of processing): their registry data in full, heirs, memberships, the
 * premium invoice lines that name them, BPJS reconciliation differences and refunds, claims with
 * their cases and documents (metadata only), santunan events and payouts, a recorded death, DTSEN
 * decile, recipient decrees with the changes and re-verifications naming them, duplicate reviews
 * and removal of their registration, their own requests, who changed their record (the audit
 * trail's entries on it) and who read their data. {@code StoredWorker} holds the NIK: never log
 * this record.
 *
 * @param auditTrail the audit entries whose entity is the person's record, newest first, at most
 *     {@link SubjectReportService#AUDIT_ROWS}: what was done and by whom; their before and after
 *     states are not shown (a worker edit's may name heirs, who are other people)
 * @param auditTrailTruncated whether older entries exist beyond those
 * @param accessLog who read the person's data, newest first, at most {@link SubjectReportService#ACCESS_ROWS}
 * @param accessLogTruncated whether older rows exist beyond those
 */
record SubjectReport(Instant generatedAt, String generatedBy, String generatedByRole, StoredWorker worker,
    Optional<WorkerDecile> decile, List<Heir> heirs, List<StoredMembership> memberships,
    List<SubjectInvoiceLine> invoiceLines, List<ClaimFile> claims,
    List<StoredPayout> payouts, List<SubjectDecree> decrees, SubjectBenefits benefits, SubjectRegistryHistory registry,
    List<StoredRestriction> restrictions, List<StoredCorrection> corrections, List<AuditRow> auditTrail,
    boolean auditTrailTruncated, List<AccessRecord> accessLog, boolean accessLogTruncated) {

  /** A claim with the documents uploaded for it. */
  record ClaimFile(StoredClaim claim, List<StoredDocument> documents) {}

  /** Whether a restriction is in force now. */
  boolean restricted() {
    return restrictions.stream().anyMatch(r -> r.restriction().status() == id.ngopeni.domain.subject.RestrictionStatus.APPLIED);
  }

  @Override
  public String toString() {
    return "SubjectReport[worker=" + worker.id() + "]";
  }
}
