package id.ngopeni.domain.problem;

/**
 * Error codes of the printed reports and of reading the audit trail: periods, months, file sizes
 * and filters. Part of the catalogue ({@link ErrorCode}); status, kinds and message in
 * {@code error-codes.tsv}.
 */
public enum ReportError implements ErrorCode {
  REPORT_PERIOD_INVALID, REPORT_MONTH_INVALID, REPORT_TOO_LARGE, AUDIT_ACTION_INVALID;

  @Override public Spec spec() { return ErrorCatalogue.spec(this); }

  @Override public String toString() { return code(); }
}
