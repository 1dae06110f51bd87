package id.ngopeni.persistence.worker.importing;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;

/**
 * The order of an import's batches when two are in flight. Each batch's transaction first takes
 * its turn: the transaction-scoped advisory lock named after the job ({@link #lock}) and keyed by
 * the batch's last row. The next batch inserts its rows meanwhile, then waits for that lock (keyed
 * by its own previous last row) inside its insert statement, before the statement's triggers run
 * ({@code SealedInserts#insertThenWait}), and only then passes the lease fence, which holds the job
 * row. Every wait between two batches is a lock wait PostgreSQL sees: the rare cycle (a NIK that
 * the later batch inserted first and the earlier one repeats) is a deadlock PostgreSQL detects
 * and ends by rolling one back, never a hang.
 */
public final class ImportTurns {
  private static final String TAKE = "SELECT pg_advisory_xact_lock(hashtext($1), $2)";

  private static final String COMMITTED_ROW =
      "SELECT last_row FROM worker_import WHERE id = $1 AND lease_owner = $2 AND status = 'RUNNING'";

  /** The advisory lock's name for one job (hashed to its first key: a collision only makes a batch wait longer). */
  public static String lock(UUID job) {
    return "worker_import:" + job;
  }

  /** The batch ending at {@code lastRow} holds its turn until its transaction ends. */
  public Future<Void> take(SqlClient tx, UUID job, int lastRow) {
    return tx.preparedQuery(TAKE).execute(Tuple.of(lock(job), lastRow)).mapEmpty();
  }

  /**
   * Waits for the turn of the batch that ended at {@code previousLastRow} (its commit or rollback):
   * how a batch without any row to insert keeps its place.
   */
  public Future<Void> awaitPrevious(SqlClient tx, UUID job, int previousLastRow) {
    return take(tx, job, previousLastRow);
  }

  /** The last row committed, to continue after; {@link LeaseLost} when the job is no longer this owner's. */
  public Future<Integer> committedRow(SqlClient db, UUID job, String owner) {
    return db.preparedQuery(COMMITTED_ROW).execute(Tuple.of(job, owner)).compose(rows -> rows.size() == 1
        ? Future.succeededFuture(rows.iterator().next().getInteger(0))
        : Future.failedFuture(new LeaseLost()));
  }
}
