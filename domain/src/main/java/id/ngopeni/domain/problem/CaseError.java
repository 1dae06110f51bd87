package id.ngopeni.domain.problem;

/**
 * Error codes of following a case to its end (issue 14): the facts of a JKK incapacity or
 * disability claim, closing a flagged case's follow-up, and the service clocks' durations.
 * Part of the catalogue ({@link ErrorCode}); status, kinds and message in {@code error-codes.tsv}.
 */
public enum CaseError implements ErrorCode {
  FACT_NOT_FOR_TYPE, INCAPACITY_BEFORE_INCIDENT, INCAPACITY_PERIOD_ORDER, DISABILITY_REQUIRED,
  DISABILITY_TOTAL_AND_PARTIAL, DISABILITY_CODE_UNKNOWN, FUNCTION_LOST_INVALID, FOLLOW_UP_NOT_OPEN,
  OUTCOME_NOT_FOR_FLAGS, DURATION_INVALID, DURATION_DATE_IN_PAST, DURATION_EXISTS;

  @Override public Spec spec() { return ErrorCatalogue.spec(this); }

  @Override public String toString() { return code(); }
}
