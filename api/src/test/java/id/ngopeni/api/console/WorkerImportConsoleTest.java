package id.ngopeni.api.console;

import static id.ngopeni.api.console.ConsoleBrowser.httpStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.worker.WorkerCsv;
import id.ngopeni.domain.worker.WorkerDraft;
import id.ngopeni.api.demo.synthetic.SyntheticWorkers;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The import screen against the real background import: a file of a few hundred rows with
 * planted bad rows and a repeated one, the progress bar to its end, the counts, the error
 * report downloaded and read; and files the server refuses or cannot read.
 */
class WorkerImportConsoleTest extends BrowserTest {
  static final String PASSWORD = "Bakso-Bakar-Malang-2025";
  private static final int ROWS = 300;

  static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  static Page openImport(Tab tab) {
    Page page = WorkersConsoleTest.openWorkers(tab);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Impor dari berkas")).click();
    expect(heading(page)).hasText("Impor pekerja");
    return page;
  }

  static void upload(Page page, String name, String type, byte[] content) {
    page.getByLabel("Berkas CSV atau XLSX").setInputFiles(new FilePayload(name, type, content));
    button(page.locator("main"), "Unggah dan impor").click();
  }

  static String count(Page page, String kind) {
    return page.locator("[data-count=" + kind + "] dd").textContent().strip();
  }

