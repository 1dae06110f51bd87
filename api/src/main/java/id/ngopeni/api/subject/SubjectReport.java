package id.ngopeni.api.subject;

import id.ngopeni.domain.heir.Heir;
import id.ngopeni.persistence.claim.StoredClaim;
import id.ngopeni.persistence.claim.StoredDocument;
import id.ngopeni.persistence.dtsen.WorkerDecile;
import id.ngopeni.persistence.membership.StoredMembership;
import id.ngopeni.persistence.payout.StoredPayout;
import id.ngopeni.persistence.privacy.AccessRecord;
import id.ngopeni.persistence.subject.StoredCorrection;
import id.ngopeni.persistence.subject.StoredRestriction;
import id.ngopeni.persistence.subject.SubjectDecree;
import id.ngopeni.persistence.subject.SubjectInvoiceLine;
import id.ngopeni.persistence.worker.StoredWorker;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything Ngopeni holds on one person (UU 27/2022, Pasal 7 and 32: the right to access and to
 * a copy, with the record of processing): their registry data in full, heirs, memberships, the
 * premium invoice lines that name them, claims with their cases and documents (metadata only), santunan payouts, DTSEN decile, recipient
 * decrees, their own requests, and who read their data. {@code StoredWorker} holds the NIK:
 * never log this record.
 *
 * @param accessLog who read the person's data, newest first, at most {@link SubjectReportService#ACCESS_ROWS}
 * @param accessLogTruncated whether older rows exist beyond those
 */
record SubjectReport(Instant generatedAt, String generatedBy, String generatedByRole, StoredWorker worker,
    Optional<WorkerDecile> decile, List<Heir> heirs, List<StoredMembership> memberships,
    List<SubjectInvoiceLine> invoiceLines, List<ClaimFile> claims,
    List<StoredPayout> payouts, List<SubjectDecree> decrees, List<StoredRestriction> restrictions,
    List<StoredCorrection> corrections, List<AccessRecord> accessLog, boolean accessLogTruncated) {

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
