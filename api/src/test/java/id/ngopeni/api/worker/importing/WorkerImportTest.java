package id.ngopeni.api.worker.importing;

import static id.ngopeni.api.worker.importing.ImportFixtures.CSV;
import static id.ngopeni.api.worker.importing.ImportFixtures.awaitDuplicateCheck;
import static id.ngopeni.api.worker.importing.ImportFixtures.awaitEnd;
import static id.ngopeni.api.worker.importing.ImportFixtures.csv;
import static id.ngopeni.api.worker.importing.ImportFixtures.rows;
import static id.ngopeni.api.worker.importing.ImportFixtures.upload;
import static id.ngopeni.api.worker.importing.ImportFixtures.uploadCsv;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.worker.PersonNames;
import id.ngopeni.domain.worker.WorkerCsv;
import id.ngopeni.domain.worker.WorkerDraft;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The 10,000-row import with planted bad and duplicate rows, re-upload, and what the database holds. */
class WorkerImportTest extends ImportTestSupport {
  @Test
  void tenThousandRowsWithPlantedBadAndDuplicateRows() {
    List<WorkerDraft> generated = rows(0, 9990);
    // 50 of the file's workers are registered already.
    JsonObject first = awaitEnd(server, admin, uploadCsv(server, admin, csv(generated.subList(0, 50))));
    assertThat(first.getInteger("inserted")).isEqualTo(50);

    List<String> lines = new ArrayList<>();
    generated.forEach(r -> lines.add(WorkerCsv.line(r)));
    WorkerDraft r100 = generated.get(100);
    lines.set(100, WorkerCsv.line(ImportFixtures.withNik(r100, "35730A0101800001")));
    lines.set(200, WorkerCsv.line(ImportFixtures.withBirthDate(generated.get(200), generated.get(200).birthDate().plusDays(1))));
    lines.set(300, WorkerCsv.line(ImportFixtures.withKelurahan(generated.get(300), "35.73.09.1001")));
    lines.set(400, WorkerCsv.line(ImportFixtures.withSex(generated.get(400), "X")));
    lines.set(500, WorkerCsv.line(ImportFixtures.withName(generated.get(500), "  ")));
    WorkerDraft r600 = generated.get(600);
    lines.set(600, WorkerCsv.line(r600).replace(r600.birthDate().toString(), "31/02/1980"));
    lines.add(3002, WorkerCsv.line(generated.get(3001))); // repeated within one batch
    for (int i = 6000; i < 6009; i++) {
      lines.add(WorkerCsv.line(generated.get(i))); // repeated in a later batch
    }
    assertThat(lines).hasSize(10_000);
    String file = WorkerCsv.HEADER + "\n" + String.join("\n", lines) + "\n";

    String id = uploadCsv(server, admin, file);
    JsonObject job = awaitEnd(server, admin, id);
    assertThat(job.getString("status")).isEqualTo("DONE");
    assertThat(job.getInteger("total")).isEqualTo(10_000);
    assertThat(job.getInteger("processed")).isEqualTo(10_000);
    assertThat(job.getInteger("failed")).isEqualTo(6);
    assertThat(job.getInteger("duplicates")).isEqualTo(50 + 10);
    assertThat(job.getInteger("inserted")).isEqualTo(9990 - 6 - 50);
    assertThat(job.getString("finishedAt")).isNotNull();
    // A file of 10,000 rows re-samples the table for the planner, though the application role
    // does not own it (through the owner's analyze_worker(), V40_1): a manual ANALYZE ran.
    assertThat(db.query("SELECT count(*) FROM pg_stat_user_tables WHERE relname = 'worker' AND last_analyze IS NOT NULL")
        .execute().await().iterator().next().getLong(0)).isEqualTo(1L);

    Set<String> expected = Set.of(
        "102 nik nik_not_digits",
        "202 nik nik_birth_date_mismatch",
        "302 kelurahan_code kelurahan_unknown",
        "402 sex sex_invalid",
        "502 full_name required",
        "602 birth_date birth_date_invalid");
    Set<String> shown = new TreeSet<>();
    job.getJsonArray("errors").forEach(e -> shown.add(describe((JsonObject) e)));
    assertThat(shown).isEqualTo(expected);

    var csvErrors = server.get("/api/v1/imports/" + id + "/errors.csv", admin);
    assertThat(csvErrors.statusCode()).isEqualTo(200);
    assertThat(csvErrors.getHeader("Content-Type")).startsWith("text/csv");
    String[] csvLines = csvErrors.bodyAsString().split("\r\n");
    assertThat(csvLines[0]).isEqualTo("row,field,code,message");
    Set<String> listed = new TreeSet<>();
    Arrays.stream(csvLines).skip(1).forEach(l -> {
      String[] parts = l.split(",", 4);
      listed.add(parts[0] + " " + parts[1] + " " + parts[2]);
    });
    assertThat(listed).isEqualTo(expected);
    assertThat(csvErrors.bodyAsString()).doesNotContainPattern("\\d{16}");

    // The database holds exactly the good rows, each with its name key.
    Set<String> good = new HashSet<>();
    for (int i = 0; i < generated.size(); i++) {
      if (i % 100 != 0 || i == 0 || i > 600) {
        good.add(generated.get(i).nik());
      }
    }
    Set<String> stored = new HashSet<>();
    db.preparedQuery("SELECT id, full_name, name_key, kecamatan_code, kelurahan_code FROM worker WHERE nik_hash = ANY($1)")
        .execute(Tuple.tuple().addArrayOfBuffer(env.hashes(generated.stream().map(WorkerDraft::nik).toList())))
        .await()
        .forEach((Row r) -> {
          stored.add(env.nikOf(r.getUUID("id")));
          assertThat(r.getString("name_key")).isEqualTo(PersonNames.normalize(r.getString("full_name")));
          assertThat(r.getString("kelurahan_code")).startsWith(r.getString("kecamatan_code"));
        });
    assertThat(stored).hasSize(9984).isEqualTo(good);

    // The same file again inserts nothing.
    JsonObject again = awaitEnd(server, admin, uploadCsv(server, admin, file));
    assertThat(again.getString("status")).isEqualTo("DONE");
    assertThat(again.getInteger("inserted")).isZero();
    assertThat(again.getInteger("duplicates")).isEqualTo(9994);
    assertThat(again.getInteger("failed")).isEqualTo(6);
    assertThat(db.preparedQuery("SELECT count(*) FROM worker WHERE nik_hash = ANY($1)")
        .execute(Tuple.tuple().addArrayOfBuffer(env.hashes(good))).await().iterator().next().getLong(0)).isEqualTo(9984L);

    // Audit: one entry when the import starts, one when it ends, with the counts, and one when its
    // rows have been checked for possible duplicates; none per worker.
    awaitDuplicateCheck(server, admin, id);
    var audit = server.get("/api/v1/audit?entityType=worker_import&entityId=" + id, admin).bodyAsJsonObject();
    List<String> actions = new ArrayList<>();
    audit.getJsonArray("items").forEach(e -> actions.add(((JsonObject) e).getString("action")));
    assertThat(actions).containsExactly("import.duplicates_checked", "import.finished", "import.started");
    JsonObject finished = audit.getJsonArray("items").getJsonObject(1).getJsonObject("after");
    assertThat(finished.getInteger("inserted")).isEqualTo(9934);
    assertThat(finished.getInteger("duplicates")).isEqualTo(60);
    assertThat(finished.getInteger("failed")).isEqualTo(6);
  }

