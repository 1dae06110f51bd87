package id.ngopeni.api.console;

import static id.ngopeni.api.console.MoneyScreens.button;
import static id.ngopeni.api.console.MoneyScreens.named;
import static id.ngopeni.api.console.MoneyScreens.noViolations;
import static id.ngopeni.api.console.MoneyScreens.noViolationsOnPhone;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.api.testing.TestServer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19.4, budgets and coverage targets in Chromium: an admin at 1366 px adds a budget, is
 * told on the field what is wrong with an allocation, changes it and downloads the realisation;
 * records the city's baseline (the article's figures) and is told on the field that a target may
 * not exceed the workforce; an approver on a 390 px phone reads both without a button to change
 * them. Axe finds no WCAG A/AA violation on either screen, a dialog open or not, at either width.
 */
class BudgetsAndTargetsConsoleTest extends BrowserTest {
  private static final String PASSWORD = "Orem-Orem-Malang-2026";
  private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();

  @Test
  void anAdminSetsABudgetAndABaselineAndAnApproverReadsThemOnAPhone() {
    server.createUser(adminToken, "anggaran.approver", PASSWORD, "APPROVER", List.of());

    try (Tab tab = signIn(browser.open(1366, 900), "admin", TestServer.ADMIN_PASSWORD)) {
      Page page = tab.page;
      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Anggaran")).click();
      expect(heading(page)).hasText("Anggaran");
      expect(page.locator("main table")).containsText("Belum ada anggaran untuk " + YEAR);
      noViolations(page, "budgets at 1366");

      button(page.locator("main"), "Tambah anggaran").click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      dialog.getByLabel("Sumber dana").selectOption("APBD");
      dialog.getByLabel("Pagu (Rp)").fill("dua milyar");
      button(dialog, "Simpan").click();
      expect(dialog.locator("[data-field=allocated] .field-error")).isVisible();
      expect(dialog.getByLabel("Pagu (Rp)")).hasAttribute("aria-invalid", "true");
      noViolations(page, "budget dialog with an error at 1366");
      dialog.getByLabel("Pagu (Rp)").fill("2.500.000.000");
      button(dialog, "Simpan").click();
      expect(page.getByRole(AriaRole.DIALOG)).hasCount(0);
      Locator apbd = page.locator("tr[data-source=APBD]");
      expect(apbd).containsText("Rp2.500.000.000");
      expect(page.locator("main p[role=status]")).containsText("Pagu APBD " + YEAR + " disimpan");

      named(apbd, "Ubah pagu").click();
      dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog.getByLabel("Pagu (Rp)")).hasValue("2.500.000.000");
      dialog.getByLabel("Pagu (Rp)").fill("3.000.000.000");
      button(dialog, "Simpan").click();
      expect(apbd).containsText("Rp3.000.000.000");
      tab.screenshot("budgets");
      Download sheet = page.waitForDownload(() -> button(page.locator("main"), "Unduh realisasi (XLSX)").click());
      assertThat(sheet.suggestedFilename()).isEqualTo("realisasi-anggaran-" + YEAR + ".xlsx");

      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Target cakupan")).click();
      expect(heading(page)).hasText("Target cakupan");
      noViolations(page, "coverage targets at 1366");
      button(page.locator("main"), "Tetapkan data dasar").click();
      dialog = page.getByRole(AriaRole.DIALOG);
      dialog.getByLabel("Wilayah").selectOption("35.73");
      dialog.getByLabel("Angkatan kerja").fill("413.585");
      dialog.getByLabel("Target peserta").fill("173.753");
      dialog.getByLabel("Peserta menurut BPJS (boleh kosong)").fill("134.167");
      dialog.getByLabel("Sumber angka").fill("malangkota.go.id, 30 Juni 2025");
      dialog.getByLabel("Tanggal angka").fill("30/06/2025");
      noViolations(page, "baseline dialog at 1366");
      button(dialog, "Simpan").click();
      Locator city = page.locator("tr[data-region='35.73']");
      expect(city).containsText("Seluruh kota");
      expect(city).containsText("Sumber: malangkota.go.id, 30 Juni 2025, per 30/06/2025");
      expect(city).containsText("413.585");
      expect(city).containsText("173.753");
      expect(city).containsText("134.167");

      // Klojen: a target above the workforce is refused under the target.
      button(page.locator("main"), "Tetapkan data dasar").click();
      dialog = page.getByRole(AriaRole.DIALOG);
      dialog.getByLabel("Wilayah").selectOption("35.73.02");
      dialog.getByLabel("Angkatan kerja").fill("60.000");
      dialog.getByLabel("Target peserta").fill("70.000");
      button(dialog, "Simpan").click();
      expect(dialog.locator("[data-field=target] .field-error")).hasText("Tidak boleh melebihi jumlah angkatan kerja.");
      dialog.getByLabel("Target peserta").fill("20.000");
      button(dialog, "Simpan").click();
      expect(page.locator("tr[data-region='35.73.02']")).containsText("Kecamatan Klojen");

      // Changed from the list: the version listed is the If-Match.
      named(city, "Ubah").click();
      dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog.getByLabel("Tanggal angka")).hasValue("30/06/2025");
      dialog.getByLabel("Target peserta").fill("175.000");
      button(dialog, "Simpan").click();
      expect(city).containsText("175.000");
      expect(city).containsText("per 30/06/2025");
      tab.screenshot("targets");
      assertCleanConsole(tab, NO_SESSION_YET, ConsoleBrowser.httpStatus(422, "/api/v1/"));
    }

    try (Tab phone = signIn(browser.open(390, 844), "anggaran.approver", PASSWORD)) {
      Page page = phone.page;
      expect(menu(page)).isAttached();
      page.navigate("/#/budgets");
      Locator apbd = page.locator("tr[data-source=APBD]");
      expect(apbd).containsText("Rp3.000.000.000");
      expect(apbd.getByRole(AriaRole.BUTTON)).hasCount(0);
      expect(page.locator("main .page-head").getByRole(AriaRole.BUTTON)).hasText(new String[] {"Unduh realisasi (XLSX)"});
      noViolationsOnPhone(page, "budgets at 390");
      phone.screenshot("budgets-phone");
      page.navigate("/#/targets");
      expect(page.locator("tr[data-region='35.73']")).containsText("175.000");
      expect(page.locator("main").getByRole(AriaRole.BUTTON)).hasCount(0);
      noViolationsOnPhone(page, "coverage targets at 390");
      assertCleanConsole(phone, NO_SESSION_YET);
    }
  }
}
