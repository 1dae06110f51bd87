package id.ngopeni.domain.bpjs;

import id.ngopeni.domain.problem.BpjsError;
import id.ngopeni.domain.problem.Violations;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a recorded death does to the bill: the membership ends at the end of the month of death
 * (BPJS bills that month and no later one); a premium paid for a later month is refunded by BPJS
 * to the body that paid it, and a later month not yet paid is taken off its invoice.
 */
public final class Deaths {
  private Deaths() {}

  public static void validate(LocalDate deathDate, LocalDate today, Violations violations) {
    if (deathDate != null && deathDate.isAfter(today)) {
      violations.add("deathDate", BpjsError.DEATH_IN_FUTURE);
    }
  }

  /** The last day covered: the end of the month of death (never before the membership began). */
  public static LocalDate membershipEnd(LocalDate deathDate, LocalDate startDate) {
    LocalDate end = YearMonth.from(deathDate).atEndOfMonth();
    return end.isBefore(startDate) ? startDate : end;
  }

  /** The first month no longer billed. */
  public static YearMonth firstUnbilledMonth(LocalDate deathDate) {
    return YearMonth.from(deathDate).plusMonths(1);
  }
}
