package id.ngopeni.domain.problem;

/**
 * Error codes of the recipient decree: its header, the changes during the year under four eyes,
 * the yearly re-verification and the enrolment check against the decree's cohort.
 * Part of the catalogue ({@link ErrorCode}); status, kinds and message in {@code error-codes.tsv}.
 */
public enum DecreeError implements ErrorCode {
  DECREE_NOT_FOUND, DECREE_EXISTS, DECREE_YEAR_CLOSED, DECREE_BASIS_INVALID, DECREE_CHANGE_NOT_FOUND,
  DECREE_REASON_INVALID, DECREE_CHANGE_PENDING, DECREE_CHANGE_ALREADY_DECIDED, DECREE_SELF_APPROVAL_FORBIDDEN,
  DECREE_MEMBER_EXISTS, DECREE_MEMBER_MISSING, DECREE_MEMBERSHIP_REQUIRED, REVERIFICATION_NOT_FOUND,
  REVERIFICATION_MISMATCH;

  @Override public Spec spec() { return ErrorCatalogue.spec(this); }

  @Override public String toString() { return code(); }
}
