package id.ngopeni.persistence.worker;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A worker's coverage as the {@code membership} table tells it: ACTIVE when an active membership
 * exists, LAPSED when the latest one lapsed, NONE otherwise (never enrolled, or the latest one
 * ENDED: an ended membership was closed on purpose, so the worker is simply not covered).
 * The membership fields are null for NONE.
 */
public record Coverage(Status status, UUID membershipId, String fundingSource, LocalDate startDate, LocalDate endDate) {
  public enum Status {
    ACTIVE,
    LAPSED,
    NONE
  }

  public static final Coverage NONE = new Coverage(Status.NONE, null, null, null, null);

  /** From the latest membership's status ({@code null} when there is none). */
  static Coverage of(String membershipStatus, UUID id, String source, LocalDate start, LocalDate end) {
    if ("ACTIVE".equals(membershipStatus)) {
      return new Coverage(Status.ACTIVE, id, source, start, end);
    }
    if ("LAPSED".equals(membershipStatus)) {
      return new Coverage(Status.LAPSED, id, source, start, end);
    }
    return NONE;
  }
}
