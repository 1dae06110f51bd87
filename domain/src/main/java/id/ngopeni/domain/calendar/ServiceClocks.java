package id.ngopeni.domain.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Reads a service clock: due day, state and lateness. Pure. */
public final class ServiceClocks {
  private ServiceClocks() {}

  /**
   * A clock counted in working days from {@code start}: due {@code duration} working days after
   * it (the start day does not count). Stopped on the due day is in time.
   *
   * @param stoppedOn when it stopped, or {@code null} while it runs
   * @param today in Asia/Jakarta
   */
  public static ClockReading workingDays(ServiceClock clock, int duration, WorkingDayCalendar calendar,
      LocalDate start, LocalDate stoppedOn, LocalDate today) {
    LocalDate due = calendar.plusWorkingDays(start, duration);
    LocalDate end = stoppedOn != null ? stoppedOn : today;
    int late = calendar.workingDaysAfter(due, end);
    boolean overTime = end.isAfter(due) && late > 0;
    ClockReading.State state = stoppedOn != null
        ? (overTime ? ClockReading.State.MET_LATE : ClockReading.State.MET)
        : (overTime ? ClockReading.State.OVERDUE : ClockReading.State.RUNNING);
    return new ClockReading(clock, duration, start, due, null, stoppedOn, state, late,
        calendar.covers(start, due));
  }

  /**
   * A clock counted in hours from an incident known only by its date: the incident counts as
   * at the end of that day (the reporter gets the benefit of the doubt), so a 2 × 24 hour clock
   * for an accident on Monday runs out at the end of Wednesday, weekends and holidays included.
   *
   * @param stoppedAt when it stopped (accident reported), or {@code null} while it runs
   */
  public static ClockReading hoursFromDay(ServiceClock clock, int hours, LocalDate incidentDay, ZoneId zone,
      Instant stoppedAt, Instant now) {
    Instant start = incidentDay.plusDays(1).atStartOfDay(zone).toInstant();
    Instant dueAt = start.plus(Duration.ofHours(hours));
    Instant end = stoppedAt != null ? stoppedAt : now;
    boolean overTime = end.isAfter(dueAt);
    long late = overTime ? ceilHours(Duration.between(dueAt, end)) : 0;
    ClockReading.State state = stoppedAt != null
        ? (overTime ? ClockReading.State.MET_LATE : ClockReading.State.MET)
        : (overTime ? ClockReading.State.OVERDUE : ClockReading.State.RUNNING);
    LocalDate dueOn = dueAt.minusNanos(1).atZone(zone).toLocalDate();
    LocalDate stoppedOn = stoppedAt == null ? null : stoppedAt.atZone(zone).toLocalDate();
    return new ClockReading(clock, hours, incidentDay, dueOn, dueAt, stoppedOn, state, late, true);
  }

  private static long ceilHours(Duration d) {
    long hours = d.toHours();
    return d.equals(Duration.ofHours(hours)) ? hours : hours + 1;
  }
}
