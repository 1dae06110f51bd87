package id.ngopeni.domain.problem;

import static id.ngopeni.domain.problem.ErrorKind.FIELD;
import static id.ngopeni.domain.problem.ErrorKind.PROBLEM;

/** Error codes of memberships, coverage baselines, tariffs, budgets and invoices; part of the catalogue ({@link ErrorCode}). */
public enum MoneyError implements ErrorCode {
  MEMBERSHIP_NOT_FOUND("membership_not_found", 404, "No such membership.", PROBLEM),
  MEMBERSHIP_ACTIVE("membership_active", 409, "The worker already has an active membership.", PROBLEM),
  MEMBERSHIP_NOT_ACTIVE("membership_not_active", 409, "The membership was changed or ended meanwhile.", PROBLEM),
  PROGRAMS_REQUIRED("programs_required", 422, "JKK and JKM are both required.", FIELD),
  PROGRAM_UNKNOWN("program_unknown", 422, "Only JKK, JKM and JHT can be chosen.", FIELD),
  INCOME_OUT_OF_RANGE("income_out_of_range", 422, "The declared income is out of range.", FIELD),
  START_TOO_FAR_AHEAD("start_too_far_ahead", 422, "The start date lies too far ahead.", FIELD),
  END_BEFORE_START("end_before_start", 422, "The end date cannot lie before the start date.", FIELD),
  REGION_NOT_FOUND("region_not_found", 404, "No such region or year.", PROBLEM),
  YEAR_INVALID("year_invalid", 422, "Must be a year from 2000 to 2200.", FIELD),
  ABOVE_WORKFORCE("above_workforce", 422, "Cannot exceed the workforce.", FIELD),
  TARIFF_MISSING("tariff_missing", 409, "No tariff is in force for this month.", PROBLEM),
  TARIFF_OVERLAP("tariff_overlap", 422,
      "Another tariff for the same programme and funding source covers part of this period.", PROBLEM, FIELD),
  NOT_MONTH_START("not_month_start", 422, "A tariff starts on the 1st of a month.", FIELD),
  NOT_MONTH_END("not_month_end", 422, "A tariff ends on the last day of a month.", FIELD),
  BEFORE_VALID_FROM("before_valid_from", 422, "The period ends before it starts.", FIELD),
  RATE_OR_FLAT("rate_or_flat", 422, "Give either rateBasisPoints or flatAmount.", FIELD),
  NOT_FOR_FLAT("not_for_flat", 422, "A flat amount has no minimum or maximum.", FIELD),
  MIN_ABOVE_MAX("min_above_max", 422, "The minimum is above the maximum.", FIELD),
  BUDGET_NOT_FOUND("budget_not_found", 404, "No such budget year.", PROBLEM),
  FUNDING_SOURCE_NOT_FOUND("funding_source_not_found", 404, "No such funding source.", PROBLEM),
  BUDGET_EXCEEDED("budget_exceeded", 422,
      "What is left of this funding source's budget this year cannot carry the premium to December.", PROBLEM, FIELD),
  INVOICE_NOT_FOUND("invoice_not_found", 404, "No such invoice.", PROBLEM),
  INVOICE_ALREADY_PAID("invoice_already_paid", 409, "The invoice is already paid.", PROBLEM),
  PERIOD_INVALID("period_invalid", 422, "Must be a month as YYYY-MM.", FIELD),
  PERIOD_TOO_FAR_AHEAD("period_too_far_ahead", 422, "Invoices can be generated up to next month.", FIELD);

  private final Spec spec;

  MoneyError(String code, int status, String message, ErrorKind first, ErrorKind... more) {
    this.spec = new Spec(code, status, message, first, more);
  }

  @Override
  public Spec spec() {
    return spec;
  }

  @Override
  public String toString() {
    return spec.code();
  }
}
