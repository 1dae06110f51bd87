package id.ngopeni.domain.problem;

/**
 * Error codes of personal data protection: reveals with a purpose, full exports, the access log,
 * retention and the breach register.
 * Part of the catalogue ({@link ErrorCode}); status, kinds and message in {@code error-codes.tsv}.
 */
public enum PrivacyError implements ErrorCode {
  PURPOSE_REQUIRED, PURPOSE_INVALID, REVEAL_NOT_ALLOWED, FULL_EXPORT_NOT_ALLOWED, ACCESS_PERIOD_INVALID,
  // Retention and the breach register (issue 17, items 5 and 6).
  RETENTION_RUNNING, BREACH_NOT_FOUND, BREACH_SOURCE_REQUIRED, BREACH_PERIOD_INVALID, BREACH_IP_INVALID,
  BREACH_ALREADY_NOTIFIED, BREACH_NOTIFIED_BEFORE_DISCOVERY;

  @Override public Spec spec() { return ErrorCatalogue.spec(this); }

  @Override public String toString() { return code(); }
}
