package id.ngopeni.persistence.worker.importing;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;

/**
 * How many of a user's imports wait for (or hold) an import worker: QUEUED or RUNNING. Imports run
 * one after another on each instance, so one user's pile of files would hold every office's imports
 * behind it; the service caps the pile.
 */
public final class ImportQuota {
  /** The advisory-lock class of a user's import queue (the second key is a hash of the user). */
  private static final int LOCK_CLASS = 0x1d3e_0017;

  private static final String WAITING =
      "SELECT count(*) FROM worker_import WHERE created_by = $1 AND status IN ('QUEUED', 'RUNNING')";

  private static final String LOCK = "SELECT pg_advisory_xact_lock($1, hashtext($2))";

  /** A quick count, for refusing an upload before its body is read (two uploads may both pass it). */
  public Future<Long> waiting(SqlClient db, UUID userId) {
    return db.preparedQuery(WAITING).execute(Tuple.of(userId)).map(rows -> rows.iterator().next().getLong(0));
  }

  /**
   * The exact count, in the transaction that queues the next import: the user's lock is held until
   * that transaction ends, so two uploads finishing together are counted one after the other (each
   * statement after the lock sees what the other committed).
   */
  public Future<Long> lockAndCountWaiting(SqlClient tx, UUID userId) {
    return tx.preparedQuery(LOCK).execute(Tuple.of(LOCK_CLASS, userId.toString()))
        .compose(locked -> waiting(tx, userId));
  }
}
