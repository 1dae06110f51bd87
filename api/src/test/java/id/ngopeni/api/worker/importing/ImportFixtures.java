package id.ngopeni.api.worker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.worker.WorkerCsv;
import id.ngopeni.domain.worker.WorkerDraft;
import id.ngopeni.api.demo.synthetic.SyntheticWorkers;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** Test data and HTTP steps for imports. All rows come from one generator, so NIKs never repeat by chance. */
final class ImportFixtures {
  static final LocalDate TODAY = Jakarta.today(Clock.systemUTC());
  static final String CSV = "text/csv";

  private ImportFixtures() {}

  /** Rows {@code from} … {@code from + count - 1} of one endless, repeatable synthetic stream. */
  static List<WorkerDraft> rows(int from, int count) {
    return new SyntheticWorkers(20261124L, SyntheticWorkers.MALANG_KELURAHAN_CODES,
            SyntheticWorkers.MALANG_CATEGORY_WEIGHTS)
        .stream(TODAY).skip(from).limit(count).toList();
  }

  static String csv(List<WorkerDraft> rows) {
    StringBuilder text = new StringBuilder(WorkerCsv.HEADER).append("\r\n");
    rows.forEach(r -> text.append(WorkerCsv.line(r)).append("\r\n"));
    return text.toString();
  }

  static HttpResponse<Buffer> upload(TestServer server, String token, String contentType, byte[] body) {
    return server.http.post("/api/v1/imports/workers")
        .putHeader("Authorization", "Bearer " + token)
        .putHeader("Content-Type", contentType)
        .sendBuffer(Buffer.buffer(body))
        .await();
  }

  static String uploadCsv(TestServer server, String token, String csv) {
    var r = upload(server, token, CSV, csv.getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(202);
    String id = r.bodyAsJsonObject().getString("id");
    assertThat(r.bodyAsJsonObject().getString("status")).isEqualTo("QUEUED");
    assertThat(r.getHeader("Location")).isEqualTo("/api/v1/imports/" + id);
    return id;
  }

  /** Polls until the import is DONE or FAILED (the test fails after a minute). */
  static JsonObject awaitEnd(TestServer server, String token, String id) {
    return await(server, token, id, Duration.ofSeconds(60), "to end",
        job -> job.getString("status").equals("DONE") || job.getString("status").equals("FAILED"));
  }

  /** Polls until the DONE import's duplicate check has ended (the test fails after two minutes); the job. */
  static JsonObject awaitDuplicateCheck(TestServer server, String token, String id) {
    return await(server, token, id, Duration.ofSeconds(120), "to be checked for duplicates", job -> {
      assertThat(job.getString("status")).isEqualTo("DONE");
      return job.getJsonObject("duplicateCheck").getString("status").equals("DONE");
    });
  }

  private static JsonObject await(TestServer server, String token, String id, Duration patience, String what,
      java.util.function.Predicate<JsonObject> until) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      var r = server.get("/api/v1/imports/" + id, token);
      assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
      JsonObject job = r.bodyAsJsonObject();
      if (until.test(job)) {
        return job;
      }
      assertThat(System.nanoTime()).as("import %s still waiting %s: %s", id, what, job.encode()).isLessThan(deadline);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  static WorkerDraft withNik(WorkerDraft d, String nik) {
    return new WorkerDraft(nik, d.fullName(), d.birthDate(), d.sex(), d.kelurahanCode(), d.category(), d.phone(), d.address());
  }

  static WorkerDraft withName(WorkerDraft d, String name) {
    return new WorkerDraft(d.nik(), name, d.birthDate(), d.sex(), d.kelurahanCode(), d.category(), d.phone(), d.address());
  }

  static WorkerDraft withBirthDate(WorkerDraft d, LocalDate date) {
    return new WorkerDraft(d.nik(), d.fullName(), date, d.sex(), d.kelurahanCode(), d.category(), d.phone(), d.address());
  }

  static WorkerDraft withSex(WorkerDraft d, String sex) {
    return new WorkerDraft(d.nik(), d.fullName(), d.birthDate(), sex, d.kelurahanCode(), d.category(), d.phone(), d.address());
  }

  static WorkerDraft withKelurahan(WorkerDraft d, String code) {
    return new WorkerDraft(d.nik(), d.fullName(), d.birthDate(), d.sex(), code, d.category(), d.phone(), d.address());
  }
}
