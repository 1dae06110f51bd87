package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.api.testing.TestServer;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 4 in the console ("Hak subjek data"): an admin types a NIK into a masked field,
 * sees the person's report and downloads its PDF, records and applies a restriction and carries a
 * correction out through the worker's edit; the auditor reads both lists and acts on nothing.
 * Axe finds nothing at 1366 px and at 390 px.
 */
class SubjectRightsConsoleTest extends BrowserTest {
  private static final String PASSWORD = "Tahu-Telor-Malang-2026";

  private final ConsoleFixtures fixtures = new ConsoleFixtures(server);

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Locator label(Locator scope, String text) {
    return scope.getByLabel(text, new Locator.GetByLabelOptions().setExact(true));
  }

  private static Tab signedIn(int width, int height, String username, String password) {
    Tab tab = signIn(browser.open(width, height), username, password);
    expect(menu(tab.page)).isVisible();
    return tab;
  }

  private String nikOf(String id) {
    return server.post("/api/v1/workers/" + id + "/reveal", adminToken, new JsonObject().put("purpose", "VERIFICATION"))
        .bodyAsJsonObject().getString("nik");
  }

  @Test
  void anAdminTakesTheReportAndAnswersARestrictionAndACorrectionAt1366Pixels() throws Exception {
    String id = fixtures.worker(adminToken, "Suwarni Hartati", LocalDate.of(1980, 4, 9), "F", ConsoleFixtures.KELURAHAN_KLOJEN);
    String nik = nikOf(id);

    try (Tab tab = signedIn(1366, 900, "admin", TestServer.ADMIN_PASSWORD)) {
      Page page = tab.page;
      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hak subjek data")).click();
      expect(heading(page)).hasText("Hak subjek data");
      Locator main = page.locator("main");
      Locator nikInput = label(main, "NIK orang");
      expect(nikInput).hasAttribute("type", "password");
      nikInput.fill(nik);
      button(main, "Tampilkan laporan").click();
      Locator report = page.locator(".subject-report");
      expect(report.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
          .hasText("Laporan data pribadi: Suwarni Hartati");
      expect(report.locator("dl.facts")).containsText(nik);
      expect(report.locator("section", new Locator.LocatorOptions().setHasText("Riwayat akses data pribadi")))
          .containsText("Permintaan subjek data");
      expect(report.locator("section", new Locator.LocatorOptions().setHasText("Riwayat perubahan data (jejak audit)")))
          .containsText("worker.created");
      expect(report.locator("section", new Locator.LocatorOptions().setHasText("Rekonsiliasi tagihan BPJS: selisih")))
          .containsText("Tidak ada.");
      assertThat(page.url()).doesNotContain(nik);
      assertThat(Axe.violations(page)).as("axe with the report shown").isEmpty();
      tab.screenshot("subject-report");

      Download pdf = page.waitForDownload(() -> button(main, "Unduh PDF").click());
      assertThat(pdf.suggestedFilename()).isEqualTo("laporan-data-pribadi.pdf");
      assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

      Locator restrictions = page.locator("section[aria-labelledby=subject-restrictions]");
      button(restrictions, "Catat permintaan").click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      expect(label(dialog, "NIK orang")).isFocused();
      label(dialog, "NIK orang").fill(nik);
      label(dialog, "Alasan").fill("Surat permohonan pembatasan");
      assertThat(Axe.violations(page)).as("axe with the restriction dialog open").isEmpty();
      button(dialog, "Catat").click();
      expect(dialog).hasCount(0);
      Locator row = restrictions.locator("tbody tr", new Locator.LocatorOptions().setHasText("Suwarni Hartati"));
      expect(row).containsText("Sisa 72 jam");
      button(row, "Berlakukan pembatasan untuk Suwarni Hartati").click();
      button(page.getByRole(AriaRole.DIALOG), "Berlakukan").click();
      expect(row).hasCount(0);
      label(restrictions, "Status").selectOption("APPLIED");
      expect(restrictions.locator("tbody tr", new Locator.LocatorOptions().setHasText("Suwarni Hartati"))).containsText("Berlaku");

      Locator corrections = page.locator("section[aria-labelledby=subject-corrections]");
      button(corrections, "Catat permintaan").click();
      dialog = page.getByRole(AriaRole.DIALOG);
      label(dialog, "NIK orang").fill(nik);
      label(dialog, "Data yang dikoreksi").selectOption("fullName");
      label(dialog, "Nilai yang diminta").fill("Suwarni Hartati Utami");
      label(dialog, "Alasan").fill("Nama di KTP lebih panjang");
      button(dialog, "Catat").click();
      expect(dialog).hasCount(0);
      Locator correction = corrections.locator("tbody tr", new Locator.LocatorOptions().setHasText("Suwarni Hartati"));
      expect(correction).containsText("Nama lengkap");
      button(correction, "Ubah data Suwarni Hartati untuk koreksi ini").click();
      dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog).containsText("menjalankan permintaan koreksi");
      expect(label(dialog, "Nama lengkap")).hasValue("Suwarni Hartati"); // the worker as stored, loaded
      label(dialog, "Nama lengkap").fill("Suwarni Hartati Utami");
      button(dialog, "Simpan").click();
      expect(dialog).hasCount(0);
      Locator edited = corrections.locator("tbody tr", new Locator.LocatorOptions().setHasText("Suwarni Hartati Utami"));
      expect(edited).containsText("Diubah");
      button(edited, "Selesaikan koreksi untuk Suwarni Hartati Utami").click();
      dialog = page.getByRole(AriaRole.DIALOG);
      label(dialog, "Hasil").selectOption("APPLIED");
      button(dialog, "Selesaikan").click();
      expect(dialog).hasCount(0);
      expect(edited).hasCount(0);
      tab.screenshot("subject-requests");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  void anAuditorReadsTheListsAt390PixelsAndActsOnNothing() {
    String id = fixtures.worker(adminToken, "Lambat Diproses", LocalDate.of(1979, 2, 1), "M", ConsoleFixtures.KELURAHAN_KLOJEN);
    String nik = nikOf(id);
    var recorded = server.post("/api/v1/privacy/restrictions", adminToken, new JsonObject().put("nik", nik)
        .put("reason", "Permohonan lisan").put("requestedAt", java.time.OffsetDateTime.now().minusDays(4).toString()));
    assertThat(recorded.statusCode()).as(recorded.bodyAsString()).isEqualTo(201);
    server.createUser(adminToken, "hak.auditor", PASSWORD, "AUDITOR", List.of());

    try (Tab tab = signedIn(390, 844, "hak.auditor", PASSWORD)) {
      Page page = tab.page;
      page.navigate("/#/subject-rights");
      expect(heading(page)).hasText("Hak subjek data");
      Locator main = page.locator("main");
      expect(label(main, "NIK orang")).hasCount(0);
      Locator row = page.locator("section[aria-labelledby=subject-restrictions] tbody tr",
          new Page.LocatorOptions().setHasText("Lambat Diproses"));
      expect(row).containsText("Terlambat");
      expect(row.getByRole(AriaRole.BUTTON)).hasCount(0);
      expect(button(main, "Catat permintaan")).hasCount(0);
      assertThat(Axe.violations(page)).as("axe at 390 px").isEmpty();
      tab.screenshot("subject-rights-390");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }
}
