package id.ngopeni.domain.calendar;

import id.ngopeni.domain.problem.CaseError;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The effective-dated durations of the service clocks: the row in force on the day a clock
 * starts is the one it keeps, so a later change never moves a deadline already running.
 */
public record ServiceDurations(List<ServiceDuration> rows) {
  /** What the regulations say today: JKM 3 working days, JKK 7, accident report 48 hours. */
  public static final ServiceDurations STATUTORY = new ServiceDurations(List.of(
      new ServiceDuration(ServiceClock.JKM_PAYMENT, LocalDate.of(2015, 7, 1), 3),
      new ServiceDuration(ServiceClock.JKK_PAYMENT, LocalDate.of(2015, 7, 1), 7),
      new ServiceDuration(ServiceClock.ACCIDENT_REPORT, LocalDate.of(2015, 7, 1), 48)));

  public ServiceDurations {
    rows = List.copyOf(rows);
  }

  /** A duration is at most this many working days or hours (a year of days; more is a typo). */
  public static final int MAX_AMOUNT = 365;

  /**
   * Checks a new row before an ADMIN adds it: a duration of 1 to {@link #MAX_AMOUNT}, taking
   * effect today or later (a clock keeps the row in force on its start day, so a row dated in the
   * past would move deadlines already running), and no other row of the clock on that day.
   *
   * @throws Invalid {@code amount} / {@code duration_invalid}, {@code validFrom} / {@code
   *     duration_date_in_past}
   * @throws Conflict {@code duration_exists}
   */
  public void checkNew(Violations violations, ServiceClock clock, LocalDate validFrom, Long amount, LocalDate today) {
    if (amount != null && (amount < 1 || amount > MAX_AMOUNT)) {
      violations.add("amount", CaseError.DURATION_INVALID);
    }
    if (validFrom != null && validFrom.isBefore(today)) {
      violations.add("validFrom", CaseError.DURATION_DATE_IN_PAST);
    }
    violations.throwIfAny();
    if (rows.stream().anyMatch(r -> r.clock() == clock && r.validFrom().equals(validFrom))) {
      throw new Conflict(CaseError.DURATION_EXISTS);
    }
  }

  /** The duration in force on {@code day}, or empty if none was configured yet. */
  public Optional<ServiceDuration> inForce(ServiceClock clock, LocalDate day) {
    return rows.stream()
        .filter(r -> r.clock() == clock && !r.validFrom().isAfter(day))
        .max(Comparator.comparing(ServiceDuration::validFrom));
  }
}
