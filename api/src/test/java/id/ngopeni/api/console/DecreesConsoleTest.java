package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decree screen in Chromium: an operator opens the decree, pages its cohort (NIK masked),
 * downloads the PDF list, proposes a removal and re-verifies the cohort; an approver decides the
 * removal from the inbox; axe finds no WCAG A/AA violation on either view.
 */
class DecreesConsoleTest extends BrowserTest {
  private static final String PASSWORD = "Tahu-Campur-Lamongan-5";
  private final ConsoleFixtures fixtures = new ConsoleFixtures(server);

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  @Test
  void anOperatorProposesARemovalAndAnApproverApprovesIt() throws IOException {
    String kelurahan = ConsoleFixtures.KELURAHAN_KLOJEN;
    String siti = fixtures.worker(adminToken, "Siti Maryam", LocalDate.of(1981, 2, 3), "F", kelurahan);
    String budi = fixtures.worker(adminToken, "Budi Santoso", LocalDate.of(1975, 5, 6), "M", kelurahan);
    fixtures.activeMembership(siti, LocalDate.now().withDayOfMonth(1));
    fixtures.activeMembership(budi, LocalDate.now().withDayOfMonth(1));
    int year = LocalDate.now().getYear();
    var made = server.post("/api/v1/decrees", adminToken, new JsonObject().put("fundingSource", "DBHCHT").put("year", year)
        .put("number", "188.45/31/35.73.112/" + year).put("decreeDate", year + "-01-10").put("basis", "ACTIVE_MEMBERSHIPS")
        .put("earmarkRule", "PMK 72/2024"));
    assertThat(made.statusCode()).as(made.bodyAsString()).isEqualTo(201);
    String number = made.bodyAsJsonObject().getString("number");
    server.createUser(adminToken, "sk.operator", PASSWORD, "OPERATOR", List.of());
    server.createUser(adminToken, "sk.approver", PASSWORD, "APPROVER", List.of());

    try (Tab tab = signedIn("sk.operator", PASSWORD)) {
      Page page = tab.page;
      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("SK penerima")).click();
      expect(heading(page)).hasText("SK penerima");
      button(page.locator("main"), "Buka SK " + number).click();
      Locator cohort = page.locator(".decree-detail tr[data-worker-id]");
      expect(cohort).hasCount(2);
      String nik = nikOf(siti);
      expect(page.locator(".decree-detail")).not().containsText(nik);
      expect(page.locator(".decree-detail")).containsText(nik.substring(0, 4) + "••••••••" + nik.substring(12));

      Download pdf = page.waitForDownload(() -> button(page.locator("main"), "Unduh daftar untuk ditandatangani (PDF)").click());
      assertThat(pdf.suggestedFilename()).isEqualTo("sk-dbhcht-" + year + ".pdf");
      assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

      button(page.locator("main"), "Keluarkan Siti Maryam (usulan)").click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      dialog.getByLabel("Alasan").selectOption("MOVED_AWAY");
      dialog.getByLabel("Catatan").fill("Surat pindah dari kelurahan");
      button(dialog, "Usulkan").click();
      expect(dialog).hasCount(0);
      Locator inbox = page.locator("tr[data-change-id]");
      expect(inbox).hasCount(1);
      expect(inbox).containsText("Pindah domisili");
      expect(inbox.getByRole(AriaRole.BUTTON)).hasCount(0);

      button(page.locator("main"), "Verifikasi ulang sekarang").click();
      expect(page.locator(".decree-not-reverified [role=status]")).containsText("2 diperiksa, 2 lolos");
      assertThat(Axe.violations(page)).as("axe on the decree screen").isEmpty();
      assertCleanConsole(tab, NO_SESSION_YET);
    }

    try (Tab tab = signedIn("sk.approver", PASSWORD)) {
      Page page = tab.page;
      page.navigate("/#/decrees");
      Locator row = page.locator("tr[data-change-id]");
      expect(row).hasCount(1);
      button(row, "Setujui perubahan untuk Siti Maryam").click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      assertThat(Axe.violations(page)).as("axe with the approval dialog open").isEmpty();
      // Issue 19.6: Cancel has the focus, so Enter closes the dialog and the change still waits.
      expect(button(dialog, "Batal")).isFocused();
      page.keyboard().press("Enter");
      expect(dialog).hasCount(0);
      expect(row).hasCount(1);
      button(row, "Setujui perubahan untuk Siti Maryam").click();
      button(dialog, "Setujui").click();
      expect(page.locator("tr[data-change-id]")).hasCount(0);
      button(page.locator("main"), "Buka SK " + number).click();
      expect(page.locator(".decree-detail tr[data-worker-id]")).hasCount(1);
      expect(page.locator(".decree-detail tr[data-worker-id='" + budi + "']")).containsText("Budi Santoso");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  /** The worker's NIK in full (a reveal: every answer masks it). */
  private static String nikOf(String workerId) {
    var revealed = server.post("/api/v1/workers/" + workerId + "/reveal", adminToken,
        new io.vertx.core.json.JsonObject().put("purpose", "VERIFICATION"));
    assertThat(revealed.statusCode()).as(revealed.bodyAsString()).isEqualTo(200);
    return revealed.bodyAsJsonObject().getString("nik");
  }
}
