package id.ngopeni.domain.problem;

/**
 * Error codes of DTSEN targeting: the decile import's row errors and the eligibility policy.
 * Part of the catalogue ({@link ErrorCode}); status, kinds and message in {@code error-codes.tsv}.
 */
public enum DtsenError implements ErrorCode {
  DECILE_INVALID, NIK_REPEATED, EXTRACT_DATE_IN_FUTURE, DECILE_NOT_ELIGIBLE, MAX_DECILE_INVALID,
  EXTRACT_FORMAT_UNKNOWN;

  @Override public Spec spec() { return ErrorCatalogue.spec(this); }

  @Override public String toString() { return code(); }
}
