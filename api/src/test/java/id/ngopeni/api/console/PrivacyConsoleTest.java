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
 * Issue 17 in the console: the worker page shows the NIK masked, "Tampilkan" asks for a purpose
 * and shows it in full; the auditor finds that reveal in the access log, with its purpose.
 */
class PrivacyConsoleTest extends BrowserTest {
  private static final String PASSWORD = "Cwie-Mie-Malang-2025";

  private final ConsoleFixtures fixtures = new ConsoleFixtures(server);

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  @Test
  void anOperatorRevealsANikWithAPurposeAndTheAuditorSeesItRecorded() {
    server.createUser(adminToken, "dewi.operator", PASSWORD, "OPERATOR", List.of());
    server.createUser(adminToken, "budi.auditor", PASSWORD, "AUDITOR", List.of());
    String id = fixtures.worker(adminToken, "Sumarni Rahayu", LocalDate.of(1979, 5, 2), "F", ConsoleFixtures.KELURAHAN_KLOJEN);
    String nik = server.post("/api/v1/workers/" + id + "/reveal", adminToken,
        new io.vertx.core.json.JsonObject().put("purpose", "VERIFICATION")).bodyAsJsonObject().getString("nik");
    String masked = nik.substring(0, 4) + "••••••••" + nik.substring(12);

    try (Tab tab = signedIn("dewi.operator", PASSWORD)) {
      Page page = tab.page;
      page.navigate(page.url().replaceAll("#.*", "") + "#/workers/" + id);
      expect(heading(page)).hasText("Sumarni Rahayu");
      Locator facts = page.locator("dl.facts");
      expect(facts).containsText(masked);
      expect(facts).not().containsText(nik);

      button(page.locator("main"), "Tampilkan NIK dan telepon lengkap Sumarni Rahayu").click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog.getByRole(AriaRole.HEADING)).hasText("Tampilkan identitas lengkap");
      expect(dialog.getByLabel("Tujuan")).isFocused();
      // No purpose chosen: the server's field error under the select.
      button(dialog, "Tampilkan").click();
      expect(dialog.locator("[data-field=purpose] .field-error")).hasText(
          "Sebutkan tujuannya: verifikasi, pengajuan klaim, pendaftaran BPJS, pembayaran atau koreksi.");
      dialog.getByLabel("Tujuan").selectOption("CLAIM_FILING");
      tab.screenshot("worker-reveal-purpose");
      button(dialog, "Tampilkan").click();
      expect(dialog).isHidden();
      expect(facts).containsText(nik);
      expect(facts).containsText("Ditampilkan lengkap untuk: Pengajuan klaim.");
      assertThat(page.url()).doesNotContain(nik);
      tab.screenshot("worker-revealed");
      assertCleanConsole(tab, NO_SESSION_YET, ConsoleBrowser.httpStatus(422, "/api/v1/workers/" + id + "/reveal"));
    }

    try (Tab tab = signedIn("budi.auditor", PASSWORD)) {
      Page page = tab.page;
      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Log akses data pribadi")).click();
      expect(heading(page)).hasText("Log akses data pribadi");
      expect(page.locator("section", new Page.LocatorOptions().setHasText("Pola tidak biasa"))).containsText("sedikitnya 50 orang");
      page.getByLabel("NIK orang", new Page.GetByLabelOptions().setExact(true)).fill(nik);
      button(page.locator("form.filters"), "Terapkan").click();
      Locator reveal = page.locator("table tbody tr", new Page.LocatorOptions().setHasText("Ditampilkan lengkap"));
      expect(reveal.first()).containsText("dewi.operator");
      expect(reveal.first()).containsText("Tujuan: Pengajuan klaim");
      assertThat(page.url()).doesNotContain(nik);
      tab.screenshot("access-log");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }
}
