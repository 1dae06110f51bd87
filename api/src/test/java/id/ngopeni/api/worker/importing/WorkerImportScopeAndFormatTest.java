package id.ngopeni.api.worker.importing;

import static id.ngopeni.api.worker.importing.ImportFixtures.awaitEnd;
import static id.ngopeni.api.worker.importing.ImportFixtures.csv;
import static id.ngopeni.api.worker.importing.ImportFixtures.rows;
import static id.ngopeni.api.worker.importing.ImportFixtures.upload;
import static id.ngopeni.api.worker.importing.ImportFixtures.uploadCsv;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.worker.WorkerCsv;
import id.ngopeni.domain.worker.WorkerDraft;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** XLSX uploads, the field officer's scope, who may read an import, and the size limit. */
class WorkerImportScopeAndFormatTest extends ImportTestSupport {
  private static final String KLOJEN = "35.73.02.1001";
  @Test
  void xlsxFirstSheetWithTextAndRealDates() throws IOException {
    List<WorkerDraft> some = rows(60_000, 20);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "Ngopeni", "1.0");
    Worksheet sheet = workbook.newWorksheet("Pekerja");
    List<String> header = List.of(WorkerCsv.HEADER.split(","));
    for (int c = 0; c < header.size(); c++) {
      sheet.value(0, c, header.get(c));
    }
    for (int i = 0; i < some.size(); i++) {
      WorkerDraft w = some.get(i);
      int r = i + 1;
      sheet.value(r, 0, w.nik());
      sheet.value(r, 1, w.fullName());
      if (i % 2 == 0) {
        sheet.value(r, 2, w.birthDate()); // a real Excel date, shown day first as offices do
        sheet.style(r, 2).format("dd/mm/yyyy").set();
      } else {
        sheet.value(r, 2, w.birthDate().toString());
      }
      sheet.value(r, 3, w.sex());
      sheet.value(r, 4, w.kelurahanCode());
      sheet.value(r, 5, w.category());
      sheet.value(r, 6, w.phone());
      sheet.value(r, 7, w.address());
    }
    workbook.newWorksheet("Catatan").value(0, 0, "not read");
    workbook.finish();

    var r = upload(server, admin, ImportFormat.XLSX_TYPE, out.toByteArray());
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(202);
    JsonObject job = awaitEnd(server, admin, r.bodyAsJsonObject().getString("id"));
    assertThat(job.getString("status")).as(job.encode()).isEqualTo("DONE");
    assertThat(job.getString("format")).isEqualTo("XLSX");
    assertThat(job.getInteger("inserted")).as(job.encode()).isEqualTo(20);
    assertThat(job.getInteger("failed")).isZero();
    var stored = db.preparedQuery("SELECT birth_date FROM worker WHERE nik_hash = $1")
        .execute(Tuple.of(env.hashes(List.of(some.get(0).nik()))[0])).await();
    assertThat(stored.iterator().next().getLocalDate(0)).isEqualTo(some.get(0).birthDate());

