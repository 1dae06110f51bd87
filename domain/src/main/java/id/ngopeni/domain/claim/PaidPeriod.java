package id.ngopeni.domain.claim;

import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.ClaimError;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Cover follows the paid protection period (DOMAIN.md, Contributions; BPJS Perdir
 * 22/PERDIR.02/072022 §12): an incident in a month not (yet) paid is covered only once that
 * month and the unpaid months before it are paid; arrears can be paid at most 3 months back;
 * after more than 3 consecutive unpaid months the membership and its protection are inactive.
 */
final class PaidPeriod {
  /** A membership lapses after more than this many consecutive unpaid months. */
  static final int LAPSE_AFTER_MONTHS = 3;
  /** Arrears may be paid at most this many months back from the month of payment. */
  static final int PAY_BACK_MONTHS = 3;

  private PaidPeriod() {}

  /**
   * The unbroken run of unpaid months that ends with the incident month, or {@code null} when
   * the incident month is paid. It is payable when the membership had not lapsed before the
   * incident month and its first month is at most 3 months before today's month.
   */
  static Arrears arrears(CoverageFacts coverage, LocalDate incidentDate, LocalDate today) {
    YearMonth month = YearMonth.from(incidentDate);
    if (coverage.isPaid(month)) {
      return null;
    }
    YearMonth from = month;
    Rupiah owed = coverage.unpaidMonths().get(month);
    while (!coverage.isPaid(from.minusMonths(1))) {
      from = from.minusMonths(1);
      owed = owed.plus(coverage.unpaidMonths().get(from));
    }
    boolean lapsedBefore = from.until(month, java.time.temporal.ChronoUnit.MONTHS) > LAPSE_AFTER_MONTHS;
    boolean inReach = !from.isBefore(YearMonth.from(today).minusMonths(PAY_BACK_MONTHS));
    return new Arrears(from, month, owed, !lapsedBefore && inReach);
  }

  static Reason reason(Arrears arrears, LocalDate incidentDate) {
    String months = arrears.from().equals(arrears.to())
        ? arrears.from().toString()
        : arrears.from() + ".." + arrears.to();
    if (arrears.payable()) {
      return new Reason(ClaimError.CONTRIBUTION_ARREARS,
          "The incident month is not paid: covered once the contributions for " + months
              + " (" + arrears.amount() + ") are paid, at most " + PAY_BACK_MONTHS + " months back.");
    }
    YearMonth month = YearMonth.from(incidentDate);
    long before = arrears.from().until(month, java.time.temporal.ChronoUnit.MONTHS);
    return new Reason(ClaimError.MEMBERSHIP_LAPSED, before > LAPSE_AFTER_MONTHS
        ? "Contributions for " + before + " consecutive months before the incident were not paid: the membership"
            + " was inactive on the incident date."
        : "The contributions for " + months + " can no longer be paid (at most " + PAY_BACK_MONTHS
            + " months back): the incident is not covered.");
  }
}
