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
  // Cases the city assists (issue 14): hand-over to BPJS, BPJS's answer, clocks and the holiday calendar.
  CLAIM_NOT_COMPLETE, CLAIM_NOT_HANDED_OVER, AMOUNT_REQUIRED, AMOUNT_NEGATIVE, AMOUNT_ABOVE_EXPECTED,
  PAID_LINE_UNKNOWN, PAID_LINES_MISMATCH, PAYEE_REQUIRED, PAYEE_NOT_HEIR, REFUSAL_WITH_AMOUNT, DATE_IN_FUTURE,
  DATE_BEFORE_HANDOVER, DATE_BEFORE_INCIDENT, ACCIDENT_REPORT_NOT_JKK, ACCIDENT_ALREADY_REPORTED,
  HOLIDAY_YEAR_INVALID, HOLIDAY_OUTSIDE_YEAR, HOLIDAY_DUPLICATE, HOLIDAY_NAME_REQUIRED;

  @Override public Spec spec() { return ErrorCatalogue.spec(this); }

  @Override public String toString() { return code(); }
}
