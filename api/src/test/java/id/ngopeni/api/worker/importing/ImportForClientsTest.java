package id.ngopeni.api.worker.importing;

import static id.ngopeni.api.worker.importing.HandMadeXlsx.cell;
import static id.ngopeni.api.worker.importing.HandMadeXlsx.header;
import static id.ngopeni.api.worker.importing.HandMadeXlsx.workbook;
import static id.ngopeni.api.worker.importing.ImportFixtures.awaitEnd;
import static id.ngopeni.api.worker.importing.ImportFixtures.uploadCsv;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.DocumentedAnswers;
import id.ngopeni.domain.worker.WorkerDraft;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.multipart.MultipartForm;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What a mobile client meets on an import (issue 18): the file sent as a multipart form, as a
 * generated client sends it (CSV or XLSX by the part's type or file name, retried safely under
 * one Idempotency-Key), and why an import failed, in the language it asks for (Indonesian by
 * default) with the same code and the same specifics. Every answer is one the document declares.
 */
class ImportForClientsTest extends ImportTestSupport {

  private static HttpResponse<Buffer> form(String key, MultipartForm form) {
    var request = server.http.post("/api/v1/imports/workers").putHeader("Authorization", "Bearer " + admin);
    if (key != null) {
      request.putHeader("Idempotency-Key", key);
    }
    return request.sendMultipartForm(form).await();
  }

  private static MultipartForm file(String name, byte[] content, String type) {
    return MultipartForm.create().binaryFileUpload("file", name, Buffer.buffer(content), type);
  }

  @Test
  void anXlsxOrCsvArrivesAsTheFormsPartFile() {
    DocumentedAnswers document = new DocumentedAnswers(server.clientVertx);
    document.watch(server.http);
    WorkerDraft[] w = ImportFixtures.rows(90_000, 2).toArray(WorkerDraft[]::new);
    String row = "<row r=\"2\">" + cell("A2", w[0].nik()) + cell("B2", w[0].fullName()) + cell("C2", w[0].birthDate().toString())
        + cell("D2", w[0].sex()) + cell("E2", w[0].kelurahanCode()) + cell("F2", w[0].category()) + "</row>";
    byte[] xlsx = workbook(header() + row);

    // As the generated Java client sends it: application/octet-stream, told apart by its name.
    var sent = form("xlsx-form-1", file("pekerja.xlsx", xlsx, "application/octet-stream"));
    assertThat(sent.statusCode()).as(sent.bodyAsString()).isEqualTo(202);
    String id = sent.bodyAsJsonObject().getString("id");
    JsonObject done = awaitEnd(server, admin, id);
    assertThat(done.getString("status")).as(done.encode()).isEqualTo("DONE");
    assertThat(done.getString("format")).isEqualTo("XLSX");
    assertThat(done.getLong("inserted")).isEqualTo(1L);
    // The same form again (a new boundary) under the key: the first answer, nothing imported twice.
    var retried = form("xlsx-form-1", file("pekerja.xlsx", xlsx, "application/octet-stream"));
    assertThat(retried.statusCode()).isEqualTo(202);
    assertThat(retried.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retried.bodyAsJsonObject().getString("id")).isEqualTo(id);
    // Another file under that key is refused.
    var other = form("xlsx-form-1", file("pekerja.xlsx", workbook(header()), "application/octet-stream"));
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(other.bodyAsJsonObject().getString("code")).isEqualTo("idempotency_key_reused");

    // A field sent before the file belongs to the form a retry must repeat.
    MultipartForm noted = MultipartForm.create().attribute("note", "kiriman kedua")
        .binaryFileUpload("file", "pekerja.xlsx", Buffer.buffer(xlsx), "application/octet-stream");
    var first = form("xlsx-form-2", noted);
    assertThat(first.statusCode()).as(first.bodyAsString()).isEqualTo(202);
    var again = form("xlsx-form-2", noted);
    assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.bodyAsJsonObject().getString("id")).isEqualTo(first.bodyAsJsonObject().getString("id"));

    // A CSV part told by its type, whatever its name.
    byte[] csv = ImportFixtures.csv(java.util.List.of(w[1])).getBytes(StandardCharsets.UTF_8);
    var csvSent = form(null, file("export", csv, "text/csv"));
    assertThat(csvSent.statusCode()).as(csvSent.bodyAsString()).isEqualTo(202);
    JsonObject csvDone = awaitEnd(server, admin, csvSent.bodyAsJsonObject().getString("id"));
    assertThat(csvDone.getString("format")).isEqualTo("CSV");
    assertThat(csvDone.getLong("inserted")).as(csvDone.encode()).isEqualTo(1L);

    // Neither type nor name says CSV or XLSX: 415; a form without the part file: 422.
    var unknown = form(null, file("pekerja.txt", csv, "application/octet-stream"));
    assertThat(unknown.statusCode()).isEqualTo(415);
    var noFile = form(null, MultipartForm.create().attribute("note", "tanpa berkas"));
    assertThat(noFile.statusCode()).as(noFile.bodyAsString()).isEqualTo(422);
    assertThat(noFile.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("file");
    assertThat(document.disagreements()).isEmpty();
  }

  @Test
  void aFailuresMessageIsInTheCallersLanguageWithTheSameCode() {
    String id = uploadCsv(server, admin, "nik,julukan\n3573024101800001,Budi\n");
    JsonObject indonesian = awaitEnd(server, admin, id);
    assertThat(indonesian.getString("status")).isEqualTo("FAILED");
    JsonObject failure = indonesian.getJsonObject("failure");
    assertThat(failure.getString("code")).isEqualTo("header_invalid");
    assertThat(failure.getString("message")).startsWith("Judul kolom salah (kolom tidak ada: full_name, birth_date");

    var english = server.http.get("/api/v1/imports/" + id).putHeader("Authorization", "Bearer " + admin)
        .putHeader("Accept-Language", "en").send().await();
    assertThat(english.getHeader("Content-Language")).isEqualTo("en");
    JsonObject same = english.bodyAsJsonObject().getJsonObject("failure");
    assertThat(same.getString("code")).isEqualTo("header_invalid");
    assertThat(same.getString("message"))
        .startsWith("The column names are wrong (missing columns: full_name, birth_date")
        .contains("Expected: nik,full_name,birth_date");

    var listed = server.http.get("/api/v1/imports").putHeader("Authorization", "Bearer " + admin)
        .putHeader("Accept-Language", "en").send().await();
    JsonObject item = listed.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(i -> i.getString("id").equals(id)).findFirst().orElseThrow();
    assertThat(item.getJsonObject("failure").getString("message")).isEqualTo(same.getString("message"));
    assertThat(listed.getHeader("Content-Language")).isEqualTo("en");
  }
}
