package id.ngopeni.api.console;

import id.ngopeni.api.testing.InvoiceRuns;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.testing.Sealed;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.api.report.ReportFiles;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.persistence.db.Pools;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.junit.jupiter.api.Test;

/**
 * The Reports screen and the workers screen's download in Chromium (issue 19.3): an operator at
 * 1366 px prints the month's coverage and the recipients list for signature and sees a refusal in
 * words; a field officer on a 390 px phone prints the claim register of their kelurahan; the
 * workers list downloads with the screen's filters, NIK masked unless a purpose is chosen. The
 * files are read back (PDFBox, fastexcel) and held against the database; axe finds no WCAG A/AA
 * violation.
 */
class ReportsConsoleTest extends BrowserTest {
  private static final String PASSWORD = "Pecel-Madiun-Pedas-19";
  private final ConsoleFixtures fixtures = new ConsoleFixtures(server);

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Locator card(Page page, String report) {
    return page.locator("[data-report='" + report + "']");
  }

  private static byte[] download(Page page, Locator button) throws IOException {
    Download file = page.waitForDownload(button::click);
    return Files.readAllBytes(file.path());
  }

  private static Row invoice(YearMonth month, String source) {
    var pool = Pools.create(server.clientVertx, server.database, 1);
    try {
      return pool.preparedQuery("SELECT line_count, total FROM premium_invoice WHERE period = $1 AND funding_source = $2")
          .execute(Tuple.of(month.atDay(1), source)).await().iterator().next();
    } finally {
      pool.close().await();
    }
  }

  @Test
  void anOperatorPrintsTheMonthsCoverageAndTheRecipientsListForSignature() throws IOException {
    YearMonth month = YearMonth.from(Jakarta.today(Clock.systemUTC()));
    fixtures.member(adminToken, "Sri Wahyuni", LocalDate.of(1979, 4, 5), "F", ConsoleFixtures.KELURAHAN_KLOJEN);
    fixtures.member(adminToken, "Joko Susilo", LocalDate.of(1968, 8, 17), "M", ConsoleFixtures.KELURAHAN_KLOJEN);
    InvoiceRuns.generated(server, adminToken, month);
    server.createUser(adminToken, "laporan.operator", PASSWORD, "OPERATOR", List.of());

    try (Tab tab = signIn(browser.open(1366, 900), "laporan.operator", PASSWORD)) {
      Page page = tab.page;
      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Laporan")).click();
      expect(heading(page)).hasText("Laporan");
      expect(page.locator(".report-card")).hasCount(4);
      assertThat(Axe.violations(page)).as("axe on the reports screen").isEmpty();

      byte[] coverage = download(page, button(card(page, "coverage"), "Unduh PDF"));
      String text = ReportFiles.pdfText(coverage);
      assertThat(text).contains("LAPORAN CAKUPAN", "Klojen", "Dicetak ", "oleh laporan.operator", "Halaman 1 dari");
      expect(card(page, "coverage").getByRole(AriaRole.STATUS)).containsText("diunduh");

      Locator recipients = card(page, "recipients");
      recipients.getByLabel("Sumber dana").selectOption("DBHCHT");
      ReportFiles.Sheet sheet = ReportFiles.xlsx(download(page, button(recipients, "Unduh XLSX"))).get(0);
      Row billed = invoice(month, "DBHCHT");
      List<Cell> total = sheet.rowStarting("Jumlah");
      assertThat(total.get(2).getText()).isEqualTo(billed.getInteger("line_count") + " orang");
      assertThat(total.get(7).asNumber().longValueExact()).isEqualTo(billed.getLong("total"));
      String signed = ReportFiles.pdfText(download(page, button(recipients, "Unduh PDF")));
      assertThat(signed).contains("Jumlah kontrol: " + billed.getInteger("line_count") + " orang, iuran " + Rupiah.of(billed.getLong("total")), "KEPALA DINAS,",
          "Sri Wahyuni", "Joko Susilo");
      tab.screenshot("reports");

      // A month without invoices for the source: the refusal in words, no file.
      recipients.getByLabel("Sumber dana").selectOption("APBD");
      button(recipients, "Unduh PDF").click();
      expect(recipients.getByRole(AriaRole.STATUS)).hasText("Tagihan tidak ditemukan.");
      assertCleanConsole(tab, NO_SESSION_YET, ConsoleBrowser.httpStatus(404, "/api/v1/reports/recipients"));
    }
  }

