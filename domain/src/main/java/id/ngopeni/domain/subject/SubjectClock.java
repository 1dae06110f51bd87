package id.ngopeni.domain.subject;

import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Invalid;
import java.time.Duration;
import java.time.Instant;

/**
 * The clock of a data subject's request: UU 27/2022 gives the controller 3 × 24 hours from
 * receiving the request to restrict processing (Pasal 41 ayat 1) and to correct the data
 * (Pasal 30). Counted in hours from the moment the person asked, not in working days: the law
 * says "3 x 24 (tiga kali dua puluh empat) jam".
 */
public final class SubjectClock {
  /** 3 × 24 hours. */
  public static final Duration ANSWER_WITHIN = Duration.ofHours(72);
  /** A request time this far ahead of the server's clock is still accepted (clocks of phones drift). */
  static final Duration SKEW = Duration.ofMinutes(5);

  private SubjectClock() {}

  /** When the request must be answered. */
  public static Instant dueBy(Instant requestedAt) {
    return requestedAt.plus(ANSWER_WITHIN);
  }

  /** Whether an unanswered request is past its clock at {@code now}. */
  public static boolean overdue(Instant dueBy, Instant now) {
    return now.isAfter(dueBy);
  }

  /**
   * When the person asked: {@code requestedAt}, or {@code now} when not given; a time in the
   * future is refused (422 {@code in_future} on {@code requestedAt}).
   */
  public static Instant requestedAt(Instant requestedAt, Instant now) {
    if (requestedAt == null) {
      return now;
    }
    if (requestedAt.isAfter(now.plus(SKEW))) {
      throw Invalid.of("requestedAt", HttpError.IN_FUTURE, "The person cannot have asked in the future.");
    }
    return requestedAt;
  }
}
