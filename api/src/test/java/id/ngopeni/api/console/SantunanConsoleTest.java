package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The santunan screens against a real programme: the list with its regulation, amounts and
 * budget, a programme's page with the entitlements its events gave, and an entitlement's page
 * with its payouts, where an auditor sees no way to make one.
 */
class SantunanConsoleTest extends BrowserTest {
  static final String PASSWORD = "Orem-Orem-Malang-2025";

  @Test
  void anAuditorFollowsAProgrammeToAnEntitlementAndItsPayouts() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    String operator = userToken("sinta.operator", PASSWORD, "OPERATOR");
    server.createUser(adminToken, "yuni.auditor", PASSWORD, "AUDITOR", List.of());
    String worker = fixtures.member(adminToken, "Darmaji Santoso", LocalDate.of(1958, 5, 17), "M", ConsoleFixtures.KELURAHAN_KLOJEN);
    String spouse = fixtures.spouse(adminToken, worker, "Suwarni");
    String entitlement = fixtures.santunan(operator, worker);
    String payout = fixtures.pendingPayout(operator, entitlement, spouse, "Suwarni", 3_000_000L).getString("id");

    try (Tab tab = signedIn("yuni.auditor", PASSWORD)) {
      Page page = tab.page;
      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Santunan")).click();
      expect(heading(page)).hasText("Santunan");
      expect(page.locator("main .lead")).containsText("BPJS Ketenagakerjaan membayar sendiri manfaat JKK dan JKM");
      Locator row = page.locator("table tbody tr").filter(new Locator.FilterOptions().setHasText("Santunan kematian pekerja rentan Kota Malang"));
      expect(row).containsText("Perwali Kota Malang No. 7 Tahun 2025");
      expect(row).containsText("Rp10.000.000 per kematian");
      expect(row).containsText("Rp1.000.000.000");
      tab.screenshot("santunan-programmes");

      row.getByRole(AriaRole.LINK).click();
      expect(heading(page)).hasText("Santunan kematian pekerja rentan Kota Malang");
      expect(page.locator("dl.facts")).containsText("kepesertaan dibiayai APBD, DBHCHT");
      Locator given = page.locator("tr[data-entitlement-id='" + entitlement + "']");
      expect(given).containsText("Darmaji Santoso");
      expect(given).containsText("kematian");
      tab.screenshot("santunan-programme");

      given.getByRole(AriaRole.LINK).click();
      expect(heading(page)).hasText("Santunan untuk Darmaji Santoso");
      Locator card = page.locator("section.santunan-payouts");
      expect(card.locator(".remaining")).containsText("Sisa hak manfaat: Rp7.000.000 dari Rp10.000.000.");
      expect(card.locator("tr[data-payout-id='" + payout + "']")).containsText("Menunggu persetujuan");
      expect(card.getByRole(AriaRole.BUTTON)).hasCount(0);
      assertThat(page.url()).endsWith("#/santunan/entitlements/" + entitlement);
      tab.screenshot("santunan-entitlement");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }
}
