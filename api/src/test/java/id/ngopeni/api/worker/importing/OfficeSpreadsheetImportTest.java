package id.ngopeni.api.worker.importing;

import static id.ngopeni.api.worker.importing.ImportFixtures.awaitEnd;
import static id.ngopeni.api.worker.importing.ImportFixtures.rows;
import static id.ngopeni.api.worker.importing.ImportFixtures.upload;
import static id.ngopeni.api.worker.importing.ImportFixtures.uploadCsv;
import static id.ngopeni.api.worker.importing.ImportFixtures.withKelurahan;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.worker.WorkerDraft;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 item 5: the files offices really have — Indonesian headers, `;`, L/P, the kelurahan and
 * category by name, day-first dates — import as they are; the template to fill in comes from the
 * API with drop-down lists; an error reads the same on screen and in the error file.
 */
class OfficeSpreadsheetImportTest extends ImportTestSupport {
  private static final String KLOJEN = "35.73.02.1001";
  private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Test
  void anOfficeCsvWithIndonesianHeadersNamesAndLpImports() {
    List<WorkerDraft> good = rows(70_000, 3).stream().map(w -> withKelurahan(w, KLOJEN)).toList();
    List<WorkerDraft> bad = rows(70_003, 2);
    List<String> lines = new ArrayList<>();
    lines.add("No.;NIK;Nama Lengkap;Tanggal Lahir;L/P;Kecamatan;Kelurahan;Kategori;No HP;Alamat");
    for (int i = 0; i < good.size(); i++) {
      lines.add(line(i + 1, good.get(i), "Klojen", "Kel. Klojen", "Guru ngaji"));
    }
    lines.add(line(4, bad.get(0), "Klojen", "Tidak Ada", "Guru ngaji"));
    lines.add(line(5, bad.get(1), "", "Klojen", "Tukang sihir"));
    JsonObject job = awaitEnd(server, admin, uploadCsv(server, admin, String.join("\n", lines) + "\n"));

    assertThat(job.getString("status")).as(job.encode()).isEqualTo("DONE");
    assertThat(job.getInteger("inserted")).as(job.encode()).isEqualTo(3);
    assertThat(job.getInteger("failed")).isEqualTo(2);
    for (WorkerDraft w : good) {
      Row stored = db.preparedQuery("SELECT kelurahan_code, category, sex, birth_date FROM worker WHERE full_name = $1")
          .execute(Tuple.of(w.fullName())).await().iterator().next();
      assertThat(stored.getString("kelurahan_code")).isEqualTo(KLOJEN);
      assertThat(stored.getString("category")).isEqualTo("GURU_NGAJI");
      assertThat(stored.getString("sex")).isEqualTo(w.sex());
      assertThat(stored.getLocalDate("birth_date")).isEqualTo(w.birthDate());
    }
    // The errors name the file's own columns, and read the same on screen and in the error file.
    String id = job.getString("id");
    for (String language : List.of("id", "en")) {
      JsonObject screen = get("/api/v1/imports/" + id, language).bodyAsJsonObject();
      List<String> shown = screen.getJsonArray("errors").stream().map(JsonObject.class::cast)
          .map(e -> e.getInteger("row") + "|" + e.getString("field") + "|" + e.getString("code") + "|" + e.getString("message"))
          .toList();
      assertThat(shown).hasSize(2);
      assertThat(shown.get(0)).startsWith("5|Kelurahan|kelurahan_unknown|");
      assertThat(shown.get(1)).startsWith("6|Kategori|category_unknown|");
      String file = get("/api/v1/imports/" + id + "/errors.csv", language).bodyAsString();
      List<String> filed = file.lines().skip(1).map(l -> l.replace(",", "|")).toList();
      assertThat(filed).as(language).isEqualTo(shown.stream().map(s -> s.replace(",", "|")).toList());
    }
    assertThat(get("/api/v1/imports/" + id, "id").bodyAsJsonObject().getJsonArray("errors").getJsonObject(0)
        .getString("message")).isEqualTo("Kelurahan ini tidak terdaftar.");
  }

