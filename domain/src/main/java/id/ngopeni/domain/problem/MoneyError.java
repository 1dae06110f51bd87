package id.ngopeni.domain.problem;

/**
 * Error codes of memberships, coverage baselines, tariffs, budgets and invoices.
 * Part of the catalogue ({@link ErrorCode}): each code's wire name is its constant's name in lower
 * case; its status, kinds and English message are in {@code error-codes.tsv} beside this class.
 */
public enum MoneyError implements ErrorCode {
  MEMBERSHIP_NOT_FOUND, MEMBERSHIP_ACTIVE, MEMBERSHIP_NOT_ACTIVE, PROGRAMS_REQUIRED, PROGRAM_UNKNOWN,
  INCOME_OUT_OF_RANGE, START_TOO_FAR_AHEAD, END_BEFORE_START, REGION_NOT_FOUND, YEAR_INVALID, ABOVE_WORKFORCE,
  TARIFF_MISSING, TARIFF_OVERLAP, NOT_MONTH_START, NOT_MONTH_END, BEFORE_VALID_FROM, RATE_OR_FLAT, NOT_FOR_FLAT,
  MIN_ABOVE_MAX, BUDGET_NOT_FOUND, FUNDING_SOURCE_NOT_FOUND, BUDGET_EXCEEDED, INVOICE_NOT_FOUND,
  INVOICE_RUN_NOT_FOUND, INVOICE_ALREADY_PAID, PERIOD_INVALID, PERIOD_TOO_FAR_AHEAD, MONTHS_OUT_OF_RANGE;

  @Override public Spec spec() { return ErrorCatalogue.spec(this); }

  @Override public String toString() { return code(); }
}
