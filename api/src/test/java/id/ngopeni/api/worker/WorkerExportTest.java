package id.ngopeni.api.worker;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.Sealed;
import id.ngopeni.persistence.worker.NewWorker;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WorkerExportTest {
  @RegisterExtension static final WorkerFixture r = new WorkerFixture("export");

  @Test
  void exportsTheImportColumnsPlusCoverageQuotedAndDefused() {
    JsonObject plain = WorkerFixture.worker("Siti Aminah", LocalDate.of(1980, 3, 14), "F", WorkerFixture.KLOJEN)
        .put("phone", "081234567890").put("address", "Jl. Ijen 5, RT 02/RW 03");
    JsonObject hostile = WorkerFixture.worker("=HYPERLINK(\"http://x\",\"klik\")", LocalDate.of(1981, 4, 15), "M", WorkerFixture.SAMAAN)
        .put("address", "@SUM(A1:A9)");
    String plainId = r.createdId(plain);
    r.createdId(hostile);
    r.membership(plainId, "ACTIVE", LocalDate.of(2025, 2, 1));

    // In full (issue 17: a full export is asked for with a purpose); the masked default is below.
    var response = r.get("/api/v1/workers/export.csv?kecamatan=35.73.02&purpose=BPJS_REGISTRATION", r.admin);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).isEqualTo("text/csv; charset=utf-8");
    assertThat(response.getHeader("Content-Disposition")).contains("workers.csv");
    List<String> lines = List.of(response.bodyAsString().split("\r\n"));
    assertThat(lines.get(0)).isEqualTo("nik,full_name,birth_date,sex,kelurahan_code,category,phone,address,coverage");
    assertThat(lines).contains(plain.getString("nik") + ",Siti Aminah,1980-03-14,F,35.73.02.1001,GURU_NGAJI,+6281234567890,"
        + "\"Jl. Ijen 5, RT 02/RW 03\",ACTIVE");
    assertThat(lines).contains(hostile.getString("nik") + ",\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\",1981-04-15,M,"
        + "35.73.02.1003,GURU_NGAJI,,'@SUM(A1:A9),NONE");
    assertThat(lines).hasSize(3);
  }

  @Test
  void theExportTakesTheListFilters() {
    JsonObject marbot = WorkerFixture.worker("Marbot Blimbing", LocalDate.of(1950, 1, 1), "M", WorkerFixture.BALEARJOSARI)
        .put("category", "MARBOT");
    r.createdId(marbot);
    String csv = r.get("/api/v1/workers/export.csv?category=MARBOT", r.admin).bodyAsString();
    assertThat(csv.split("\r\n")).hasSize(2);
    // Masked by default (issue 17): the regency and serial, never the whole NIK.
    assertThat(csv).contains(id.ngopeni.domain.privacy.Masks.nik(marbot.getString("nik")))
        .doesNotContain(marbot.getString("nik"));
  }

  @Test
  void approversDoNotExport() {
    String approver = r.token("approver.export", "APPROVER");
    assertThat(r.get("/api/v1/workers/export.csv", approver).statusCode()).isEqualTo(403);
    String auditor = r.token("auditor.export", "AUDITOR");
    assertThat(r.get("/api/v1/workers/export.csv", auditor).statusCode()).isEqualTo(200);
  }

  /** Issue 13.2: a line break written straight into the database never becomes a second record. */
  @Test
  void theExportRefusesAValueThatWouldBreakARecord() {
    UUID id = UUID.randomUUID();
    Sealed.of(r.server).worker(r.db, id, "3573040101800001",
        "Budi\r\n3573040101800002,Eve,1980-01-01,M,35.73.04.1001,LINMAS,,,ACTIVE", LocalDate.of(1980, 1, 1), "M",
        "35.73.04.1001", "LINMAS");
    try {
      var response = r.get("/api/v1/workers/export.csv?kecamatan=35.73.04", r.admin);
      assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(409);
      assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
      assertThat(response.getHeader("Content-Disposition")).isNull();
      assertThat(response.bodyAsJsonObject().getString("code")).isEqualTo("unsafe_file_value");
      assertThat(response.bodyAsString()).doesNotContain("Eve");
    } finally {
      r.db.preparedQuery("DELETE FROM worker WHERE id = $1").execute(Tuple.of(id)).await();
    }
  }

  @Test
  void aLargeExportStreamsEveryRow() {
    // Enough rows for several cursor fetches and flushes.
    List<NewWorker> rows = new java.util.ArrayList<>();
    for (int g = 1; g <= 5000; g++) {
      rows.add(new NewWorker(UUID.randomUUID(), "35730501" + String.format("%08d", g), "Pekerja " + g, "pekerja " + g,
          LocalDate.of(1980, 1, 1), "M", "35.73.05.1001", "LINMAS", null, null));
    }
    Sealed.of(r.server).workers(r.db, rows);
    String csv = r.get("/api/v1/workers/export.csv?kecamatan=35.73.05", r.admin).bodyAsString();
    assertThat(csv.split("\r\n")).hasSize(5001);
    assertThat(csv).endsWith(",NONE\r\n");
  }
}
