package id.ngopeni.api.faults;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import id.ngopeni.api.demo.synthetic.SyntheticWorkers;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.WebClient;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the instance running an import, in the middle of it: the database holds exactly the
 * committed batches (never half of one), and a restarted instance takes the job over and finishes
 * it with counts that match the database — nothing lost, nothing twice.
 */
class KillDuringImportTest {
  private static final int ROWS = 60_000;
  private static final int BAD_ROWS = 7;

  @Test
  void aKilledImportIsResumedExactlyAfterItsLastCommittedBatch() throws Exception {
    try (ChildInstances children = new ChildInstances("kill_import", "NGOPENI_IMPORT_LEASE_SECONDS", "3")) {
      WebClient http = children.http;
      Pool pool = children.pool;
      Process first = children.start("first.log");
      String token = children.login("admin", TestServer.ADMIN_PASSWORD);
      var upload = http.post("/api/v1/imports/workers").putHeader("Authorization", "Bearer " + token)
          .putHeader("Content-Type", "text/csv").sendBuffer(csv()).await();
      assertThat(upload.statusCode()).as(upload.bodyAsString()).isEqualTo(202);
      UUID id = UUID.fromString(upload.bodyAsJsonObject().getString("id"));

      // Wait until some batches are committed, then pull the plug.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (job(pool, id).getInteger("processed") < 2_000 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      Row afterKill = job(pool, id);
      assertThat(afterKill.getString("status")).as("the kill came too late to test anything").isEqualTo("RUNNING");
      int inserted = afterKill.getInteger("inserted");
      assertThat(inserted).isGreaterThan(0).isLessThan(ROWS);
      // Exactly the committed batches are there: counters and rows agree, batch by batch.
      assertThat(workers(pool)).isEqualTo(inserted);
      assertThat(afterKill.getInteger("processed") % 1_000).isZero();

      children.start("second.log");
      Row done = job(pool, id);
      deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (!"DONE".equals(done.getString("status")) && System.nanoTime() < deadline) {
        Thread.sleep(250);
        done = job(pool, id);
      }
      assertThat(done.getString("status")).isEqualTo("DONE");
      assertThat(done.getInteger("total")).isEqualTo(ROWS + BAD_ROWS);
      assertThat(done.getInteger("processed")).isEqualTo(ROWS + BAD_ROWS);
      assertThat(done.getInteger("failed")).isEqualTo(BAD_ROWS);
      assertThat(done.getInteger("duplicates")).isZero();
      assertThat(done.getInteger("inserted")).isEqualTo(ROWS);
      assertThat(workers(pool)).isEqualTo(ROWS);
      assertThat(pool.query("SELECT count(*) FROM worker_import_error").execute().await().iterator().next().getLong(0))
          .isEqualTo(BAD_ROWS);
    }
  }

  /** ROWS valid workers and BAD_ROWS with a broken NIK spread through the file. */
  private static Buffer csv() {
    var workers = new SyntheticWorkers(42, SyntheticWorkers.MALANG_KELURAHAN_CODES, SyntheticWorkers.MALANG_CATEGORY_WEIGHTS);
    StringBuilder out = new StringBuilder(SyntheticWorkers.csvHeader()).append('\n');
    int[] counter = {0};
    workers.stream(LocalDate.now()).limit(ROWS).forEach(w -> {
      out.append(SyntheticWorkers.toCsvLine(w)).append('\n');
      if (++counter[0] % 8_000 == 0) { // rows 8,000 … 56,000: seven bad rows
        out.append("12345,Baris Rusak,1980-01-01,M,35.73.02.1001,MARBOT,,\n");
      }
    });
    long bad = out.chars().filter(c -> c == '\n').count() - 1 - ROWS;
    assertThat(bad).isEqualTo(BAD_ROWS);
    return Buffer.buffer(out.toString());
  }

  private static Row job(Pool pool, UUID id) {
    return pool.preparedQuery("SELECT status, total, processed, inserted, duplicates, failed FROM worker_import WHERE id = $1")
        .execute(Tuple.of(id)).await().iterator().next();
  }

  private static long workers(Pool pool) {
    return pool.query("SELECT count(*) FROM worker").execute().await().iterator().next().getLong(0);
  }
}
