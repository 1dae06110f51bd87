package id.ngopeni.persistence.privacy;

import id.ngopeni.domain.privacy.RetentionKind;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The retention periods as the database owner stored them ({@code retention_period}, read-only
 * for the application), and how many records of each kind are past a cutoff (the dry run).
 * The conditions are those of {@link RetentionBatches}, so the dry run counts what a run takes.
 */
public final class RetentionRepository {
  private static final String PERIODS = "SELECT kind, days FROM retention_period";

  private static final String IMPORT_REJECTS = """
      SELECT count(*) AS n, min(i.finished_at) AS oldest FROM worker_import i
      WHERE i.status = ANY($1) AND i.finished_at < $2
        AND (EXISTS (SELECT 1 FROM worker_import_error e WHERE e.import_id = i.id)
             OR EXISTS (SELECT 1 FROM worker_import_chunk c WHERE c.import_id = i.id))""";

  private static final String REMOVED_REGISTRATIONS =
      "SELECT count(*) AS n, min(removed_at) AS oldest FROM worker_removal WHERE removed_at < $1";

  private static final String CLOSED_CLAIM_DOCUMENTS =
      "SELECT count(*) AS n, min(c.updated_at) AS oldest " + RetentionBatches.CLOSED_CASES;

  private static final String SESSIONS = """
      SELECT sum(n)::bigint AS n, min(oldest) AS oldest FROM (
        SELECT count(*) AS n, min(expires_at) AS oldest FROM refresh_token WHERE expires_at < $1
        UNION ALL
        SELECT count(*), min(last_failure_at) FROM login_throttle
        WHERE last_failure_at < $1 AND (locked_until IS NULL OR locked_until < now())
        UNION ALL
        SELECT count(*), min(last_failure_at) FROM login_throttle_source
        WHERE last_failure_at < $1 AND (locked_until IS NULL OR locked_until < now())
        UNION ALL
        SELECT count(*), min(last_failure_at) FROM login_throttle_address
        WHERE last_failure_at < $1 AND (blocked_until IS NULL OR blocked_until < now())
      ) t""";

  private static final String ACCESS_LOG =
      "SELECT count(*) AS n, min(at) AS oldest FROM personal_data_access WHERE at < $1";

  /** Days per kind key ({@code access_log}, …) as stored. */
  public Future<Map<String, Integer>> periods(SqlClient db) {
    return db.query(PERIODS).execute().map(rows -> {
      Map<String, Integer> out = new HashMap<>();
      rows.forEach(r -> out.put(r.getString("kind"), r.getInteger("days")));
      return out;
    });
  }

  /** Records of {@code kind} a run with {@code cutoff} would delete or anonymise. */
  public Future<RetentionCount> count(SqlClient db, RetentionKind kind, Instant cutoff) {
    OffsetDateTime before = RetentionBatches.at(cutoff);
    Tuple args = switch (kind) {
      case IMPORT_REJECTS -> Tuple.of(RetentionBatches.FINISHED_IMPORTS, before);
      case CLOSED_CLAIM_DOCUMENTS -> Tuple.of(RetentionBatches.finalClaims(), before, RetentionBatches.finalPayouts());
      case REMOVED_REGISTRATIONS, SESSIONS, ACCESS_LOG -> Tuple.of(before);
    };
    String sql = switch (kind) {
      case IMPORT_REJECTS -> IMPORT_REJECTS;
      case REMOVED_REGISTRATIONS -> REMOVED_REGISTRATIONS;
      case CLOSED_CLAIM_DOCUMENTS -> CLOSED_CLAIM_DOCUMENTS;
      case SESSIONS -> SESSIONS;
      case ACCESS_LOG -> ACCESS_LOG;
    };
    return db.preparedQuery(sql).execute(args).map(rows -> {
      Row r = rows.iterator().next();
      Long n = r.getLong("n");
      OffsetDateTime oldest = r.getOffsetDateTime("oldest");
      return new RetentionCount(n == null ? 0 : n, oldest == null ? null : oldest.toInstant());
    });
  }
}
