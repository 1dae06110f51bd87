package id.ngopeni.domain.problem;

/**
 * Error codes of claims, eligibility and documents (claim).
 * Part of the catalogue ({@link ErrorCode}): each code's wire name is its constant's name in lower
 * case; its status, kinds and English message are in {@code error-codes.tsv} beside this class.
 */
public enum ClaimError implements ErrorCode {
  CLAIM_NOT_FOUND, DOCUMENT_NOT_FOUND, DEATH_ALREADY_CLAIMED, CLAIM_CHANGED, CLAIM_CLOSED, CLAIM_HAS_PAYOUTS,
  CLAIM_NOT_SUBMITTED, CLAIM_ALREADY_DECIDED, CLAIM_NOT_ELIGIBLE, DOCUMENTS_MISSING, DOCUMENT_MISSING,
  FILE_TOO_LARGE, FILE_TYPE_UNSUPPORTED, FILE_DUPLICATE, DESCRIPTION_TOO_LONG, MEDICAL_COSTS_REQUIRED,
  MEDICAL_COSTS_NOT_POSITIVE, REASON_REQUIRED, REASON_TOO_LONG, INCIDENT_IN_FUTURE, NO_ACTIVE_MEMBERSHIP,
  PROGRAM_NOT_COVERED, ALREADY_CLAIMED_DEATH, CLAIM_DEADLINE_PASSED,
  CONTRIBUTION_ARREARS, MEMBERSHIP_LAPSED;

  @Override public Spec spec() { return ErrorCatalogue.spec(this); }

  @Override public String toString() { return code(); }
}