  @Test
  void anOperatorImportsAFileAndWatchesItFinish() throws Exception {
    server.createUser(adminToken, "rina.operator", PASSWORD, "OPERATOR", List.of());
    List<WorkerDraft> rows = new SyntheticWorkers(20261201L, SyntheticWorkers.MALANG_KELURAHAN_CODES,
        SyntheticWorkers.MALANG_CATEGORY_WEIGHTS).stream(Jakarta.today(Clock.systemUTC())).limit(ROWS).toList();
    List<String> lines = new ArrayList<>();
    rows.forEach(r -> lines.add(WorkerCsv.line(r)));
    // Planted: a NIK with a letter (file row 12), sex X (row 52), an unknown kelurahan (row 122),
    // and the first worker again at the end (a duplicate, not an error). The header is row 1.
    WorkerDraft r10 = rows.get(10);
    lines.set(10, WorkerCsv.line(new WorkerDraft("35730A0101800001", r10.fullName(), r10.birthDate(), r10.sex(),
        r10.kelurahanCode(), r10.category(), r10.phone(), r10.address())));
    WorkerDraft r50 = rows.get(50);
    lines.set(50, WorkerCsv.line(new WorkerDraft(r50.nik(), r50.fullName(), r50.birthDate(), "X",
        r50.kelurahanCode(), r50.category(), r50.phone(), r50.address())));
    WorkerDraft r120 = rows.get(120);
    lines.set(120, WorkerCsv.line(new WorkerDraft(r120.nik(), r120.fullName(), r120.birthDate(), r120.sex(),
        "35.73.09.1001", r120.category(), r120.phone(), r120.address())));
    lines.add(WorkerCsv.line(rows.get(0)));
    byte[] file = (WorkerCsv.HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);

    try (Tab tab = signedIn("rina.operator", PASSWORD)) {
      Page page = openImport(tab);
      expect(page.locator(".columns")).hasText("nik,full_name,birth_date,sex,kelurahan_code,category,phone,address");
      tab.screenshot("import-upload");
      // The template to fill in, with the office's headers and drop-down lists.
      Download template = page.waitForDownload(() -> page.locator("button[data-action=template]").click());
      assertThat(template.suggestedFilename()).isEqualTo("templat-impor-pekerja.xlsx");
      assertThat(template.failure()).isNull();

      // Submitting without a file says so under the field, without asking the server.
      button(page.locator("main"), "Unggah dan impor").click();
      expect(page.locator("[data-field=file] .field-error")).hasText("Pilih berkas.");

      // The file is the request body, under the type its name says, with an Idempotency-Key.
      Request sent = page.waitForRequest("**/api/v1/imports/workers", () -> upload(page, "pekerja-klojen.csv", "text/csv", file));
      assertThat(sent.headerValue("content-type")).isEqualTo("text/csv");
      assertThat(sent.headerValue("idempotency-key")).matches("[0-9a-f]{32}");
      Locator job = page.locator(".import-job");
      expect(job.locator(".badge")).hasText("Selesai", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
          .setTimeout(60_000));
      assertThat(page.url()).matches(".*#/workers/import/[0-9a-f-]{36}$");
      String id = page.url().replaceAll(".*/", "");

      // The bar stands at its end: every counted row processed.
      Locator bar = job.getByLabel("Kemajuan");
      expect(bar).hasAttribute("max", String.valueOf(ROWS + 1));
      expect(bar).hasAttribute("value", String.valueOf(ROWS + 1));
      expect(job.locator(".progress-text")).hasText("301 dari 301 baris diproses");
      assertThat(count(page, "total")).isEqualTo("301");
      assertThat(count(page, "inserted")).isEqualTo("297");
      assertThat(count(page, "duplicates")).isEqualTo("1");
      assertThat(count(page, "failed")).isEqualTo("3");
      expect(job.locator("p[role=status]:not(.duplicate-check)")).hasText(
          "Impor selesai: 297 pekerja ditambahkan, 1 ganda dilewati, 3 baris gagal.");
      // Then the rows' check for possible duplicates, followed until it ends, says what it found.
      expect(job.locator(".duplicate-check")).containsText("Pemeriksaan data ganda selesai",
          new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
      Locator errors = job.locator(".import-errors tbody tr");
      expect(errors).hasCount(3);
      expect(job.locator(".import-errors tr[data-row='12']")).containsText("NIK hanya berisi angka.");
      expect(job.locator(".import-errors tr[data-row='52']")).containsText("sex");
      expect(job.locator(".import-errors tr[data-row='122']")).containsText("Kelurahan ini tidak terdaftar.");
      tab.screenshot("import-done");

      // The counts are the server's.
      JsonObject stored = server.get("/api/v1/imports/" + id, adminToken).bodyAsJsonObject();
      assertThat(stored.getString("status")).isEqualTo("DONE");
      int reviews = stored.getJsonObject("duplicateCheck").getInteger("reviews");
      expect(job.locator(".duplicate-check")).hasText(reviews == 0
          ? "Pemeriksaan data ganda selesai: tidak ada pekerja yang mungkin ganda."
          : "Pemeriksaan data ganda selesai: " + reviews + " pekerja mungkin ganda dan menunggu peninjauan; mereka belum dapat"
              + " didaftarkan kepesertaannya. Tinjau data ganda");
      assertThat(stored.getInteger("inserted")).isEqualTo(297);
      assertThat(stored.getInteger("failed")).isEqualTo(3);

      // The error report, fetched with the token and saved from a blob.
      Download download = page.waitForDownload(() -> button(job, "Unduh laporan kesalahan (CSV)").click());
      assertThat(download.suggestedFilename()).isEqualTo("import-" + id + "-errors.csv");
      List<String> report = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
      assertThat(report.get(0)).isEqualTo("row,field,code,message");
      assertThat(report.subList(1, report.size())).extracting(l -> String.join(",", List.of(l.split(",", 4)).subList(0, 3)))
          .containsExactly("12,nik,nik_not_digits", "52,sex,sex_invalid", "122,kelurahan_code,kelurahan_unknown");

      // The address keeps the job: a reload shows the same result.
      page.reload();
      expect(job.locator(".badge")).hasText("Selesai");
      assertThat(count(page, "inserted")).isEqualTo("297");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  void aFileTheServerRefusesOrCannotReadIsExplained() {
    server.createUser(adminToken, "agus.operator", PASSWORD, "OPERATOR", List.of());
    try (Tab tab = signedIn("agus.operator", PASSWORD)) {
      Page page = openImport(tab);
      upload(page, "catatan.txt", "text/plain", "bukan daftar pekerja".getBytes(StandardCharsets.UTF_8));
      Locator alert = page.locator("main form .form-error");
      expect(alert).hasText("Berkas ini bukan CSV atau XLSX. Simpan sebagai CSV UTF-8 atau XLSX lalu unggah lagi.");
      expect(alert).isFocused();
      expect(page.locator(".import-job")).isHidden();
      tab.screenshot("import-refused");

      // A CSV whose header is not ours: accepted, then the job fails and says why.
      upload(page, "anggota.csv", "text/csv", "nik,julukan\r\n3573020101800001,Siti\r\n".getBytes(StandardCharsets.UTF_8));
      Locator job = page.locator(".import-job");
      expect(job.locator(".badge")).hasText("Gagal", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
          .setTimeout(60_000));
      Locator failure = job.getByRole(AriaRole.ALERT);
      expect(failure.locator("p").first()).hasText("Judul kolom salah.");
      expect(failure.locator(".detail")).containsText("kolom tidak ada: full_name");
      expect(alert).isHidden();
      expect(job.locator("progress")).hasCount(0);
      tab.screenshot("import-failed");
      assertCleanConsole(tab, NO_SESSION_YET, httpStatus(415, "/api/v1/imports/workers"));
    }
  }

  @Test
  void anAuditorHasNoImportButton() {
    server.createUser(adminToken, "budi.auditor", PASSWORD, "AUDITOR", List.of());
    try (Tab tab = signedIn("budi.auditor", PASSWORD)) {
      Page page = WorkersConsoleTest.openWorkers(tab);
      expect(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Impor dari berkas"))).hasCount(0);
      page.navigate("/#/workers/import");
      expect(page.locator("main")).containsText("Peran Anda tidak boleh membuka halaman ini.");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }
}
