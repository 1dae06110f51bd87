package id.ngopeni.persistence.worker;

import id.ngopeni.domain.worker.NikProbePolicy;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** Counts, per user and fixed window, the answers that revealed a registered NIK ({@link NikProbePolicy}). */
public final class NikProbeRepository {
  private static final String EXHAUSTED =
      """
      SELECT ceil(extract(epoch FROM window_start + make_interval(secs => $3) - now()))::bigint AS seconds
      FROM nik_probe
      WHERE user_id = $1 AND probes >= $2 AND window_start > now() - make_interval(secs => $3)
      """;

  private static final String RECORD =
      """
      INSERT INTO nik_probe AS p (user_id, probes, window_start) VALUES ($1, 1, now())
      ON CONFLICT (user_id) DO UPDATE SET
        probes = CASE WHEN p.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE p.probes + 1 END,
        window_start = CASE WHEN p.window_start <= now() - make_interval(secs => $2) THEN now() ELSE p.window_start END
      RETURNING probes
      """;

  /** How long until the user may ask again, if their probes in this window are used up. */
  public Future<Optional<Duration>> exhausted(SqlClient db, UUID userId, NikProbePolicy policy) {
    return db.preparedQuery(EXHAUSTED)
        .execute(Tuple.of(userId, policy.maxProbes(), (double) policy.window().toSeconds()))
        .map(rows -> rows.size() == 0
            ? Optional.empty()
            : Optional.of(Duration.ofSeconds(Math.max(1, rows.iterator().next().getLong("seconds")))));
  }

  /** @return the probes in the current window, this one included */
  public Future<Integer> record(SqlClient db, UUID userId, NikProbePolicy policy) {
    return db.preparedQuery(RECORD)
        .execute(Tuple.of(userId, (double) policy.window().toSeconds()))
        .map(rows -> rows.iterator().next().getInteger("probes"));
  }
}
