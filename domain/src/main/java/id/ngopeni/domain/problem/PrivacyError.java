package id.ngopeni.domain.problem;

/**
 * Error codes of personal data protection: reveals with a purpose, full exports, the access log.
 * Part of the catalogue ({@link ErrorCode}); status, kinds and message in {@code error-codes.tsv}.
 */
public enum PrivacyError implements ErrorCode {
  PURPOSE_REQUIRED, PURPOSE_INVALID, REVEAL_NOT_ALLOWED, FULL_EXPORT_NOT_ALLOWED, ACCESS_PERIOD_INVALID;

  @Override public Spec spec() { return ErrorCatalogue.spec(this); }

  @Override public String toString() { return code(); }
}
