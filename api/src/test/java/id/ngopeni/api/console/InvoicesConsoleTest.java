package id.ngopeni.api.console;

import static id.ngopeni.api.console.MoneyScreens.button;
import static id.ngopeni.api.console.MoneyScreens.named;
import static id.ngopeni.api.console.MoneyScreens.noViolations;
import static id.ngopeni.api.console.MoneyScreens.noViolationsOnPhone;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 19.4, the premium invoices in Chromium: an operator at 1366 px generates this month's
 * invoices after seeing their amounts (and cancelling once: Cancel has the focus, Enter cancels),
 * downloads the BPJS file (recorded in the access log), is told on the field what is wrong with a
 * payment, then records it; an admin on a 390 px phone does the same for last month, and when the
 * payment's answer is lost, trying again sends the same Idempotency-Key and gets the recorded answer.
 * Axe finds no WCAG A/AA violation on any view or dialog at either width.
 */
class InvoicesConsoleTest extends BrowserTest {
  private static final String PASSWORD = "Cwie-Mie-Malang-2026";
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
  private static final YearMonth NOW = YearMonth.now(ZoneId.of("Asia/Jakarta"));

  /** The confirmation on top of a dialog. */
  private static Locator confirmation(Page page) {
    return page.locator("dialog:has(.confirm)");
  }

  /** Every POST to the invoices carried a fresh-looking Idempotency-Key. */
  private static List<String> recordKeys(Page page) {
    List<String> keys = new CopyOnWriteArrayList<>();
    page.onRequest(request -> {
      if (request.method().equals("POST") && request.url().contains("/api/v1/premium-invoices")) {
        keys.add(String.valueOf(request.headers().get("idempotency-key")));
      }
    });
    return keys;
  }

  /** Generates `period` from the invoices screen: preview, confirm, land on the month. */
  private static void generate(Page page, YearMonth period, String total, boolean phone) {
    named(page.locator("main .page-head"), "Buat tagihan").click();
    Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Buat tagihan iuran bulanan"));
    dialog.getByLabel("Bulan tagihan").fill(period.toString());
    expect(dialog.locator("tr[data-source=DBHCHT]")).containsText(total);
    expect(dialog.locator("tr[data-source=DBHCHT]")).containsText("Akan dibuat");
    expect(dialog).containsText("Akan dibuat 1 tagihan");
    if (phone) {
      noViolationsOnPhone(page, "generation dialog at 390");
    } else {
      noViolations(page, "generation dialog at 1366");
    }
    button(dialog, "Buat tagihan").click();
    expect(confirmation(page)).containsText(total);
    expect(button(confirmation(page), "Batal")).isFocused();
    button(confirmation(page), "Buat tagihan").click();
    PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*#/invoices/" + period + "$"));
    expect(page.locator("main p[role=status]")).containsText("1 tagihan dibuat");
    expect(page.locator("main p[role=status]")).containsText(total);
  }

  /** Records the DBHCHT invoice of the month shown as paid with this payment number. */
  private static void markPaid(Page page, String reference, String total) {
    Locator row = page.locator("tr[data-source=DBHCHT]");
    named(row, "Tandai lunas").click();
    Locator dialog = page.getByRole(AriaRole.DIALOG);
    dialog.getByLabel("Nomor bukti bayar").fill(reference);
    button(dialog, "Tandai lunas").click();
    expect(confirmation(page)).containsText(total);
    expect(confirmation(page)).containsText(reference);
    expect(button(confirmation(page), "Batal")).isFocused();
    button(confirmation(page), "Tandai lunas").click();
    expect(page.getByRole(AriaRole.DIALOG)).hasCount(0);
    expect(row).containsText("Lunas");
    expect(row).containsText(reference);
    expect(page.locator("main p[role=status]")).containsText("tercatat lunas");
  }

