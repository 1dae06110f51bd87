package id.ngopeni.api.console;

import static id.ngopeni.api.console.ConsoleBrowser.httpStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import io.vertx.core.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Issue 19.6, "fewer mistakes", at 1366 and 390 px with axe: claims and payouts shown and found
 * by their numbers; the approve dialog focusing Cancel so Enter never approves; several claim
 * documents uploaded at once, each with its own result line, an identical file flagged; a PDF and
 * an image previewed in the page from blob: URLs (allowed by the CSP, so no violation is logged).
 */
class FewerMistakesConsoleTest extends BrowserTest {
  static final String PASSWORD = "Cwie-Mie-Malang-2026";

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(0x0b5a3f));
    g.fillRect(0, 0, 40, 30);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  @Test
  void claimsAreFoundByNumberAndTheirDocumentsUploadedSeveralAtOnceAndPreviewed() throws IOException {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    String operator = userToken("nadia.operator", PASSWORD, "OPERATOR");
    byte[] photo = png();
    for (int width : WIDTHS) {
      String worker = fixtures.member(adminToken, "Pekerja Lebar " + width, LocalDate.of(1971, 3, 3), "M",
          ConsoleFixtures.KELURAHAN_KLOJEN);
      JsonObject claim = fixtures.filedDeathClaim(operator, worker);
      String id = claim.getString("id");
      String number = claim.getString("number");
      byte[] pdf = ("%PDF-1.4\n% akta kematian " + width + "\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
          .getBytes(StandardCharsets.US_ASCII);

      try (Tab tab = signedInAt(width, "nadia.operator", PASSWORD)) {
        Page page = tab.page;
        page.navigate("/#/claims");
        expect(heading(page)).hasText("Klaim");
        Locator row = page.locator("table tbody tr[data-claim-id='" + id + "']");
        expect(row.locator(".record-number")).hasText(number);

        // Typed loosely (lower case, no leading zeros), the number finds the claim whatever its status.
        Locator search = page.locator("main").getByRole(AriaRole.SEARCHBOX, new Locator.GetByRoleOptions().setName("Cari nomor klaim"));
        search.fill("BYR-2026-000001");
        button(page.locator("main"), "Cari").click();
        expect(page.locator("[data-field=number] .field-error")).containsText("Ini bukan nomor klaim");
        search.fill(number.toLowerCase().replaceFirst("-0+", "-"));
        button(page.locator("main"), "Cari").click();
        expect(search).hasValue(number);
        expect(page.locator("table tbody tr")).hasCount(1);
        expect(row).isVisible();
        assertThat(Axe.violations(page)).as("axe on the claims list at " + width).isEmpty();
        tab.screenshot("claims-number-search-" + width);

        row.getByRole(AriaRole.LINK).first().click();
        expect(page.locator("dl.facts .record-number")).hasText(number);

        // Four files at once: each its own line; the copy of the PDF is stored with a warning, the text file refused.
        page.getByLabel("Jenis dokumen").selectOption("DEATH_CERTIFICATE");
        page.getByLabel("Berkas (boleh beberapa sekaligus)").setInputFiles(new FilePayload[] {
            new FilePayload("akta.pdf", "application/pdf", pdf),
            new FilePayload("foto.png", "image/png", photo),
            new FilePayload("akta-salinan.pdf", "application/pdf", pdf),
            new FilePayload("catatan.txt", "text/plain", "bukan dokumen".getBytes(StandardCharsets.UTF_8))});
        button(page.locator("main"), "Unggah").click();
        Locator results = page.locator(".upload-results li");
        expect(results).hasCount(4);
        expect(results.nth(0)).hasAttribute("data-file", "akta.pdf");
        expect(results.nth(0)).hasClass(java.util.regex.Pattern.compile("stored"));
        expect(results.nth(1)).hasClass(java.util.regex.Pattern.compile("stored"));
        expect(results.nth(2)).hasClass(java.util.regex.Pattern.compile("warned"));
        expect(results.nth(2)).containsText("sama persis dengan dokumen Akta kematian yang sudah ada di klaim ini");
        expect(results.nth(3)).hasClass(java.util.regex.Pattern.compile("failed"));
        expect(results.nth(3)).containsText("catatan.txt");
        Locator documents = page.locator("table tbody tr[data-document-id]");
        expect(documents).hasCount(3);
        expect(page.locator(".identical-note")).hasCount(2);
        assertThat(server.get("/api/v1/claims/" + id + "/documents", adminToken).bodyAsJsonObject().getJsonArray("items"))
            .hasSize(3);

        // The PDF in an iframe, the image in an img, both from blob: URLs of the fetched file.
        // What the page makes object URLs of (the CSP lets the page show blob: URLs, not fetch them).
        page.evaluate("() => { const make = URL.createObjectURL; window.madeBlobs = {};"
            + " URL.createObjectURL = (blob) => { const url = make.call(URL, blob); window.madeBlobs[url] = blob.type + ' ' + blob.size; return url; }; }");
        Locator pdfRow = documents.filter(new Locator.FilterOptions().setHasText("PDF")).first();
        pdfRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Pratinjau Akta kematian")).click();
        Locator frame = page.locator(".doc-preview iframe");
        expect(frame).hasAttribute("src", java.util.regex.Pattern.compile("^blob:"));
        expect(page.locator(".doc-preview h3")).isFocused();
        assertThat(page.evaluate("() => window.madeBlobs[document.querySelector('.doc-preview iframe').src]"))
            .isEqualTo("application/pdf " + pdf.length);
        assertThat(Axe.violations(page)).as("axe on the claim with a PDF preview at " + width).isEmpty();
        tab.screenshot("claim-pdf-preview-" + width);

        documents.filter(new Locator.FilterOptions().setHasText("PNG")).getByRole(AriaRole.BUTTON,
            new Locator.GetByRoleOptions().setName("Pratinjau Akta kematian")).click();
        Locator image = page.locator(".doc-preview img");
        expect(image).hasAttribute("src", java.util.regex.Pattern.compile("^blob:"));
        expect(page.locator(".doc-preview iframe")).hasCount(0);
        page.waitForFunction("() => document.querySelector('.doc-preview img')?.naturalWidth === 40");
        assertThat(page.evaluate("() => window.madeBlobs[document.querySelector('.doc-preview img').src]"))
            .isEqualTo("image/png " + photo.length);
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
            .as("no horizontal scrolling at " + width).isTrue();
        assertThat(Axe.violations(page)).as("axe on the claim with an image preview at " + width).isEmpty();
        tab.screenshot("claim-image-preview-" + width);
        button(page.locator(".doc-preview"), "Tutup pratinjau").click();
        expect(page.locator(".doc-preview")).hasCount(0);
        assertCleanConsole(tab, NO_SESSION_YET, httpStatus(422, "/documents"));
      }
    }
  }

  @Test
  void theApproveDialogNamesThePayoutByNumberAndEnterCancelsIt() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    String maker = userToken("joko.pembuat", PASSWORD, "OPERATOR");
    userToken("lina.penyetuju", PASSWORD, "APPROVER");
    for (int width : WIDTHS) {
      String widow = "Janda " + (width < 600 ? "Sempit" : "Lebar");
      String worker = fixtures.member(adminToken, "Almarhum " + width, LocalDate.of(1966, 6, 6), "M", ConsoleFixtures.KELURAHAN_KLOJEN);
      String heir = fixtures.spouse(adminToken, worker, widow);
      String entitlement = fixtures.santunan(maker, worker);
      JsonObject payout = fixtures.pendingPayout(maker, entitlement, heir, widow, 2_500_000L);
      String number = payout.getString("number");

      try (Tab tab = signedInAt(width, "lina.penyetuju", PASSWORD)) {
        Page page = tab.page;
        page.navigate("/#/payouts");
        expect(heading(page)).hasText("Pembayaran");
        Locator search = page.locator("main").getByRole(AriaRole.SEARCHBOX, new Locator.GetByRoleOptions().setName("Cari nomor pembayaran"));
        search.fill(number);
        button(page.locator("main"), "Cari").click();
        Locator row = page.locator("table tbody tr[data-payout-id='" + payout.getString("id") + "']");
        expect(page.locator("table tbody tr")).hasCount(1);
        expect(row.locator(".record-number")).hasText(number);

        button(row, "Setujui Rp2.500.000 untuk " + widow).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        expect(dialog.locator(".record-number")).hasText(number);
        expect(button(dialog, "Batal")).isFocused();
        assertThat(Axe.violations(page)).as("axe on the approve dialog at " + width).isEmpty();
        tab.screenshot("payout-approve-cancel-focused-" + width);
        page.keyboard().press("Enter");
        expect(dialog).hasCount(0);
        assertThat(server.get("/api/v1/payouts/" + payout.getString("id"), adminToken).bodyAsJsonObject().getString("status"))
            .isEqualTo("PENDING_APPROVAL");
        expect(row).isVisible();
        assertCleanConsole(tab, NO_SESSION_YET);
      }
    }
  }
}
