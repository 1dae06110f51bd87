package id.ngopeni.api.worker;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.report.ReportFiles;
import id.ngopeni.domain.privacy.Masks;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The workers screen's list as XLSX and PDF (issue 19.3): the export's filters, NIK and phone
 * masked unless a role allowed a full export names a purpose, typed cells, the people in the file
 * in the access log.
 */
class WorkerListFilesTest {
  @RegisterExtension static final WorkerFixture r = new WorkerFixture("worker-files");
  private static JsonObject siti;
  private static JsonObject bambang;

  @BeforeAll
  static void workers() {
    siti = WorkerFixture.worker("Siti Aminah", LocalDate.of(1980, 3, 14), "F", WorkerFixture.KLOJEN).put("phone", "081234567890");
    bambang = WorkerFixture.worker("Bambang Irawan", LocalDate.of(1975, 6, 2), "M", WorkerFixture.KLOJEN);
    r.membership(r.createdId(siti), "ACTIVE", LocalDate.of(2025, 2, 1));
    r.createdId(bambang);
    r.createdId(WorkerFixture.worker("Dewi Lestari", LocalDate.of(1990, 1, 9), "F", WorkerFixture.BALEARJOSARI));
  }

  private static byte[] file(String path, String token) {
    var response = r.get("/api/v1/workers/" + path, token);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.body().getBytes();
  }

  @Test
  void theWorkbookHoldsTheFilteredWorkersMaskedAndTyped() {
    byte[] xlsx = file("export.xlsx?kelurahanCode=" + WorkerFixture.KLOJEN, r.admin);
    ReportFiles.Sheet sheet = ReportFiles.xlsx(xlsx).get(0);
    int header = sheet.indexOf("No");
    assertThat(ReportFiles.frozenRows(xlsx, 1)).isEqualTo(header + 1);
    assertThat(sheet.rows().get(1).get(0).getText()).isEqualTo("Filter: kelurahan Klojen");
    List<Cell> first = sheet.rows().get(header + 1);
    List<Cell> second = sheet.rows().get(header + 2);
    assertThat(first.get(2).getText()).isEqualTo("Bambang Irawan");
    assertThat(second.get(2).getText()).isEqualTo("Siti Aminah");
    assertThat(second.get(1).getText()).isEqualTo(Masks.nik(siti.getString("nik")));
    assertThat(second.get(3).getType()).isEqualTo(CellType.NUMBER);
    assertThat(second.get(3).asDate().toLocalDate()).isEqualTo(LocalDate.of(1980, 3, 14));
    assertThat(second.get(4).getText()).isEqualTo("P");
    assertThat(second.get(5).getText()).isEqualTo("Klojen");
    assertThat(second.get(8).getText()).isEqualTo(Masks.phone("+6281234567890"));
    assertThat(second.get(9).getText()).isEqualTo("Aktif");
    assertThat(second.get(11).asDate().toLocalDate()).isEqualTo(LocalDate.of(2025, 2, 1));
    assertThat(sheet.rowStarting("Jumlah").get(2).getText()).isEqualTo("2 orang");
    assertThat(sheet.rowStarting("Menurut kepesertaan: Belum terdaftar 1; Aktif 1")).isNotEmpty();

    Row access = r.db.query("SELECT kind, person_ids, fields, purpose FROM personal_data_access "
        + "WHERE detail ->> 'export' = 'workers.xlsx' ORDER BY id DESC LIMIT 1").execute().await().iterator().next();
    assertThat(access.getString("kind")).isEqualTo("EXPORT");
    assertThat(access.getArrayOfUUIDs("person_ids")).hasSize(2);
    assertThat(access.getString("purpose")).isNull();
  }

  @Test
  void aFullListNeedsAPurposeTheRoleMayRevealFor() {
    String pdf = ReportFiles.pdfText(file("export.pdf?kelurahanCode=" + WorkerFixture.KLOJEN + "&purpose=VERIFICATION", r.admin));
    assertThat(pdf).contains("DAFTAR PEKERJA RENTAN", siti.getString("nik"), "Siti Aminah", "+6281234567890",
        "tujuan: VERIFICATION", "Halaman 1 dari 1", "oleh admin");
    String masked = ReportFiles.pdfText(file("export.pdf?q=Aminah", r.admin));
    assertThat(masked).contains("Siti Aminah", Masks.nik(siti.getString("nik")))
        .doesNotContain(siti.getString("nik")).doesNotContain("Bambang");
    String auditor = r.token("auditor.files", "AUDITOR");
    var refused = r.get("/api/v1/workers/export.xlsx?purpose=VERIFICATION", auditor);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.bodyAsJsonObject().getString("code")).isEqualTo("full_export_not_allowed");
    assertThat(r.get("/api/v1/workers/export.pdf", r.token("approver.files", "APPROVER")).statusCode()).isEqualTo(403);
    String officer = r.token("petugas.files", "FIELD_OFFICER", WorkerFixture.BALEARJOSARI);
    String own = ReportFiles.pdfText(file("export.pdf", officer));
    assertThat(own).contains("Dewi Lestari").doesNotContain("Siti Aminah");
  }
}
