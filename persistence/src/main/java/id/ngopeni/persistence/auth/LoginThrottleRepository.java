package id.ngopeni.persistence.auth;

import id.ngopeni.domain.user.LoginThrottlePolicy;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;

/**
 * Sign-in attempt counting in PostgreSQL, so the limits hold across every instance
 * ({@link LoginThrottlePolicy}). An attempt is RESERVED before the password is hashed: one
 * atomic INSERT … ON CONFLICT DO UPDATE … RETURNING counts it and says whether it may run, so
 * attempts sent in parallel queue on the row and only the allowed number get through. A refused
 * attempt changes nothing (it neither counts nor extends the lock). Time is the database's
 * {@code now()}; {@code last_failure_at = now()} in RETURNING tells a counted attempt (this
 * transaction's timestamp) from a refused one.
 */
public final class LoginThrottleRepository {

  /** Whether the attempt may run; if not, how long until it may. */
  public record Attempt(boolean allowed, Duration retryAfter) {
    static Attempt of(Row row) {
      boolean counted = row.getBoolean("counted");
      Long seconds = row.getLong("seconds");
      return new Attempt(counted, counted ? Duration.ZERO : Duration.ofSeconds(Math.max(1, seconds == null ? 1 : seconds)));
    }
  }

  /** The count after this attempt: it restarts when the last one is old or a lock ran out. */
  private static final String NEXT_COUNT =
      "CASE WHEN t.last_failure_at < now() - make_interval(secs => $%1$d) OR t.locked_until <= now()"
          + " THEN 1 ELSE t.failures + 1 END";

  /**
   * Counts an attempt for a key ($1…$k) unless it is locked; reaching the limit locks it (the
   * attempt that reaches it still runs). Parameters after the key: limit, window, lockout.
   */
  private static String reserve(String table, String keyColumns, int keys) {
    int limit = keys + 1;
    int window = keys + 2;
    int lockout = keys + 3;
    String values = java.util.stream.IntStream.rangeClosed(1, keys).mapToObj(i -> "$" + i)
        .collect(java.util.stream.Collectors.joining(", "));
    String next = NEXT_COUNT.formatted(window);
    return """
        INSERT INTO %1$s AS t (%2$s, failures, last_failure_at, locked_until)
        VALUES (%3$s, 1, now(), CASE WHEN 1 >= $%4$d THEN now() + make_interval(secs => $%6$d) END)
        ON CONFLICT (%2$s) DO UPDATE SET
          failures = CASE WHEN t.locked_until > now() THEN t.failures ELSE %7$s END,
          last_failure_at = CASE WHEN t.locked_until > now() THEN t.last_failure_at ELSE now() END,
          locked_until = CASE WHEN t.locked_until > now() THEN t.locked_until
                              WHEN %7$s >= $%4$d THEN now() + make_interval(secs => $%6$d) END
        RETURNING last_failure_at = now() AS counted, ceil(extract(epoch FROM locked_until - now()))::bigint AS seconds
        """
        .formatted(table, keyColumns, values, limit, window, lockout, next);
  }

  private static final String RESERVE_SOURCE = reserve("login_throttle_source", "username, address", 2);
  private static final String RESERVE_ACCOUNT = reserve("login_throttle", "username", 1);

  /** The address's wait after its {@code f}-th attempt: none while free, then 1 s, 2 s, 4 s … capped. */
  private static final String DELAY =
      "CASE WHEN %1$s > $2 THEN now() + make_interval(secs => least(power(2, least(%1$s - $2 - 1, 30)), $4)) END";

  private static final String ADDRESS_NEXT =
      "CASE WHEN t.last_failure_at < now() - make_interval(secs => $3) THEN 1 ELSE t.failures + 1 END";

  /** Parameters: address, free failures, window, maximum delay. */
  private static final String RESERVE_ADDRESS =
      """
      INSERT INTO login_throttle_address AS t (address, failures, last_failure_at, blocked_until)
      VALUES ($1, 1, now(), %1$s)
      ON CONFLICT (address) DO UPDATE SET
        failures = CASE WHEN t.blocked_until > now() THEN t.failures ELSE %2$s END,
        last_failure_at = CASE WHEN t.blocked_until > now() THEN t.last_failure_at ELSE now() END,
        blocked_until = CASE WHEN t.blocked_until > now() THEN t.blocked_until ELSE %3$s END
      RETURNING last_failure_at = now() AS counted, ceil(extract(epoch FROM blocked_until - now()))::bigint AS seconds
      """
          .formatted(DELAY.formatted("1"), ADDRESS_NEXT, DELAY.formatted("(" + ADDRESS_NEXT + ")"));

  /** A successful sign-in gives its address back the attempt it reserved. */
  private static final String REFUND_ADDRESS =
      """
      UPDATE login_throttle_address
      SET failures = greatest(failures - 1, 0), blocked_until = CASE WHEN failures - 1 > $2 THEN blocked_until END
      WHERE address = $1
      """;

  private static final String CLEAR_SOURCE = "DELETE FROM login_throttle_source WHERE username = $1 AND address = $2";
  private static final String CLEAR_ACCOUNT = "DELETE FROM login_throttle WHERE username = $1";

  /** Reserves an attempt from {@code address}, whatever the username (progressive delay). */
  public Future<Attempt> reserveAddress(SqlClient db, String address, LoginThrottlePolicy policy) {
    return db.preparedQuery(RESERVE_ADDRESS)
        .execute(Tuple.of(address, policy.addressFreeFailures(), seconds(policy.addressWindow()), seconds(policy.addressMaxDelay())))
        .map(rows -> Attempt.of(rows.iterator().next()));
  }

  /**
   * Reserves an attempt at {@code username} from {@code address}: first the pair's own limit,
   * then (only if that allowed it) the username's account-wide one.
   */
  public Future<Attempt> reserve(SqlClient db, String username, String address, LoginThrottlePolicy policy) {
    return db.preparedQuery(RESERVE_SOURCE)
        .execute(Tuple.of(username, address, policy.maxFailures(), seconds(policy.window()), seconds(policy.lockout())))
        .map(rows -> Attempt.of(rows.iterator().next()))
        .compose(pair -> !pair.allowed() ? Future.succeededFuture(pair) : db.preparedQuery(RESERVE_ACCOUNT)
            .execute(Tuple.of(username, policy.accountMaxFailures(), seconds(policy.window()), seconds(policy.lockout())))
            .map(rows -> Attempt.of(rows.iterator().next())));
  }

  /** After a successful sign-in: the username's and the pair's failures are forgotten, the address's attempt given back. */
  public Future<Void> succeeded(SqlClient db, String username, String address, LoginThrottlePolicy policy) {
    return db.preparedQuery(CLEAR_SOURCE).execute(Tuple.of(username, address))
        .compose(v -> db.preparedQuery(CLEAR_ACCOUNT).execute(Tuple.of(username)))
        .compose(v -> db.preparedQuery(REFUND_ADDRESS).execute(Tuple.of(address, policy.addressFreeFailures())))
        .mapEmpty();
  }

  private static double seconds(Duration d) {
    return (double) d.toSeconds();
  }
}