  @Test
  void theTemplateHasItsListsAndAFilledInCopyImports() throws IOException {
    HttpResponse<Buffer> template = get("/api/v1/imports/workers/template", "id");
    assertThat(template.statusCode()).as(template.bodyAsString()).isEqualTo(200);
    assertThat(template.getHeader("Content-Type")).isEqualTo(ImportTemplateRoutes.XLSX);
    byte[] bytes = template.body().getBytes();
    assertThat(entry(bytes, "xl/workbook.xml")).contains("name=\"Pekerja\"").contains("name=\"Daftar\"").contains("state=\"hidden\"");
    String pekerja = entry(bytes, "xl/worksheets/sheet1.xml");
    assertThat(pekerja.split("<dataValidation ", -1)).hasSize(5); // L/P, kecamatan, kelurahan, category
    List<String> headers;
    List<String> kelurahan;
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      List<Sheet> sheets = wb.getSheets().toList();
      headers = sheets.get(0).read().get(0).stream().map(c -> c.getText()).toList();
      kelurahan = sheets.get(2).read().stream().map(r -> r.getCellText(1)).filter(t -> !t.isBlank()).toList();
    }
    assertThat(headers).containsExactlyElementsOf(ImportTemplate.HEADERS);
    assertThat(kelurahan).hasSize(57).contains("Klojen", "Sumbersari");

    // Filled in as an office would: the template's own headers, values from its lists.
    WorkerDraft w = rows(70_010, 1).get(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "Ngopeni", "1.0");
    Worksheet sheet = workbook.newWorksheet("Pekerja");
    for (int c = 0; c < headers.size(); c++) {
      sheet.value(0, c, headers.get(c));
    }
    sheet.value(1, 0, w.nik());
    sheet.value(1, 1, w.fullName());
    sheet.value(1, 2, w.birthDate());
    sheet.style(1, 2).format("dd/mm/yyyy").set();
    sheet.value(1, 3, w.sex().equals("M") ? "L" : "P");
    sheet.value(1, 4, "Klojen");
    sheet.value(1, 5, "Klojen");
    sheet.value(1, 6, "Marbot masjid");
    workbook.finish();
    var uploaded = upload(server, admin, ImportFormat.XLSX_TYPE, out.toByteArray());
    JsonObject job = awaitEnd(server, admin, uploaded.bodyAsJsonObject().getString("id"));
    assertThat(job.getInteger("inserted")).as(job.encode()).isEqualTo(1);
    assertThat(db.preparedQuery("SELECT category FROM worker WHERE full_name = $1").execute(Tuple.of(w.fullName())).await()
        .iterator().next().getString(0)).isEqualTo("MARBOT");
  }

  @Test
  void aFieldOfficersTemplateListsTheirKelurahanOnly() throws IOException {
    server.createUser(admin, "petugas.templat", "Tahu-Campur-Lamongan-7", "FIELD_OFFICER", List.of(KLOJEN));
    server.createUser(admin, "auditor.templat", "Tahu-Campur-Lamongan-8", "AUDITOR", List.of());
    String officer = server.login("petugas.templat", "Tahu-Campur-Lamongan-7").getString("accessToken");
    HttpResponse<Buffer> template = server.http.get("/api/v1/imports/workers/template")
        .putHeader("Authorization", "Bearer " + officer).send().await();
    assertThat(template.statusCode()).isEqualTo(200);
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(template.body().getBytes()))) {
      List<String> lists = wb.getSheets().toList().get(2).read().stream().map(r -> r.getCellText(1))
          .filter(t -> !t.isBlank()).collect(Collectors.toList());
      assertThat(lists).containsExactly("Klojen");
    }
    String auditor = server.login("auditor.templat", "Tahu-Campur-Lamongan-8").getString("accessToken");
    assertThat(server.http.get("/api/v1/imports/workers/template").putHeader("Authorization", "Bearer " + auditor)
        .send().await().statusCode()).isEqualTo(403);
  }

  private static String line(int number, WorkerDraft w, String kecamatan, String kelurahan, String category) {
    return String.join(";", String.valueOf(number), w.nik(), w.fullName(), w.birthDate().format(DAY_FIRST),
        w.sex().equals("M") ? "L" : "P", kecamatan, kelurahan, category, w.phone() == null ? "" : w.phone(),
        w.address() == null ? "" : w.address());
  }

  private static HttpResponse<Buffer> get(String path, String language) {
    return server.http.get(path).putHeader("Authorization", "Bearer " + admin).putHeader("Accept-Language", language)
        .send().await();
  }

  private static String entry(byte[] xlsx, String name) throws IOException {
    Path file = Files.createTempFile("template", ".xlsx");
    try {
      Files.write(file, xlsx);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        ZipEntry e = zip.getEntry(name);
        assertThat(e).as(name + " in the workbook").isNotNull();
        return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
      }
    } finally {
      Files.delete(file);
    }
  }
}