  @Test
  void aFieldOfficerOnAPhonePrintsTheClaimRegisterOfTheirKelurahan() throws IOException {
    String worker = fixtures.member(adminToken, "Ahmad Fauzi", LocalDate.of(1960, 2, 2), "M", ConsoleFixtures.KELURAHAN_SAMAAN);
    fixtures.filedDeathClaim(adminToken, worker);
    server.createUser(adminToken, "petugas.samaan", PASSWORD, "FIELD_OFFICER", List.of(ConsoleFixtures.KELURAHAN_SAMAAN));

    try (Tab tab = signIn(browser.open(390, 844), "petugas.samaan", PASSWORD)) {
      Page page = tab.page;
      expect(menu(page)).isVisible();
      page.navigate("/#/reports");
      expect(heading(page)).hasText("Laporan");
      expect(page.locator(".report-card")).hasCount(1);
      expect(card(page, "claims").locator("h2")).hasText("Register klaim");
      assertThat(Axe.violations(page)).as("axe on the reports screen at 390 px").isEmpty();
      String register = ReportFiles.pdfText(download(page, button(card(page, "claims"), "Unduh PDF")));
      assertThat(register).contains("REGISTER KLAIM", "Ahmad Fauzi", "Diajukan", "1 klaim",
          "Wilayah: kelurahan " + ConsoleFixtures.KELURAHAN_SAMAAN);
      tab.screenshot("reports-390px");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  void theWorkersListDownloadsWithTheScreensFiltersMaskedUnlessAPurposeIsChosen() throws IOException {
    fixtures.worker(adminToken, "Lestari Handayani", LocalDate.of(1985, 10, 1), "F", ConsoleFixtures.KELURAHAN_SAMAAN);
    String other = fixtures.worker(adminToken, "Gunawan Saputra", LocalDate.of(1970, 7, 7), "M", ConsoleFixtures.KELURAHAN_KLOJEN);
    var pool = Pools.create(server.clientVertx, server.database, 1);
    String nik;
    try {
      nik = Sealed.of(server).nikOf(pool, java.util.UUID.fromString(other));
    } finally {
      pool.close().await();
    }
    server.createUser(adminToken, "daftar.operator", PASSWORD, "OPERATOR", List.of());

    try (Tab tab = signedIn("daftar.operator", PASSWORD)) {
      Page page = tab.page;
      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Pekerja")).click();
      page.getByLabel("Nama atau NIK").fill("Gunawan");
      page.getByLabel("Nama atau NIK").press("Enter");
      expect(page.locator("table tbody tr")).hasCount(1);
      Locator panel = page.locator(".worker-export");
      ReportFiles.Sheet sheet = ReportFiles.xlsx(download(page, button(panel, "Unduh XLSX"))).get(0);
      List<Cell> row = sheet.rows().get(sheet.indexOf("No") + 1);
      assertThat(row.get(2).getText()).isEqualTo("Gunawan Saputra");
      assertThat(row.get(1).getText()).isNotEqualTo(nik).endsWith(nik.substring(12));
      assertThat(sheet.rowStarting("Jumlah").get(2).getText()).isEqualTo("1 orang");

      panel.getByLabel("NIK dan telepon").selectOption("VERIFICATION");
      String full = ReportFiles.pdfText(download(page, button(panel, "Unduh PDF")));
      assertThat(full).contains(nik, "Gunawan Saputra", "tujuan: VERIFICATION").doesNotContain("Lestari");
      assertThat(Axe.violations(page)).as("axe on the workers screen with the download panel").isEmpty();
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }
}
