package id.ngopeni.domain.invoice;

import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.Violations;
import java.time.LocalDate;
import java.time.YearMonth;

/** The rules for generating and paying monthly premium invoices. */
public final class PremiumInvoices {
  /** The longest payment reference a transfer carries. */
  public static final int MAX_REFERENCE = 100;

  private PremiumInvoices() {}

  /** Invoices can be generated up to next month, never further ahead. */
  public static YearMonth latestPeriod(LocalDate today) {
    return YearMonth.from(today).plusMonths(1);
  }

  /** {@code period} / {@code period_too_far_ahead} when the period is beyond {@link #latestPeriod}. */
  public static Violations checkPeriod(YearMonth period, LocalDate today, Violations violations) {
    YearMonth latest = latestPeriod(today);
    if (period != null && period.isAfter(latest)) {
      violations.add(
          "period",
          MoneyError.PERIOD_TOO_FAR_AHEAD,
          "Invoices can be generated up to next month (" + latest + ").");
    }
    return violations;
  }

  /**
   * A payment carries a reference of at most {@value #MAX_REFERENCE} characters (surrounding
   * blanks do not count) and is not dated in the future.
   */
  public static Violations checkPayment(
      LocalDate paidAt, String reference, LocalDate today, Violations violations) {
    if (reference != null && reference.strip().length() > MAX_REFERENCE) {
      violations.add("reference", HttpError.TOO_LONG);
    }
    if (paidAt != null && paidAt.isAfter(today)) {
      violations.add("paidAt", HttpError.IN_FUTURE);
    }
    return violations;
  }
}