    var notXlsx = upload(server, admin, ImportFormat.XLSX_TYPE, "nik,full_name".getBytes());
    JsonObject failed = awaitEnd(server, admin, notXlsx.bodyAsJsonObject().getString("id"));
    assertThat(failed.getString("status")).isEqualTo("FAILED");
    assertThat(failed.getJsonObject("failure").getString("code")).isEqualTo("file_unreadable");
  }

  @Test
  void aFieldOfficerImportsOnlyTheirKelurahanAndSeesOnlyTheirImports() {
    server.createUser(admin, "petugas.klojen.imp", "Bakso-Presiden-2025", "FIELD_OFFICER", List.of(KLOJEN));
    server.createUser(admin, "petugas.sukun.imp", "Bakso-Presiden-2026", "FIELD_OFFICER", List.of("35.73.04.1005"));
    server.createUser(admin, "auditor.imp", "Rawon-Setan-Malang-1", "AUDITOR", List.of());
    server.createUser(admin, "approver.imp", "Rawon-Setan-Malang-2", "APPROVER", List.of());
    String officer = server.login("petugas.klojen.imp", "Bakso-Presiden-2025").getString("accessToken");
    String otherOfficer = server.login("petugas.sukun.imp", "Bakso-Presiden-2026").getString("accessToken");
    String auditor = server.login("auditor.imp", "Rawon-Setan-Malang-1").getString("accessToken");
    String approver = server.login("approver.imp", "Rawon-Setan-Malang-2").getString("accessToken");

    List<WorkerDraft> file = new ArrayList<>();
    List<WorkerDraft> some = rows(61_000, 10);
    for (int i = 0; i < some.size(); i++) {
      file.add(ImportFixtures.withKelurahan(some.get(i), i < 4 ? KLOJEN : "35.73.05.1001"));
    }
    String id = uploadCsv(server, officer, csv(file));
    JsonObject job = awaitEnd(server, officer, id);
    assertThat(job.getString("status")).isEqualTo("DONE");
    assertThat(job.getInteger("inserted")).isEqualTo(4);
    assertThat(job.getInteger("failed")).isEqualTo(6);
    job.getJsonArray("errors").forEach(e -> {
      assertThat(((JsonObject) e).getString("field")).isEqualTo("kelurahan_code");
      assertThat(((JsonObject) e).getString("code")).isEqualTo("kelurahan_out_of_scope");
      assertThat(((JsonObject) e).getString("message")).isEqualTo("Kelurahan ini di luar wilayah tugas Anda.");
    });
    assertThat(job.getJsonArray("errors")).hasSize(6);
    var english = server.http.get("/api/v1/imports/" + id).putHeader("Authorization", "Bearer " + officer)
        .putHeader("Accept-Language", "en").send().await().bodyAsJsonObject();
    assertThat(english.getJsonArray("errors").getJsonObject(0).getString("message"))
        .isEqualTo("This kelurahan lies outside your assigned area.");

    assertThat(server.get("/api/v1/imports/" + id, otherOfficer).statusCode()).isEqualTo(404);
    assertThat(server.get("/api/v1/imports/" + id + "/errors.csv", otherOfficer).statusCode()).isEqualTo(404);
    assertThat(server.get("/api/v1/imports/" + id, auditor).statusCode()).isEqualTo(200);
    assertThat(server.get("/api/v1/imports/" + id + "/errors.csv", auditor).bodyAsString()).contains("kelurahan_out_of_scope");
    assertThat(server.get("/api/v1/imports/" + id, admin).statusCode()).isEqualTo(200);
    assertThat(server.get("/api/v1/imports/" + id, approver).statusCode()).isEqualTo(403);

    String adminImport = uploadCsv(server, admin, csv(rows(61_100, 1)));
    awaitEnd(server, admin, adminImport);
    assertThat(server.get("/api/v1/imports/" + adminImport, officer).statusCode()).isEqualTo(404);
  }

  @Test
  void aDeclaredSizeOverTheLimitIsRefusedBeforeReading() throws Exception {
    try (RawUpload upload = new RawUpload(server.app.port(), admin, "Content-Length: " + (ImportRoutes.MAX_UPLOAD_BYTES + 1))) {
      upload.send((WorkerCsv.HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
      assertThat(upload.statusLine()).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
    }
    assertThat(env.count("SELECT count(*) FROM worker_import WHERE status = 'RECEIVING'")).isZero();
  }

  @Test
  void aStreamedUploadIsCutOffAtTheLimitAndLeavesNothingBehind() throws Exception {
    try (RawUpload upload = new RawUpload(server.app.port(), admin, "Transfer-Encoding: chunked")) {
      byte[] mebibyte = new byte[1024 * 1024];
      Thread writer = new Thread(() -> {
        try {
          for (long sent = 0; sent <= ImportRoutes.MAX_UPLOAD_BYTES; sent += mebibyte.length) {
            upload.send(("100000\r\n").getBytes(StandardCharsets.US_ASCII));
            upload.send(mebibyte);
            upload.send("\r\n".getBytes(StandardCharsets.US_ASCII));
          }
        } catch (IOException e) {
          // the server refused and closed the connection: expected
        }
      });
      writer.start();
      assertThat(upload.statusLine()).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
      writer.join(30_000);
    }
    assertThat(env.count("SELECT count(*) FROM worker_import WHERE status = 'RECEIVING'")).isZero();
    assertThat(env.count("SELECT count(*) FROM worker_import_chunk c JOIN worker_import i ON i.id = c.import_id"
        + " WHERE i.status IN ('RECEIVING', 'DONE', 'FAILED')")).isZero();
  }

  /** A bare HTTP/1.1 upload over a socket, so the test controls exactly what is declared and sent. */
  private static final class RawUpload implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;

    RawUpload(int port, String token, String lengthHeader) throws IOException {
      socket = new Socket("localhost", port);
      socket.setSoTimeout(60_000);
      out = socket.getOutputStream();
      send(("POST /api/v1/imports/workers HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
          + "\r\nContent-Type: text/csv\r\n" + lengthHeader + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    void send(byte[] bytes) throws IOException {
      out.write(bytes);
      out.flush();
    }

    String statusLine() throws IOException {
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      return in.readLine();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
