package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.api.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The DTSEN screen in Chromium: an ADMIN's bad extract is refused row by row with nothing
 * stored, the good one is imported and listed, and the eligible-but-not-covered table per
 * kelurahan drills down into the work list with NIKs masked.
 */
class DtsenConsoleTest extends BrowserTest {
  private static final String KELURAHAN = ConsoleFixtures.KELURAHAN_KLOJEN;

  private final ConsoleFixtures fixtures = new ConsoleFixtures(server);

  private String nikOf(String workerId) {
    return server.post("/api/v1/workers/" + workerId + "/reveal", adminToken,
        new io.vertx.core.json.JsonObject().put("purpose", "VERIFICATION")).bodyAsJsonObject().getString("nik");
  }

  private static void upload(Page page, String csv) {
    page.getByLabel("Berkas (CSV atau XLSX)").setInputFiles(
        new FilePayload("dtsen.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Impor").setExact(true)).click();
  }

  @Test
  void anAdminImportsAnExtractAndDrillsIntoTheEligibleNotCovered() {
    String poor = fixtures.worker(adminToken, "Siti Rahayu", LocalDate.of(1985, 3, 4), "F", KELURAHAN);
    String covered = fixtures.worker(adminToken, "Bambang Susilo", LocalDate.of(1979, 7, 8), "M", KELURAHAN);
    String richer = fixtures.worker(adminToken, "Agus Salim", LocalDate.of(1990, 1, 2), "M", KELURAHAN);
    fixtures.activeMembership(covered, LocalDate.now().minusMonths(2));
    String poorNik = nikOf(poor);

    try (Tab tab = signedIn("admin", TestServer.ADMIN_PASSWORD)) {
      Page page = tab.page;
      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sasaran DTSEN")).click();
      expect(heading(page)).hasText("Sasaran DTSEN");
      expect(page.locator("tr[data-kelurahan]")).hasCount(0);

      page.getByLabel("Tanggal ekstrak").fill("2026-06-30");
      upload(page, "NIK;DESIL\n" + poorNik + ";12\n");
      Locator refused = page.locator(".dtsen-row-errors li[data-row='2']");
      expect(refused).containsText("Baris 2 · DESIL:");
      expect(page.locator("tr[data-import-id]")).hasCount(0);

      upload(page, "NIK;DESIL\n" + poorNik + ";2\n" + nikOf(covered) + ";3\n" + nikOf(richer) + ";8\n");
      expect(page.getByRole(AriaRole.STATUS)).containsText("3 baris diimpor");
      expect(page.locator("tr[data-import-id]")).hasCount(1);

      // The table does not reload on import: open the screen again.
      page.reload();
      Locator row = page.locator("tr[data-kelurahan='" + KELURAHAN + "']");
      expect(row.locator("[data-col=not-covered]")).hasText("1");
      row.getByRole(AriaRole.BUTTON).click();
      Locator list = page.locator(".dtsen-work-list");
      expect(list.locator("tr[data-worker-id]")).hasCount(1);
      expect(list.locator("tr[data-worker-id='" + poor + "']")).containsText("Siti Rahayu");
      assertThat(list.textContent()).doesNotContain(poorNik);

      page.getByLabel("Desil tertinggi").selectOption("10");
      expect(row.locator("[data-col=not-covered]")).hasText("2");
      assertCleanConsole(tab, NO_SESSION_YET, ConsoleBrowser.httpStatus(422, "/api/v1/dtsen/imports"));
    }
  }
}
