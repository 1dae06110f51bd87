package id.ngopeni.persistence.auth;

import id.ngopeni.domain.user.LoginThrottlePolicy;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.Optional;

/**
 * Failed-login counting in PostgreSQL, so a lockout holds across every instance. Each change
 * is one atomic statement (no read-then-write), and time is the database's {@code now()}.
 */
public final class LoginThrottleRepository {

  private static final String REMAINING_LOCK =
      """
      SELECT ceil(extract(epoch FROM locked_until - now()))::bigint AS seconds
      FROM login_throttle WHERE username = $1 AND locked_until > now()
      """;

  /** The count after this failure: it restarts when the last failure is old or a lock ran out. */
  private static final String NEXT_COUNT =
      "CASE WHEN t.last_failure_at < now() - make_interval(secs => $3) OR t.locked_until <= now()"
          + " THEN 1 ELSE t.failures + 1 END";

  /** Counts one failure; reaching the limit locks the username. One atomic statement. */
  private static final String RECORD_FAILURE =
      """
      INSERT INTO login_throttle AS t (username, failures, last_failure_at, locked_until)
      VALUES ($1, 1, now(), CASE WHEN 1 >= $2 THEN now() + make_interval(secs => $4) END)
      ON CONFLICT (username) DO UPDATE SET
        failures = %1$s,
        last_failure_at = now(),
        locked_until = CASE WHEN %1$s >= $2 THEN now() + make_interval(secs => $4) END
      RETURNING failures
      """
          .formatted(NEXT_COUNT);

  private static final String CLEAR = "DELETE FROM login_throttle WHERE username = $1";

  /** How long the username stays locked, if it is locked now. */
  public Future<Optional<Duration>> remainingLock(SqlClient db, String username) {
    return db.preparedQuery(REMAINING_LOCK)
        .execute(Tuple.of(username))
        .map(
            rows ->
                rows.size() == 0
                    ? Optional.empty()
                    : Optional.of(Duration.ofSeconds(Math.max(1, rows.iterator().next().getLong("seconds")))));
  }

  /** @return the number of consecutive failures including this one */
  public Future<Integer> recordFailure(SqlClient db, String username, LoginThrottlePolicy policy) {
    return db.preparedQuery(RECORD_FAILURE)
        .execute(
            Tuple.of(
                username,
                policy.maxFailures(),
                (double) policy.window().toSeconds(),
                (double) policy.lockout().toSeconds()))
        .map(rows -> rows.iterator().next().getInteger("failures"));
  }

  public Future<Void> clear(SqlClient db, String username) {
    return db.preparedQuery(CLEAR).execute(Tuple.of(username)).mapEmpty();
  }
}
