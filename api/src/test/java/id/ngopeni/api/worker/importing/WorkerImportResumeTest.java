package id.ngopeni.api.worker.importing;

import static id.ngopeni.api.worker.importing.ImportFixtures.awaitEnd;
import static id.ngopeni.api.worker.importing.ImportFixtures.rows;
import static id.ngopeni.api.worker.importing.ImportFixtures.uploadCsv;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.Sealed;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.worker.WorkerCsv;
import id.ngopeni.domain.worker.WorkerDraft;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An instance dies halfway through an import: its job is left RUNNING with an expired lease and
 * half its rows committed. Another poller takes it over and continues right after the last
 * committed batch, so nothing is counted or inserted twice.
 */
class WorkerImportResumeTest extends ImportTestSupport {
  @Test
  void aJobWhoseInstanceDiedIsResumedAfterItsLastCommittedBatch() {
    List<WorkerDraft> generated = rows(70_000, 2000);
    List<String> lines = new ArrayList<>();
    generated.forEach(r -> lines.add(WorkerCsv.line(r)));
    lines.set(10, WorkerCsv.line(ImportFixtures.withSex(generated.get(10), "X")));
    lines.set(1500, WorkerCsv.line(ImportFixtures.withSex(generated.get(1500), "Q")));
    String whole = WorkerCsv.HEADER + "\n" + String.join("\n", lines) + "\n";
    String firstHalf = WorkerCsv.HEADER + "\n" + String.join("\n", lines.subList(0, 1000)) + "\n";

    // What the dead instance had committed: the first 1000 rows (one batch) and their errors.
    String half = uploadCsv(server, admin, firstHalf);
    JsonObject halfJob = awaitEnd(server, admin, half);
    assertThat(halfJob.getInteger("inserted")).isEqualTo(999);
    assertThat(halfJob.getInteger("failed")).isEqualTo(1);

    UUID crashed = Ids.newId();
    UUID adminId = UUID.fromString(server.get("/api/v1/me", admin).bodyAsJsonObject().getString("id"));
    byte[] file = whole.getBytes(StandardCharsets.UTF_8);
    db.preparedQuery("""
        INSERT INTO worker_import (id, status, format, size_bytes, created_by, created_by_role, total, processed,
          inserted, duplicates, failed, last_row, lease_owner, lease_until, attempts, started_at)
        VALUES ($1, 'RUNNING', 'CSV', $2, $3, 'ADMIN', 2000, 1000, 999, 0, 1, 1001, 'instance-that-died',
          now() - interval '1 second', 1, now())
        """).execute(Tuple.of(crashed, (long) file.length, adminId)).await();
    db.preparedQuery("INSERT INTO worker_import_chunk (import_id, seq, data) VALUES ($1, 0, $2)")
        .execute(Tuple.of(crashed, Sealed.of(server).chunk(crashed, 0, file))).await();
    db.preparedQuery("""
        INSERT INTO worker_import_error (import_id, row_number, ordinal, field, code, message)
        SELECT $1, row_number, ordinal, field, code, message FROM worker_import_error WHERE import_id = $2
        """).execute(Tuple.of(crashed, UUID.fromString(half))).await();

    JsonObject job = awaitEnd(server, admin, crashed.toString());
    assertThat(job.getString("status")).isEqualTo("DONE");
    assertThat(job.getInteger("total")).isEqualTo(2000);
    assertThat(job.getInteger("processed")).isEqualTo(2000);
    assertThat(job.getInteger("inserted")).isEqualTo(1998);
    assertThat(job.getInteger("duplicates")).isZero();
    assertThat(job.getInteger("failed")).isEqualTo(2);
    Set<String> errors = new TreeSet<>();
    job.getJsonArray("errors").forEach(e -> errors.add(((JsonObject) e).getInteger("row") + " " + ((JsonObject) e).getString("code")));
    assertThat(errors).containsExactly("12 sex_invalid", "1502 sex_invalid");
    assertThat(env.registered(generated)).isEqualTo(1998);
    long attempts = db.preparedQuery("SELECT attempts FROM worker_import WHERE id = $1").execute(Tuple.of(crashed))
        .await().iterator().next().getInteger(0);
    assertThat(attempts).isEqualTo(2);
  }

  @Test
  void aJobThatKeepsKillingItsInstanceIsGivenUp() {
    UUID doomed = Ids.newId();
    UUID adminId = UUID.fromString(server.get("/api/v1/me", admin).bodyAsJsonObject().getString("id"));
    db.preparedQuery("""
        INSERT INTO worker_import (id, status, format, created_by, created_by_role, lease_owner, lease_until, attempts)
        VALUES ($1, 'RUNNING', 'CSV', $2, 'ADMIN', 'instance-that-died', now() - interval '1 second', $3)
        """).execute(Tuple.of(doomed, adminId, ImportRunner.MAX_ATTEMPTS)).await();
    JsonObject job = awaitEnd(server, admin, doomed.toString());
    assertThat(job.getString("status")).isEqualTo("FAILED");
    assertThat(job.getJsonObject("failure").getString("code")).isEqualTo("import_gave_up");
  }
}
