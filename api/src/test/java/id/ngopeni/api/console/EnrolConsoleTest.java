package id.ngopeni.api.console;

import static id.ngopeni.api.console.ConsoleBrowser.httpStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.domain.Jakarta;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Enrolment from the worker detail against the real tariff and budget rules: an income out of
 * range and a budget that cannot carry the premium are shown under their fields, an enrolment
 * shows the server's premium, and ending it asks for a reason. Readers see no buttons.
 */
class EnrolConsoleTest extends BrowserTest {
  static final String PASSWORD = "Rawon-Nguling-Malang-2025";
  private static final LocalDate TODAY = Jakarta.today(Clock.systemUTC());

  @BeforeAll
  static void budget() {
    // APBD has a budget; DBHCHT has none, so it carries nothing.
    new ConsoleFixtures(server).budget(adminToken, TODAY.getYear(), "APBD", 500_000_000L);
  }

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Locator label(Locator scope, String text) {
    return scope.getByLabel(text, new Locator.GetByLabelOptions().setExact(true));
  }

  private static Locator membershipCard(Page page) {
    return page.locator("section.memberships");
  }

  @Test
  void anOperatorEnrolsAWorkerSeesThePremiumAndEndsTheMembership() {
    server.createUser(adminToken, "tini.operator", PASSWORD, "OPERATOR", List.of());
    String id = new ConsoleFixtures(server).worker(adminToken, "Slamet Riyadi", LocalDate.of(1975, 5, 20), "M",
        ConsoleFixtures.KELURAHAN_KLOJEN);
    try (Tab tab = signedIn("tini.operator", PASSWORD)) {
      Page page = tab.page;
      page.navigate("/#/workers/" + id);
      expect(heading(page)).hasText("Slamet Riyadi");
      Locator card = membershipCard(page);
      expect(card).containsText("Pekerja ini belum pernah didaftarkan.");

      button(card, "Daftarkan kepesertaan").click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog.getByRole(AriaRole.HEADING)).hasText("Daftarkan Slamet Riyadi");
      expect(label(dialog, "Sumber dana")).isFocused();
      expect(label(dialog, "Mulai bulan")).hasValue(TODAY.toString().substring(0, 7));
      label(dialog, "Sumber dana").selectOption("APBD");
      label(dialog, "Penghasilan per bulan (Rp)").fill("25.000.000");
      button(dialog, "Daftarkan").click();
      Locator incomeError = dialog.locator("[data-field=declaredIncome] .field-error");
      expect(incomeError).hasText("Penghasilan harus antara Rp1.000.000 dan Rp20.700.000.");
      expect(label(dialog, "Penghasilan per bulan (Rp)")).hasAttribute("aria-invalid", "true");
      expect(label(dialog, "Penghasilan per bulan (Rp)")).isFocused();
      tab.screenshot("enrol-income-out-of-range");

      // A funding source without budget: refused under that field with its own words.
      label(dialog, "Sumber dana").selectOption("DBHCHT");
      label(dialog, "Penghasilan per bulan (Rp)").fill("2.500.000");
      button(dialog, "Daftarkan").click();
      expect(dialog.locator("[data-field=fundingSource] .field-error"))
          .hasText("Sisa anggaran sumber dana ini tahun ini tidak cukup menanggung iurannya sampai Desember.");
      expect(incomeError).isHidden();
      tab.screenshot("enrol-budget-exceeded");

      label(dialog, "Sumber dana").selectOption("APBD");
      label(dialog, "Ikut juga JHT (Jaminan Hari Tua, 2 % penghasilan)").check();
      button(dialog, "Daftarkan").click();
      expect(dialog).isHidden();

      // JKK 1 % of Rp2.500.000, JKM flat, JHT 2 %: as the server priced it.
      JsonObject stored = server.get("/api/v1/workers/" + id + "/memberships", adminToken).bodyAsJsonObject()
          .getJsonArray("items").getJsonObject(0);
      assertThat(stored.getLong("monthlyPremium")).isEqualTo(25_000L + 6_800L + 50_000L);
      expect(page.getByRole(AriaRole.STATUS).first()).hasText("Kepesertaan telah didaftarkan; iuran Rp81.800 per bulan.");
      Locator row = card.locator("tbody tr[data-membership-id='" + stored.getString("id") + "']");
      expect(row).containsText("Aktif");
      expect(row).containsText("JKK + JKM + JHT");
      expect(row).containsText("Rp2.500.000");
      expect(row.locator(".premium")).containsText("Rp81.800");
      expect(row.locator(".premium")).containsText("JKK Rp25.000");
      expect(row.locator(".premium")).containsText("JKM Rp6.800");
      expect(row.locator(".premium")).containsText("JHT Rp50.000");
      expect(page.locator("dl.facts")).containsText("Aktif");
      expect(button(card, "Daftarkan kepesertaan")).hasCount(0);
      tab.screenshot("worker-membership");

      button(row, "Akhiri").click();
      dialog = page.getByRole(AriaRole.DIALOG);
      expect(label(dialog, "Alasan")).isFocused();
      button(dialog, "Akhiri kepesertaan").click();
      expect(dialog.locator("[data-field=reason] .field-error")).hasText("Wajib diisi.");
      label(dialog, "Alasan").fill("Pindah domisili ke luar kota");
      tab.screenshot("membership-end");
      button(dialog, "Akhiri kepesertaan").click();
      expect(dialog).isHidden();
      expect(page.getByRole(AriaRole.STATUS).first()).hasText("Kepesertaan telah diakhiri.");
      expect(row).containsText("Berakhir");
      expect(row).containsText("Pindah domisili ke luar kota");
      expect(button(card, "Daftarkan kepesertaan")).isVisible();
      assertThat(server.get("/api/v1/workers/" + id + "/memberships", adminToken).bodyAsJsonObject()
          .getJsonArray("items").getJsonObject(0).getString("status")).isEqualTo("ENDED");
      assertCleanConsole(tab, NO_SESSION_YET, httpStatus(422, "/memberships"), httpStatus(422, "/end"));
    }
  }

  @Test
  void anApproverSeesThePremiumInEnglishOnATabletButCannotEnrolOrEnd() {
    server.createUser(adminToken, "hadi.approver", PASSWORD, "APPROVER", List.of());
    String id = new ConsoleFixtures(server).worker(adminToken, "Endang Susilowati", LocalDate.of(1981, 9, 2), "F",
        ConsoleFixtures.KELURAHAN_SAMAAN);
    var enrolled = server.post("/api/v1/workers/" + id + "/memberships", adminToken, new JsonObject()
        .put("programs", List.of("JKK", "JKM")).put("declaredIncome", 1_000_000).put("fundingSource", "APBD")
        .put("startDate", TODAY.withDayOfMonth(1).toString()));
    assertThat(enrolled.statusCode()).as(enrolled.bodyAsString()).isEqualTo(201);
    try (Tab tab = signIn(browser.open(800, 1000), "hadi.approver", PASSWORD)) {
      Page page = tab.page;
      expect(menu(page)).isVisible();
      page.navigate("/#/workers/" + id);
      expect(heading(page)).hasText("Endang Susilowati");
      Locator card = membershipCard(page);
      expect(card.locator("tbody tr .premium")).containsText("Rp16.800");
      expect(card.getByRole(AriaRole.BUTTON)).hasCount(0);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
      expect(card.getByRole(AriaRole.HEADING)).hasText("BPJS Ketenagakerjaan membership");
      expect(card.locator("thead")).containsText("Monthly premium");
      expect(card.locator("tbody tr")).containsText("Active");
      tab.screenshot("worker-membership-800px");
      assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
          .as("no horizontal scrolling at 800 px").isTrue();
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }
}
