package id.ngopeni.domain.problem;

/**
 * Error codes of the BPJS side: participant numbers (KPJ), the registration hand-over and BPJS's
 * files (bpjs). Part of the catalogue ({@link ErrorCode}): each code's wire name is its constant's
 * name in lower case; its status, kinds and English message are in {@code error-codes.tsv}.
 */
public enum BpjsError implements ErrorCode {
  BPJS_FILE_REJECTED, BPJS_FILE_EMPTY, BPJS_FILE_TOO_LARGE, BPJS_FORMAT_UNSUPPORTED, BPJS_COLUMN_MISSING,
  BPJS_COLUMN_REPEATED, KPJ_INVALID, KPJ_TAKEN, KPJ_CONFLICT, NIK_INVALID_IN_FILE, REFERENCE_INVALID,
  PARTICIPANT_UNKNOWN, PARTICIPANT_MISMATCH, PARTICIPANT_REPEATED, ANSWER_REQUIRED, ANSWER_AMBIGUOUS,
  REFUSAL_TOO_LONG, BILL_AMOUNT_INVALID, BILL_STATUS_INVALID, BILL_DATE_INVALID, BILL_OTHER_COVERAGE_INVALID,
  RECONCILIATION_EXISTS, BILL_OF_ANOTHER_MONTH, RECONCILIATION_NOT_FOUND, DIFFERENCE_NOT_FOUND, DIFFERENCE_RESOLVED,
  NO_MEMBERSHIP_TO_END, DEATH_IN_FUTURE, DEATH_DATE_CONFLICT, REFUND_NOT_FOUND, REFUND_ALREADY_RECEIVED,
  RECEIVED_IN_FUTURE;

  @Override public Spec spec() { return ErrorCatalogue.spec(this); }

  @Override public String toString() { return code(); }
}