  @Test
  void stoppedWithoutAnInsertWhenTheFileHasNoHeader() {
    List<WorkerDraft> some = rows(30_000, 5);
    StringBuilder noHeader = new StringBuilder();
    some.forEach(r -> noHeader.append(WorkerCsv.line(r)).append('\n'));
    JsonObject job = awaitEnd(server, admin, uploadCsv(server, admin, noHeader.toString()));
    assertThat(job.getString("status")).isEqualTo("FAILED");
    assertThat(job.getJsonObject("failure").getString("code")).isEqualTo("header_missing");
    assertThat(job.getJsonObject("failure").getString("message")).contains("nik,full_name,birth_date");
    assertThat(job.getInteger("inserted")).isZero();
    assertThat(env.registered(some)).isZero();
  }

  @Test
  void aQuoteLeftOpenOrAnotherEncodingFailsTheWholeFileBeforeAnyInsert() {
    List<WorkerDraft> some = rows(30_100, 4);
    WorkerDraft last = some.get(3);
    String open = csv(some.subList(0, 3)) + "\"" + last.nik() + ",Budi Santoso," + last.birthDate() + "," + last.sex()
        + ",35.73.02.1001,LINMAS,,\n";
    JsonObject job = awaitEnd(server, admin, uploadCsv(server, admin, open));
    assertThat(job.getString("status")).isEqualTo("FAILED");
    assertThat(job.getJsonObject("failure").getString("code")).isEqualTo("quote_unterminated");
    assertThat(env.registered(some)).isZero();

    byte[] latin1 = csv(List.of(ImportFixtures.withName(some.get(0), "José Müller"))).getBytes(StandardCharsets.ISO_8859_1);
    var r = upload(server, admin, CSV, latin1);
    JsonObject encoding = awaitEnd(server, admin, r.bodyAsJsonObject().getString("id"));
    assertThat(encoding.getJsonObject("failure").getString("code")).isEqualTo("file_encoding");

    JsonObject empty = awaitEnd(server, admin, upload(server, admin, CSV, new byte[0]).bodyAsJsonObject().getString("id"));
    assertThat(empty.getJsonObject("failure").getString("code")).isEqualTo("file_empty");
  }

