package id.ngopeni.domain.privacy;

import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.PrivacyError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A period of the access log in whole Jakarta days, {@code from} to {@code to} inclusive, at most
 * {@link #MAX_DAYS} days: the unit an auditor asks in and the unusual-pattern rule counts in.
 */
public record AccessPeriod(LocalDate from, LocalDate to) {
  public static final int MAX_DAYS = 366;

  /** Refuses (422 {@code access_period_invalid} on {@code to}) a period ending before it starts or too long. */
  public AccessPeriod {
    if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw Invalid.of("to", PrivacyError.ACCESS_PERIOD_INVALID);
    }
  }

  /** The first instant of {@code from} in Jakarta. */
  public Instant start() {
    return from.atStartOfDay(Jakarta.ZONE).toInstant();
  }

  /** The first instant after {@code to} in Jakarta. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(Jakarta.ZONE).toInstant();
  }
}
