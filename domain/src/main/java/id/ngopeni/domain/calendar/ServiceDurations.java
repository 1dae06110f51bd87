package id.ngopeni.domain.calendar;

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

  /** The duration in force on {@code day}, or empty if none was configured yet. */
  public Optional<ServiceDuration> inForce(ServiceClock clock, LocalDate day) {
    return rows.stream()
        .filter(r -> r.clock() == clock && !r.validFrom().isAfter(day))
        .max(Comparator.comparing(ServiceDuration::validFrom));
  }
}