  @Test
  void semicolonSeparatedWithBomAndQuotedFields() {
    List<WorkerDraft> some = rows(31_000, 30);
    StringBuilder file = new StringBuilder("\uFEFF").append(WorkerCsv.HEADER.replace(',', ';')).append("\r\n");
    for (int i = 0; i < some.size(); i++) {
      WorkerDraft r = some.get(i);
      String address = i == 0 ? "\"Jl. Kawi; Gg. 2 \"\"Sawojajar\"\"\nRT 3\""
          : i == 1 ? "\"Jl. Kawi; Gg. 2 \"\"Sawojajar\"\" RT 3\"" : nullToEmpty(r.address());
      file.append(String.join(";", r.nik(), r.fullName(), r.birthDate().toString(), r.sex(), r.kelurahanCode(),
          r.category(), nullToEmpty(r.phone()), address)).append("\r\n");
    }
    JsonObject job = awaitEnd(server, admin, uploadCsv(server, admin, file.toString()));
    assertThat(job.getString("status")).isEqualTo("DONE");
    // The quoted line break kept the first row whole (30 rows, not 31), but an address is one
    // line (issue 13.2: the worker export refuses a value that could break a record).
    assertThat(job.getInteger("inserted")).isEqualTo(29);
    assertThat(job.getInteger("failed")).isEqualTo(1);
    assertThat(job.getJsonArray("errors").stream().map(e -> describe((JsonObject) e)).toList())
        .containsExactly("2 address control_characters");
    String address = db.preparedQuery("SELECT address FROM worker WHERE nik_hash = $1")
        .execute(Tuple.of(env.hashes(List.of(some.get(1).nik()))[0]))
        .await().iterator().next().getString(0);
    assertThat(address).isEqualTo("Jl. Kawi; Gg. 2 \"Sawojajar\" RT 3");
  }

  /** An Idempotency-Key holds the upload while the key is checked: not a byte may be lost meanwhile. */
  @Test
  void anUploadWithAnIdempotencyKeyArrivesWhole() {
    List<WorkerDraft> some = rows(33_000, 5000);
    var r = server.http.post("/api/v1/imports/workers")
        .putHeader("Authorization", "Bearer " + admin)
        .putHeader("Content-Type", CSV)
        .putHeader("Idempotency-Key", "import-33000")
        .sendBuffer(io.vertx.core.buffer.Buffer.buffer(csv(some).getBytes(StandardCharsets.UTF_8)))
        .await();
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(202);
    JsonObject job = awaitEnd(server, admin, r.bodyAsJsonObject().getString("id"));
    assertThat(job.getInteger("inserted")).isEqualTo(5000);
    assertThat(env.registered(some)).isEqualTo(5000);
  }

  @Test
  void unsupportedMediaTypeAndRoles() {
    var r = upload(server, admin, "application/pdf", "%PDF".getBytes(StandardCharsets.US_ASCII));
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(r.bodyAsJsonObject().getString("code")).isEqualTo("unsupported_media_type");
    server.createUser(admin, "auditor.imports", "Rawon-Nguling-2025", "AUDITOR", List.of());
    String auditor = server.login("auditor.imports", "Rawon-Nguling-2025").getString("accessToken");
    var refused = upload(server, auditor, CSV, csv(rows(32_000, 1)).getBytes(StandardCharsets.UTF_8));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(server.get("/api/v1/imports/0192f000-0000-7000-8000-000000000000", admin).statusCode()).isEqualTo(404);
    assertThat(server.get("/api/v1/imports/not-a-uuid", admin).statusCode()).isEqualTo(404);
  }

  private static String describe(JsonObject e) {
    return e.getInteger("row") + " " + e.getString("field") + " " + e.getString("code");
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
