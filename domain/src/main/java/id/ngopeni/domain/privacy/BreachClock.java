package id.ngopeni.domain.privacy;

import java.time.Duration;
import java.time.Instant;

/**
 * The 3×24-hour clock of a breach (UU 27/2022 Pasal 46 ayat (1): written notice "paling lambat 3 x
 * 24 (tiga kali dua puluh empat) jam"), counted in hours from the moment it was discovered,
 * weekends and holidays included: the law counts hours, not working days.
 */
public record BreachClock(Instant discoveredAt) {
  public static final Duration DEADLINE = Duration.ofHours(72);

  /** Where one addressee's notice stands. */
  public enum State {
    /** Not notified yet, still in time. */
    PENDING,
    /** Not notified and the deadline has passed. */
    OVERDUE,
    /** Notified by the deadline. */
    ON_TIME,
    /** Notified, but after the deadline. */
    LATE
  }

  public Instant dueBy() {
    return discoveredAt.plus(DEADLINE);
  }

  /** Time left until the deadline at {@code now}; negative once it has passed. */
  public Duration remaining(Instant now) {
    return Duration.between(now, dueBy());
  }

  /** An addressee's state, given when they were notified (null: not yet). */
  public State state(Instant notifiedAt, Instant now) {
    if (notifiedAt != null) {
      return notifiedAt.isAfter(dueBy()) ? State.LATE : State.ON_TIME;
    }
    return now.isAfter(dueBy()) ? State.OVERDUE : State.PENDING;
  }
}
