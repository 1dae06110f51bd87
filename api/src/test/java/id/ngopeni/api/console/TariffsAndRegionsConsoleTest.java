package id.ngopeni.api.console;

import static id.ngopeni.api.console.MoneyScreens.button;
import static id.ngopeni.api.console.MoneyScreens.noViolations;
import static id.ngopeni.api.console.MoneyScreens.noViolationsOnPhone;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.api.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19.4, tariffs and regions in Chromium: an admin at 1366 px reads the tariffs in force
 * (PP 50/2025's relief among them), adds a source's tariff from next month, is told on the field
 * that a second one would overlap it, and loads regions (a bad file refused row by row, then a good
 * one); a field officer on a 390 px phone reads both without a button to change them. Axe finds no
 * WCAG A/AA violation on either screen, a dialog open or not, at either width.
 */
class TariffsAndRegionsConsoleTest extends BrowserTest {
  private static final String PASSWORD = "Pecel-Kawi-Malang-2026";
  private static final YearMonth NEXT = YearMonth.now(ZoneId.of("Asia/Jakarta")).plusMonths(1);

  private static FilePayload csv(String name, String text) {
    return new FilePayload(name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anAdminAddsATariffAndLoadsRegionsAndAFieldOfficerReadsThemOnAPhone() {
    server.createUser(adminToken, "tarif.petugas", PASSWORD, "FIELD_OFFICER", List.of(ConsoleFixtures.KELURAHAN_KLOJEN));

    try (Tab tab = signIn(browser.open(1366, 900), "admin", TestServer.ADMIN_PASSWORD)) {
      Page page = tab.page;
      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tarif iuran")).click();
      expect(heading(page)).hasText("Tarif iuran");
      expect(page.locator(".status-tabs [aria-pressed=true]")).hasText("Berlaku hari ini");
      // The three general tariffs are in force since 2015 (JKM: Rp6.800 a month).
      expect(page.locator("tr[data-program=JKM]").first()).containsText("Rp6.800 per bulan");
      noViolations(page, "tariffs at 1366");

      button(page.locator("main"), "Tambah tarif").click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      dialog.getByLabel("Program").selectOption("JKK");
      dialog.getByLabel("Berlaku mulai bulan").fill(NEXT.toString());
      dialog.getByLabel("Sumber dana").selectOption("BUMN");
      dialog.getByLabel("Persentase (%)").fill("0,5");
      dialog.getByLabel("Iuran paling sedikit (Rp, boleh kosong)").fill("5.000");
      dialog.getByLabel("Iuran paling banyak (Rp, boleh kosong)").fill("103.500");
      noViolations(page, "tariff dialog at 1366");
      button(dialog, "Simpan tarif").click();
      expect(page.getByRole(AriaRole.DIALOG)).hasCount(0);
      expect(page.locator("main p[role=status]")).containsText("Tarif JKK mulai");
      button(page.locator("main .status-tabs"), "Semua").click();
      Locator added = page.locator("tr[data-program=JKK]", new Page.LocatorOptions().setHasText("Akan berlaku"))
          .filter(new Locator.FilterOptions().setHasText("BUMN")).filter(new Locator.FilterOptions().setHasText("0,5 %"));
      expect(added).hasCount(1);
      expect(added).containsText("paling sedikit Rp5.000");
      tab.screenshot("tariffs");

      // The same source and programme again from the same month: refused on the month, nothing added.
      button(page.locator("main"), "Tambah tarif").click();
      dialog = page.getByRole(AriaRole.DIALOG);
      dialog.getByLabel("Program").selectOption("JKK");
      dialog.getByLabel("Berlaku mulai bulan").fill(NEXT.toString());
      dialog.getByLabel("Sumber dana").selectOption("BUMN");
      dialog.getByLabel("Cara menghitung iuran").selectOption("FLAT");
      dialog.getByLabel("Iuran per bulan (Rp)").fill("5.000");
      button(dialog, "Simpan tarif").click();
      expect(dialog.locator("[data-field=validFrom] .field-error")).containsText("Tarif lain");
      noViolations(page, "tariff dialog with an error at 1366");
      button(dialog, "Batal").click();

      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Wilayah")).click();
      expect(heading(page)).hasText("Wilayah");
      Locator klojen = page.locator("tr[data-region='35.73.02']");
      expect(klojen).containsText("Klojen");
      expect(klojen.locator("td.num")).hasText("11");
      klojen.locator("summary").click();
      expect(klojen.locator("li[data-region='35.73.02.1003']")).containsText("Samaan");
      noViolations(page, "regions at 1366");

      Locator form = page.locator("main form.region-import");
      form.getByLabel("Berkas CSV").setInputFiles(csv("salah.csv", "code,name\n35.07,Kabupaten Malang\n35.07.01,\n99,Nowhere,x\n"));
      button(form, "Muat").click();
      Locator refused = form.locator(".rejected-rows");
      expect(refused).containsText("Tidak ada yang dimuat");
      expect(refused.locator("li[data-field='rows[1].name']")).containsText("Baris data ke-2");
      expect(refused.locator("li[data-field='rows[2]']")).isVisible();
      noViolations(page, "regions with a refused file at 1366");
      assertThat(server.get("/api/v1/regions", adminToken).bodyAsString()).doesNotContain("35.07");

      form.getByLabel("Berkas CSV").setInputFiles(csv("malang.csv",
          "code,name\n35.07,Kabupaten Malang\n35.07.01,Donomulyo\n35.07.01.2001,Tulungrejo\n35.07.01.2002,Sumberoto\n"));
      button(form, "Muat").click();
      expect(page.locator("main p[role=status]")).containsText("4 wilayah dimuat: 4 baru, 0 diperbarui.");
      expect(page.locator("tr[data-region='35.07.01']")).containsText("Donomulyo");
      expect(page.locator("tr[data-region='35.07.01'] td.num")).hasText("2");
      tab.screenshot("regions");
      assertCleanConsole(tab, NO_SESSION_YET, ConsoleBrowser.httpStatus(422, "/api/v1/"));
    }

    try (Tab phone = signIn(browser.open(390, 844), "tarif.petugas", PASSWORD)) {
      Page page = phone.page;
      expect(menu(page)).isAttached();
      page.navigate("/#/tariffs");
      expect(page.locator("tr[data-program=JKM]").first()).containsText("Rp6.800 per bulan");
      expect(page.locator("main .page-head").getByRole(AriaRole.BUTTON)).hasCount(0);
      noViolationsOnPhone(page, "tariffs at 390");
      phone.screenshot("tariffs-phone");
      page.navigate("/#/regions");
      expect(page.locator("tr[data-region='35.73.02']")).containsText("Klojen");
      expect(page.locator("main form")).hasCount(0);
      noViolationsOnPhone(page, "regions at 390");
      assertCleanConsole(phone, NO_SESSION_YET);
    }
  }
}
