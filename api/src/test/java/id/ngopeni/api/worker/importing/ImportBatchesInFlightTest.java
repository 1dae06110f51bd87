package id.ngopeni.api.worker.importing;

import static id.ngopeni.api.worker.importing.ImportFixtures.awaitEnd;
import static id.ngopeni.api.worker.importing.ImportFixtures.csv;
import static id.ngopeni.api.worker.importing.ImportFixtures.rows;
import static id.ngopeni.api.worker.importing.ImportFixtures.uploadCsv;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.Sealed;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.worker.WorkerDraft;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two batches of an import are in flight at once (BatchCommits): the later one writes its rows
 * while the earlier one commits, then waits in PostgreSQL for the earlier one's turn. When the
 * earlier batch then meets a NIK that the later one inserted first, the two wait on each other:
 * PostgreSQL's deadlock detector rolls one back and the run continues after the last committed
 * batch, every row imported once and the DTSEN counts exact.
 */
class ImportBatchesInFlightTest extends ImportTestSupport {
  @Test
  void twoBatchesThatDeadlockAreRolledBackAndTheImportContinuesAfterTheLastCommittedOne() {
    List<WorkerDraft> distinct = rows(80_000, 3000);
    WorkerDraft held = distinct.get(10);
    WorkerDraft repeated = distinct.get(500);
    List<WorkerDraft> file = new ArrayList<>(distinct);
    file.set(1005, repeated); // the second batch's sixth row repeats the first batch's 501st
    long deadlocksBefore = deadlocks();

    // Another transaction registers the first batch's 11th NIK and stays open: the first batch
    // waits for it there, long after the second batch (begun once the first holds its turn) has
    // written every row, the repeated NIK among them, and waits for the first batch's turn.
    SqlConnection other = db.getConnection().await();
    Transaction tx = other.begin().await();
    assertThat(Sealed.of(server).worker(other, Ids.newId(), held.nik(), held.fullName(), held.birthDate(), held.sex(),
        held.kelurahanCode(), held.category())).isTrue();
    String id = uploadCsv(server, admin, csv(file));
    awaitAdvisoryWait();
    tx.rollback().await(); // the first batch goes on and meets the repeated NIK, held by the second
    other.close().await();

    JsonObject job = awaitEnd(server, admin, id);
    assertThat(job.getString("status")).isEqualTo("DONE");
    assertThat(job.getInteger("processed")).isEqualTo(3000);
    assertThat(job.getInteger("inserted")).isEqualTo(2999);
    assertThat(job.getInteger("duplicates")).isEqualTo(1);
    assertThat(job.getInteger("failed")).isZero();
    assertThat(env.registered(file)).isEqualTo(2999);
    assertThat(env.count("""
        SELECT count(*) FROM (
          (SELECT * FROM dtsen_tally_expected() EXCEPT SELECT * FROM dtsen_tally WHERE registered <> 0 OR covered <> 0)
          UNION ALL
          (SELECT * FROM dtsen_tally WHERE registered <> 0 OR covered <> 0 EXCEPT SELECT * FROM dtsen_tally_expected())
        ) differing
        """)).isZero();
    assertThat(awaitDeadlocksAbove(deadlocksBefore)).as("PostgreSQL ended a deadlock between the batches").isTrue();
  }

  /**
   * A file whose batches each repeat NIKs of the batch before (an office pasting a block twice):
   * whatever deadlocks that causes, every run continues, each NIK is imported once and the rest
   * counted as duplicates.
   */
  @Test
  void aFileRepeatingTheBatchBeforeInEveryBatchIsImportedWhole() {
    List<WorkerDraft> distinct = rows(90_000, 8000);
    List<WorkerDraft> file = new ArrayList<>(distinct);
    for (int batch = 1; batch < 8; batch++) {
      for (int i = 0; i < 50; i++) { // rows 0-49 of each batch repeat rows 900-949 of the one before
        file.set(batch * 1000 + i, distinct.get((batch - 1) * 1000 + 900 + i));
      }
    }
    String id = uploadCsv(server, admin, csv(file));

    JsonObject job = awaitEnd(server, admin, id);
    assertThat(job.getString("status")).isEqualTo("DONE");
    assertThat(job.getInteger("processed")).isEqualTo(8000);
    assertThat(job.getInteger("inserted")).isEqualTo(8000 - 7 * 50);
    assertThat(job.getInteger("duplicates")).isEqualTo(7 * 50);
    assertThat(env.registered(distinct)).isEqualTo(8000 - 7 * 50);
  }

  /** Until a transaction waits for an advisory lock: the second batch, for the first batch's turn. */
  private static void awaitAdvisoryWait() {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (env.count("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted") == 0) {
      assertThat(System.nanoTime()).as("a batch waiting for its predecessor's turn").isLessThan(deadline);
      pause();
    }
  }

  private static long deadlocks() {
    return env.count("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()");
  }

  /** The statistics reach pg_stat_database within a second or so of the transaction's end. */
  private static boolean awaitDeadlocksAbove(long before) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (deadlocks() > before) {
        return true;
      }
      pause();
    }
    return false;
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
