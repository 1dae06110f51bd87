package id.ngopeni.api.worker.importing;

import static id.ngopeni.api.worker.importing.HandMadeXlsx.cell;
import static id.ngopeni.api.worker.importing.HandMadeXlsx.header;
import static id.ngopeni.api.worker.importing.HandMadeXlsx.workbook;
import static id.ngopeni.api.worker.importing.ImportFixtures.awaitEnd;
import static id.ngopeni.api.worker.importing.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.worker.WorkerDraft;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.6: a 2 KB XLSX with one cell at column ~321 million took 80 s of CPU and 4 GB (the
 * reader sizes each row by its last cell's column). Such files now fail at once with a code, before
 * the reader builds a row: cells beyond the header (plus a margin) or beyond XFD, rows with too
 * many cells, sheets too large once inflated or inflated from too little. The bombs here are small
 * (the old code read them in well under a second, as rows or as nothing) so that the test shows the
 * refusal by its code, not by time.
 */
class XlsxBombTest extends ImportTestSupport {

  private static String failure(byte[] file) {
    var r = upload(server, admin, ImportFormat.XLSX_TYPE, file);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(202);
    JsonObject job = awaitEnd(server, admin, r.bodyAsJsonObject().getString("id"));
    assertThat(job.getString("status")).as(job.encode()).isEqualTo("FAILED");
    assertThat(job.getInteger("inserted")).isZero();
    return job.getJsonObject("failure").getString("code");
  }

  @Test
  void aHandMadeWorkbookWithinTheLimitsIsImported() {
    WorkerDraft w = ImportFixtures.rows(70_000, 1).get(0);
    String row = "<row r=\"2\">" + cell("A2", w.nik()) + cell("B2", w.fullName()) + cell("C2", w.birthDate().toString())
        + cell("D2", w.sex()) + cell("E2", w.kelurahanCode()) + cell("F2", w.category()) + "</row>";
    var r = upload(server, admin, ImportFormat.XLSX_TYPE, workbook(header() + row));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(202);
    JsonObject job = awaitEnd(server, admin, r.bodyAsJsonObject().getString("id"));
    assertThat(job.getString("status")).as(job.encode()).isEqualTo("DONE");
    assertThat(job.getInteger("inserted")).as(job.encode()).isEqualTo(1);
  }

  @Test
  void aCellFarRightOfTheHeaderFailsTheFile() {
    // Column ZZ (702): within XFD, but far beyond the header's six columns.
    assertThat(failure(workbook(header() + "<row r=\"2\">" + cell("ZZ2", "x") + "</row>")))
        .isEqualTo("xlsx_cell_out_of_range");
  }

  @Test
  void aCellBeyondXfdFailsTheFile() {
    // XFE is column 16385, one past the last column Excel knows.
    assertThat(failure(workbook(header() + "<row r=\"2\">" + cell("A2", "x") + "<c r=\"XFE2\"/></row>")))
        .isEqualTo("xlsx_cell_out_of_range");
  }

  @Test
  void aRowWithThousandsOfCellsFailsTheFile() {
    StringBuilder row = new StringBuilder("<row r=\"2\">");
    for (int i = 0; i < 5000; i++) {
      row.append(cell("B2", "y"));
    }
    assertThat(failure(workbook(header() + row + "</row>"))).isEqualTo("xlsx_row_too_wide");
  }

  @Test
  void aSheetInflatedFromAlmostNothingFailsTheFile() {
    // 8 MB of spaces deflate to a few KB: a ratio no spreadsheet has.
    String padding = " ".repeat(8 * 1024 * 1024);
    assertThat(failure(workbook(header() + padding))).isEqualTo("xlsx_compression_ratio");
  }

  @Test
  void aUserWithTooManyImportsWaitingIsToldToWait() {
    String adminId = db.query("SELECT id FROM app_user WHERE username = 'admin'").execute().await()
        .iterator().next().getUUID(0).toString();
    // Imports another instance holds (their lease far ahead): this instance's poller leaves them be.
    db.query("INSERT INTO worker_import (id, status, format, created_by, created_by_role, lease_owner, lease_until)"
        + " SELECT gen_random_uuid(), 'RUNNING', 'CSV', '" + adminId + "', 'ADMIN', 'elsewhere', now() + interval '1 hour'"
        + " FROM generate_series(1, " + ImportService.MAX_WAITING_PER_USER + ")").execute().await();
    try {
      var refused = upload(server, admin, ImportFixtures.CSV, "nik,full_name\n".getBytes());
      assertThat(refused.statusCode()).as(refused.bodyAsString()).isEqualTo(429);
      assertThat(refused.bodyAsJsonObject().getString("code")).isEqualTo("import_queue_full");
    } finally {
      db.query("DELETE FROM worker_import WHERE lease_owner = 'elsewhere'").execute().await();
    }
  }
}
