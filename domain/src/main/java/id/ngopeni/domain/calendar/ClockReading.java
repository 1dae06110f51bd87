package id.ngopeni.domain.calendar;

import id.ngopeni.domain.Components;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Where one service clock of a case stands.
 *
 * @param duration how long it runs (working days or hours, as {@link ServiceClock#unit()})
 * @param startedOn the day it started (hand-over date; incident date for the accident report)
 * @param dueOn the last day that is still in time
 * @param dueAt for an hours clock, the instant it runs out; {@code null} for working-day clocks
 * @param stoppedOn the day it stopped (BPJS answered, accident reported), or {@code null}
 * @param late how late it is or was: working days after {@code dueOn}, or whole hours after {@code dueAt}
 * @param calendarComplete whether every year the clock spans has a loaded holiday list; when
 *     not, the due day counts weekends only and may come too early
 */
public record ClockReading(
    ServiceClock clock,
    int duration,
    LocalDate startedOn,
    LocalDate dueOn,
    Instant dueAt,
    LocalDate stoppedOn,
    State state,
    long late,
    boolean calendarComplete) {

  public enum State {
    /** Running, still in time. */
    RUNNING,
    /** Stopped in time. */
    MET,
    /** Stopped, but after the deadline. */
    MET_LATE,
    /** Still running past the deadline: follow it up. */
    OVERDUE;

    public boolean isOverdue() {
      return this == OVERDUE;
    }
  }

  public ClockReading {
    Components.requireNonNull("clock startedOn dueOn state", clock, startedOn, dueOn, state);
  }
}
