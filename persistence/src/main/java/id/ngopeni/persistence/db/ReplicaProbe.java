package id.ngopeni.persistence.db;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;

/**
 * The two statements that tell how far a streaming replica has come: the primary's WAL position
 * now, and the replica's last replayed position (with whether it is a standby at all). Positions
 * are bytes from the start of the WAL ({@code pg_lsn - '0/0'}). Any role may run both.
 *
 * <p>The primary's position is where its next record will be inserted, not what it has written:
 * an asynchronously committed transaction ({@code synchronous_commit=off}, the embedded server's
 * setting) has returned before its commit record is written, and a write position read then
 * would not hold it. When that next record would start a page, the insert position lies after the
 * page header (24 bytes, 40 on a segment's first page), where no replayed record ends: the header
 * is taken off, so an idle primary and its replica meet exactly.
 */
public final class ReplicaProbe {
  /** The primary's position as the replica will report it once it has replayed everything inserted so far. */
  public static final String PRIMARY_POSITION =
      "SELECT p - CASE WHEN p % pg_size_bytes(current_setting('wal_segment_size')) = 40 THEN 40"
          + " WHEN p % current_setting('wal_block_size')::bigint = 24 THEN 24 ELSE 0 END AS lsn"
          + " FROM (SELECT (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint AS p) now";

  /** The replica's replayed position. */
  public static final String REPLAYED = "SELECT (pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint AS lsn";

  /** What the replica said: a standby, and how much WAL it has replayed (null when it is none). */
  record Standby(boolean inRecovery, Long replayed) {}

  Future<Long> primaryPosition(SqlClient primary) {
    return primary.query(PRIMARY_POSITION).execute()
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
