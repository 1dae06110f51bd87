package id.ngopeni.persistence.db;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;

/**
 * The two statements that tell how far a streaming replica has come: the primary's WAL position
 * now, and the replica's last replayed position (with whether it is a standby at all). Positions
 * are bytes from the start of the WAL ({@code pg_lsn - '0/0'}). Any role may run both.
 */
final class ReplicaProbe {
  /** What the replica said: a standby, and how much WAL it has replayed (null when it is none). */
  record Standby(boolean inRecovery, Long replayed) {}

  Future<Long> primaryPosition(SqlClient primary) {
    return primary.query("SELECT (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint AS lsn").execute()
        .map(rows -> rows.iterator().next().getLong("lsn"));
  }

  Future<Standby> standby(SqlClient replica) {
    return replica.query("SELECT pg_is_in_recovery() AS standby, "
            + "(pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint AS replayed").execute()
        .map(rows -> {
          Row row = rows.iterator().next();
          return new Standby(row.getBoolean("standby"), row.getLong("replayed"));
        });
  }
}
