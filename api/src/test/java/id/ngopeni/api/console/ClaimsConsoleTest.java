package id.ngopeni.api.console;

import static id.ngopeni.api.console.ConsoleBrowser.httpStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Claims screen against a real claim: the queue, eligibility and entitlement, a refused
 * verification listing the missing documents, an upload and its download, then verification.
 */
class ClaimsConsoleTest extends BrowserTest {
  static final String PASSWORD = "Nasi-Buk-Malang-2025";

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  @Test
  void verifyListsTheMissingDocumentsUntilTheyAreUploaded() throws Exception {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    String operator = userToken("yanti.operator", PASSWORD, "OPERATOR");
    String worker = fixtures.member(adminToken, "Sutrisno Wibowo", LocalDate.of(1968, 4, 21), "M", ConsoleFixtures.KELURAHAN_KLOJEN);
    JsonObject claim = fixtures.filedDeathClaim(operator, worker);
    String id = claim.getString("id");
    List<String> required = claim.getJsonArray("requiredDocuments").stream().map(String.class::cast).toList();
    assertThat(required).hasSizeGreaterThan(1);

    try (Tab tab = signedIn("yanti.operator", PASSWORD)) {
      Page page = tab.page;
      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Klaim")).click();
      expect(heading(page)).hasText("Klaim");
      Locator row = page.locator("table tbody tr[data-claim-id='" + id + "']");
      expect(row).containsText("JKM – kematian");
      expect(row).containsText("Layak");
      expect(row.locator(".money")).hasText(PayoutsConsoleTest.rupiah(claim.getJsonObject("entitlement").getLong("total")));
      tab.screenshot("claims");

      row.getByRole(AriaRole.LINK).first().click();
      expect(heading(page)).hasText("JKM – kematian · Sutrisno Wibowo");
      expect(page.locator("tfoot .total")).hasText(PayoutsConsoleTest.rupiah(claim.getJsonObject("entitlement").getLong("total")));
      // Each line is named by its nameId (Indonesian on screen).
      String firstLine = claim.getJsonObject("entitlement").getJsonArray("lines").getJsonObject(0).getString("nameId");
      expect(page.locator("tfoot .total").locator("xpath=ancestor::table").locator("tbody th").first()).containsText(firstLine);
      Locator requiredList = page.locator(".required-docs li");
      expect(requiredList).hasCount(required.size());
      expect(page.locator(".required-docs li.missing")).hasCount(required.size());

      button(page.locator("main"), "Verifikasi").click();
      Locator refusal = page.getByRole(AriaRole.ALERT);
      expect(refusal).containsText("Klaim belum bisa diverifikasi:");
      expect(refusal.locator("li")).hasCount(required.size());
      expect(refusal.locator("li").first()).containsText("Dokumen belum ada: ");
      expect(refusal).isFocused();
      tab.screenshot("claim-verify-missing");

      // Upload the first required document from the browser, then download it again.
      page.getByLabel("Jenis dokumen").selectOption(required.get(0));
      page.getByLabel("Berkas").setInputFiles(new FilePayload("akta.pdf", "application/pdf", ConsoleFixtures.PDF_BYTES));
      button(page.locator("main"), "Unggah").click();
      expect(page.locator(".required-docs li.present")).hasCount(1);
      expect(page.locator(".required-docs li[data-kind='" + required.get(0) + "']")).containsText("Sudah ada");
      Locator uploaded = page.locator("table tbody tr[data-document-id]");
      expect(uploaded).hasCount(1);
      expect(uploaded).containsText("PDF");
      Download download = page.waitForDownload(() -> uploaded.getByRole(AriaRole.BUTTON,
          new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Unduh "))).click());
      assertThat(Files.readAllBytes(download.path())).isEqualTo(ConsoleFixtures.PDF_BYTES);
      tab.screenshot("claim-documents");

      button(page.locator("main"), "Verifikasi").click();
      expect(refusal.locator("li")).hasCount(required.size() - 1);

      for (String kind : required.subList(1, required.size())) {
        fixtures.upload(operator, id, kind);
      }
      button(page.locator("main"), "Verifikasi").click();
      expect(page.getByRole(AriaRole.STATUS).first()).hasText("Klaim telah diverifikasi.");
      expect(page.locator("dl.facts")).containsText("Terverifikasi");
      expect(button(page.locator("main"), "Verifikasi")).hasCount(0);
      tab.screenshot("claim-verified");
      assertThat(server.get("/api/v1/claims/" + id, adminToken).bodyAsJsonObject().getString("status")).isEqualTo("VERIFIED");
      assertCleanConsole(tab, NO_SESSION_YET, httpStatus(422, "/verify"));
    }
  }
}
