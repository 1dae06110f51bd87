package id.ngopeni.persistence.db;

import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.Optional;

/**
 * SQLSTATE mapping at the edge of persistence. Repositories ask these questions instead of
 * reading codes themselves, and never pass the server's message (which may echo row values,
 * such as a NIK) on to the caller or the log.
 */
public final class PgErrors {
  public static final String UNIQUE_VIOLATION = "23505";
  public static final String FOREIGN_KEY_VIOLATION = "23503";
  public static final String CHECK_VIOLATION = "23514";
  public static final String SERIALIZATION_FAILURE = "40001";
  public static final String DEADLOCK_DETECTED = "40P01";

  private PgErrors() {}

  public static Optional<String> sqlState(Throwable t) {
    return t instanceof PgException pg ? Optional.ofNullable(pg.getSqlState()) : Optional.empty();
  }

  public static boolean isUniqueViolation(Throwable t, String constraint) {
    return t instanceof PgException pg
        && UNIQUE_VIOLATION.equals(pg.getSqlState())
        && constraint.equals(pg.getConstraint());
  }

  public static boolean isForeignKeyViolation(Throwable t) {
    return sqlState(t).filter(FOREIGN_KEY_VIOLATION::equals).isPresent();
  }

  /** Worth retrying the whole transaction. */
  public static boolean isRetryable(Throwable t) {
    return sqlState(t)
        .filter(s -> s.equals(SERIALIZATION_FAILURE) || s.equals(DEADLOCK_DETECTED))
        .isPresent();
  }

  /** The server is down, restarting or unreachable (class 08, 57P0x) or the socket broke. */
  public static boolean isUnavailable(Throwable t) {
    if (t instanceof DatabaseUnavailable
        || t instanceof ConnectException
        || t instanceof ClosedChannelException
        || t instanceof io.vertx.sqlclient.ClosedConnectionException
        || t instanceof java.util.concurrent.TimeoutException
        || t instanceof io.vertx.core.impl.NoStackTraceTimeoutException) {
      return true;
    }
    if (t.getCause() != null && t.getCause() != t) {
      return isUnavailable(t.getCause());
    }
    return sqlState(t).filter(s -> s.startsWith("08") || s.startsWith("57P0")).isPresent();
  }

  /** A description fit for a log line: class, SQLSTATE and constraint, never row values. */
  public static String describe(Throwable t) {
    if (t instanceof PgException pg) {
      return "PgException sqlstate=" + pg.getSqlState() + " constraint=" + pg.getConstraint();
    }
    return t.getClass().getName();
  }
}