  @Test
  void anOperatorGeneratesAMonthDownloadsTheFileAndRecordsThePaymentAndAnAdminDoesItOnAPhone() throws IOException {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    String siti = fixtures.worker(adminToken, "Siti Maryam", LocalDate.of(1981, 2, 3), "F", ConsoleFixtures.KELURAHAN_KLOJEN);
    String budi = fixtures.worker(adminToken, "Budi Santoso", LocalDate.of(1975, 5, 6), "M", ConsoleFixtures.KELURAHAN_KLOJEN);
    // Two DBHCHT members on the minimum package since last month: Rp16.800 each a month.
    fixtures.activeMembership(siti, NOW.minusMonths(1).atDay(1));
    fixtures.activeMembership(budi, NOW.minusMonths(1).atDay(1));
    server.createUser(adminToken, "tagihan.operator", PASSWORD, "OPERATOR", List.of());
    String auditor = userToken("tagihan.auditor", PASSWORD, "AUDITOR");

    try (Tab tab = signIn(browser.open(1366, 900), "tagihan.operator", PASSWORD)) {
      Page page = tab.page;
      expect(menu(page)).isVisible();
      List<String> keys = recordKeys(page);
      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tagihan iuran")).click();
      expect(heading(page)).hasText("Tagihan iuran");
      expect(page.locator("main table")).containsText("Belum ada tagihan iuran.");
      noViolations(page, "invoice months at 1366");

      // The amounts first; a reflex Enter on the confirmation cancels, and nothing is generated.
      named(page.locator("main .page-head"), "Buat tagihan").click();
      Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Buat tagihan iuran bulanan"));
      expect(dialog.locator("tr[data-source=DBHCHT]")).containsText("Rp33.600");
      button(dialog, "Buat tagihan").click();
      expect(button(confirmation(page), "Batal")).isFocused();
      page.keyboard().press("Enter");
      expect(confirmation(page)).hasCount(0);
      expect(dialog).isVisible();
      assertThat(server.get("/api/v1/premium-invoices/months", adminToken).bodyAsJsonObject().getJsonArray("items")).isEmpty();
      button(dialog, "Batal").click();

      generate(page, NOW, "Rp33.600", false);
      Locator row = page.locator("tr[data-source=DBHCHT]");
      expect(row).containsText("Belum dibayar");
      noViolations(page, "one month's invoices at 1366");
      tab.screenshot("invoices-month");

      Download csv = page.waitForDownload(() -> named(row, "Unduh CSV").click());
      assertThat(csv.suggestedFilename()).isEqualTo("premium-" + NOW + "-DBHCHT.csv");
      String[] lines = Files.readString(csv.path(), StandardCharsets.UTF_8).split("\n");
      assertThat(lines).hasSize(3);
      assertThat(lines[0]).startsWith("membership_id,worker_id,nik,full_name");
      // The operator hands the file to the BPJS branch: NIKs in full, taken for that purpose.
      assertThat(lines[1].split(",")[2]).matches("\\d{16}");
      List<JsonObject> exports = server.get("/api/v1/access-log?personId=" + siti, auditor).bodyAsJsonObject()
          .getJsonArray("items").stream().map(JsonObject.class::cast).filter(o -> o.getString("kind").equals("EXPORT")).toList();
      assertThat(exports).singleElement().satisfies(e -> {
        assertThat(e.getString("username")).isEqualTo("tagihan.operator");
        assertThat(e.getString("purpose")).isEqualTo("BPJS_REGISTRATION");
      });

      // A payment dated tomorrow: the server's refusal lands under the date, the dialog stays.
      named(row, "Tandai lunas").click();
      Locator pay = page.getByRole(AriaRole.DIALOG);
      expect(pay).containsText("Rp33.600");
      pay.getByLabel("Tanggal bayar").fill(LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1)
          .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
      pay.getByLabel("Nomor bukti bayar").fill("SP2D-0042/2026");
      button(pay, "Tandai lunas").click();
      button(confirmation(page), "Tandai lunas").click();
      expect(pay.locator("[data-field=paidAt] .field-error")).isVisible();
      expect(pay.getByLabel("Tanggal bayar")).hasAttribute("aria-invalid", "true");
      noViolations(page, "payment dialog with an error at 1366");
      button(pay, "Batal").click();
      markPaid(page, "SP2D-0042/2026", "Rp33.600");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← Semua bulan")).click();
      Locator month = page.locator("tr[data-period='" + NOW + "']");
      expect(month).containsText("Rp33.600");
      expect(month).containsText("Lunas");
      assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(key).matches(KEY));
      assertCleanConsole(tab, NO_SESSION_YET, ConsoleBrowser.httpStatus(422, "/mark-paid"));
    }

    try (Tab phone = signIn(browser.open(390, 844), "admin", id.ngopeni.api.testing.TestServer.ADMIN_PASSWORD)) {
      Page page = phone.page;
      expect(menu(page)).isAttached();
      List<String> keys = recordKeys(page);
      page.navigate("/#/invoices");
      expect(page.locator("tr[data-period='" + NOW + "']")).isVisible();
      noViolationsOnPhone(page, "invoice months at 390");
      generate(page, NOW.minusMonths(1), "Rp33.600", true);
      noViolationsOnPhone(page, "one month's invoices at 390");
      Download csv = page.waitForDownload(() -> named(page.locator("tr[data-source=DBHCHT]"), "Unduh CSV").click());
      assertThat(csv.suggestedFilename()).isEqualTo("premium-" + NOW.minusMonths(1) + "-DBHCHT.csv");
      // The answer to the payment is lost on its way back, after the server recorded it: the
      // second try carries the same key and is answered from that record, so it is paid once.
      boolean[] dropped = {false};
      page.route("**/mark-paid", route -> {
        if (dropped[0]) {
          route.resume();
          return;
        }
        dropped[0] = true;
        route.fetch();
        route.abort();
      });
      Locator row = page.locator("tr[data-source=DBHCHT]");
      named(row, "Tandai lunas").click();
      Locator pay = page.getByRole(AriaRole.DIALOG);
      pay.getByLabel("Nomor bukti bayar").fill("SP2D-0041/2026");
      button(pay, "Tandai lunas").click();
      button(confirmation(page), "Tandai lunas").click();
      expect(pay.locator(".form-error")).containsText("Server tidak dapat dihubungi");
      Response replayed = page.waitForResponse(r -> r.url().endsWith("/mark-paid"), () -> {
        button(pay, "Tandai lunas").click();
        button(confirmation(page), "Tandai lunas").click();
      });
      assertThat(replayed.status()).isEqualTo(200);
      assertThat(replayed.headers().get("idempotent-replayed")).isEqualTo("true");
      expect(row).containsText("Lunas");
      expect(row).containsText("SP2D-0041/2026");
      assertThat(keys).hasSize(3).allSatisfy(key -> assertThat(key).matches(KEY));
      assertThat(keys.get(2)).as("the retry's key").isEqualTo(keys.get(1));
      phone.screenshot("invoices-phone");
      assertCleanConsole(phone, NO_SESSION_YET, p -> p.contains("net::ERR_FAILED"));
    }
  }
}
