package id.ngopeni.api.console;

import static id.ngopeni.api.console.ConsoleBrowser.httpStatus;
import static id.ngopeni.api.console.PayoutsConsoleTest.rupiah;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.domain.bank.Bank;
import id.ngopeni.domain.bank.TransferLimit;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The maker's payout from a santunan entitlement's page against the real payout rules: a parent while
 * a spouse is registered, a bad account number and an amount above what is left are refused
 * under their fields; the spouse then gets what is left by default, the payout shows on the
 * santunan and in the inbox without an approve button for its maker. Readers see no button.
 */
class PayoutCreateConsoleTest extends BrowserTest {
  static final String PASSWORD = "Cwie-Mie-Malang-2025";

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Locator label(Locator scope, String text) {
    return scope.getByLabel(text, new Locator.GetByLabelOptions().setExact(true));
  }

  private static Locator fieldError(Locator dialog, String field) {
    return dialog.locator("[data-field=" + field + "] .field-error");
  }

  @Test
  void theMakerPaysTheSpouseWhatIsLeftAfterTheServerRefusesTheParentABadAccountAndTooMuch() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    String operatorId = server.createUser(adminToken, "dewi.pembuat", PASSWORD, "OPERATOR", List.of());
    String operator = server.login("dewi.pembuat", PASSWORD).getString("accessToken");
    String worker = fixtures.member(adminToken, "Bambang Hartono", LocalDate.of(1963, 3, 8), "M", ConsoleFixtures.KELURAHAN_KLOJEN);
    List<String> heirs = fixtures.heirs(adminToken, worker, "PARENT", "Karto Wiryo", "SPOUSE", "Siti Khotijah");
    String parent = heirs.get(0);
    String spouse = heirs.get(1);
    String entitlement = fixtures.santunan(operator, worker);
    long total = ConsoleFixtures.SANTUNAN_DEATH;
    // An earlier payout holds part of the entitlement.
    String earlier = fixtures.pendingPayout(operator, entitlement, spouse, "Siti Khotijah", 4_000_000L).getString("id");
    long remaining = total - 4_000_000L;
    assertThat(remaining).isPositive();

    try (Tab tab = signedIn("dewi.pembuat", PASSWORD)) {
      Page page = tab.page;
      page.navigate("/#/santunan/entitlements/" + entitlement);
      expect(heading(page)).hasText("Santunan untuk Bambang Hartono");
      Locator card = page.locator("section.santunan-payouts");
      expect(card.locator(".remaining")).containsText("Sisa hak manfaat: " + rupiah(remaining) + " dari " + rupiah(total) + ".");
      Locator earlierRow = card.locator("tr[data-payout-id='" + earlier + "']");
      expect(earlierRow).containsText("Menunggu persetujuan");
      expect(earlierRow.locator(".money")).hasText("Rp4.000.000");

      button(card, "Buat pembayaran").click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog.getByRole(AriaRole.HEADING)).hasText("Buat pembayaran");
      expect(dialog.locator(".remaining")).hasText("Sisa hak manfaat: " + rupiah(remaining) + " dari " + rupiah(total) + ".");
      Locator heir = label(dialog, "Ahli waris penerima");
      expect(heir.locator("option[value='" + spouse + "']")).hasText("Siti Khotijah — Suami/istri · Golongan 1");
      expect(heir.locator("option[value='" + parent + "']")).hasText("Karto Wiryo — Orang tua · Golongan 2");
      expect(heir).hasValue(spouse);
      // What is left is less than one transfer may carry: an empty amount pays all of it.
      expect(dialog.locator("[data-field=amount] .hint")).hasText("Kosongkan untuk membayar seluruh sisa hak, " + rupiah(remaining) + ".");
      // The banks offered are exactly those the API accepts.
      @SuppressWarnings("unchecked")
      List<String> banks = (List<String>) label(dialog, "Bank").locator("option")
          .evaluateAll("(options) => options.map((o) => o.value).filter(Boolean)");
      assertThat(banks).containsExactlyElementsOf(Arrays.stream(Bank.values()).map(Bank::code).toList());

      // The parent, while a spouse is registered: refused under the heir.
      heir.selectOption(parent);
      label(dialog, "Bank").selectOption("002");
      expect(dialog.locator("[data-field=accountNumber] .hint")).containsText("terdiri dari 15 angka");
      label(dialog, "Nomor rekening").fill("0123-01-000123-30-5");
      label(dialog, "Nama pemilik rekening").fill("Siti Khotijah");
      button(dialog, "Buat pembayaran").click();
      expect(fieldError(dialog, "heirId"))
          .hasText("Ada ahli waris dengan golongan lebih tinggi; pilih ahli waris golongan tertinggi.");
      expect(heir).hasAttribute("aria-invalid", "true");
      tab.screenshot("payout-create-heir-refused");

      // A BRI account number of another bank's length.
      heir.selectOption(spouse);
      label(dialog, "Nomor rekening").fill("1234567890");
      button(dialog, "Buat pembayaran").click();
      expect(fieldError(dialog, "accountNumber")).hasText("Bukan nomor rekening bank ini; periksa jumlah angkanya.");
      expect(fieldError(dialog, "heirId")).isHidden();

      // More than is left.
      label(dialog, "Nomor rekening").fill("0123-01-000123-30-5");
      label(dialog, "Jumlah (Rp, boleh kosong)").fill(rupiah(remaining + 1));
      button(dialog, "Buat pembayaran").click();
      expect(fieldError(dialog, "amount")).hasText("Lebih dari sisa hak santunan ini.");
      expect(label(dialog, "Jumlah (Rp, boleh kosong)")).isFocused();
      tab.screenshot("payout-create-too-much");

      // No amount: what is left.
      label(dialog, "Jumlah (Rp, boleh kosong)").fill("");
      button(dialog, "Buat pembayaran").click();
      expect(dialog).isHidden();
      expect(page.getByRole(AriaRole.STATUS).first()).hasText("Pembayaran " + rupiah(remaining)
          + " untuk Siti Khotijah telah dibuat dan menunggu persetujuan orang lain.");

      List<JsonObject> payouts = server.get("/api/v1/payouts?entitlementId=" + entitlement, adminToken).bodyAsJsonObject()
          .getJsonArray("items").stream().map(JsonObject.class::cast).toList();
      assertThat(payouts).hasSize(2);
      JsonObject made = payouts.stream().filter(p -> !p.getString("id").equals(earlier)).findFirst().orElseThrow();
      assertThat(made.getString("status")).isEqualTo("PENDING_APPROVAL");
      assertThat(made.getLong("amount")).isEqualTo(remaining);
      assertThat(made.getString("createdBy")).isEqualTo(operatorId);
      assertThat(made.getString("heirId")).isEqualTo(spouse);
      assertThat(made.getString("bankCode")).isEqualTo("002");
      assertThat(made.getString("accountNumber")).isEqualTo("•••••••••••3305"); // masked: in full only by a reveal

      Locator madeRow = card.locator("tr[data-payout-id='" + made.getString("id") + "']");
      expect(madeRow).containsText("Siti Khotijah");
      expect(madeRow).containsText("Suami/istri");
      expect(madeRow).containsText("Menunggu persetujuan");
      expect(madeRow).containsText("Dibuat oleh Anda");
      expect(madeRow.locator(".money")).hasText(rupiah(remaining));
      expect(card.locator(".remaining")).containsText("Sisa hak manfaat: Rp0 dari " + rupiah(total) + ".");
      expect(button(card, "Buat pembayaran")).hasCount(0);
      tab.screenshot("santunan-payouts");

      // The inbox shows it to its maker without an approve button.
      card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Buka daftar pembayaran")).click();
      expect(heading(page)).hasText("Pembayaran");
      Locator inboxRow = PayoutsConsoleTest.row(page, made.getString("id"));
      expect(inboxRow).containsText("Dibuat oleh Anda");
      expect(inboxRow.getByRole(AriaRole.BUTTON)).hasCount(0);
      assertCleanConsole(tab, NO_SESSION_YET, httpStatus(422, "/payouts"));
    }
  }

  @Test
  void theAmountHintShowsTheTransferLimitTheServerGivesForTheBank() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    String operator = userToken("agus.pembuat", PASSWORD, "OPERATOR");
    String worker = fixtures.member(adminToken, "Slamet Riyadi", LocalDate.of(1966, 4, 21), "M", ConsoleFixtures.KELURAHAN_KLOJEN);
    fixtures.spouse(adminToken, worker, "Sri Wahyuni");
    String entitlement = fixtures.santunan(operator, worker);

    try (Tab tab = signedIn("agus.pembuat", PASSWORD)) {
      Page page = tab.page;
      // The console has no limit of its own: the one GET /banks gives is what it shows. The real
      // answer carries the domain's BI-FAST limit; lowered here (BCA lower still), the santunan
      // is more than one transfer may carry.
      List<Long> served = new ArrayList<>();
      page.route("**/api/v1/banks", route -> {
        APIResponse real = route.fetch();
        JsonObject body = new JsonObject(real.text());
        for (Object item : body.getJsonArray("items")) {
          JsonObject bank = (JsonObject) item;
          served.add(bank.getLong("maxTransfer"));
          bank.put("maxTransfer", bank.getString("code").equals("014") ? 5_000_000L : 8_000_000L);
        }
        route.fulfill(new Route.FulfillOptions().setResponse(real).setBody(body.encode()));
      });
      page.navigate("/#/santunan/entitlements/" + entitlement);
      expect(heading(page)).hasText("Santunan untuk Slamet Riyadi");
      button(page.locator("section.santunan-payouts"), "Buat pembayaran").click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      Locator hint = dialog.locator("[data-field=amount] .hint");
      expect(label(dialog, "Bank").locator("option[value='002']")).hasCount(1);
      assertThat(served).isNotEmpty().containsOnly(TransferLimit.BI_FAST_MAX.amount());
      // No bank chosen yet: the smallest limit of any.
      expect(hint).hasText("Kosongkan untuk membayar sisa hak, paling banyak Rp5.000.000 per transfer BI-FAST.");
      label(dialog, "Bank").selectOption("002");
      expect(hint).hasText("Kosongkan untuk membayar sisa hak, paling banyak Rp8.000.000 per transfer BI-FAST.");
      label(dialog, "Bank").selectOption("014");
      expect(hint).hasText("Kosongkan untuk membayar sisa hak, paling banyak Rp5.000.000 per transfer BI-FAST.");
      tab.screenshot("payout-create-transfer-limit");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  void anApproverSeesASantunansPayoutsButCannotMakeOne() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    server.createUser(adminToken, "joko.penyetuju", PASSWORD, "APPROVER", List.of());
    String operator = userToken("rina.pembuat", PASSWORD, "OPERATOR");
    String worker = fixtures.member(adminToken, "Sukirman Adi", LocalDate.of(1961, 11, 30), "M", ConsoleFixtures.KELURAHAN_SAMAAN);
    String spouse = fixtures.spouse(adminToken, worker, "Tumini");
    String entitlement = fixtures.santunan(operator, worker);
    String payout = fixtures.pendingPayout(operator, entitlement, spouse, "Tumini", 5_000_000L).getString("id");

    // On a tablet: 800 px wide, nothing scrolls sideways.
    try (Tab tab = signIn(browser.open(800, 1000), "joko.penyetuju", PASSWORD)) {
      Page page = tab.page;
      expect(menu(page)).isVisible();
      page.navigate("/#/santunan/entitlements/" + entitlement);
      expect(heading(page)).hasText("Santunan untuk Sukirman Adi");
      Locator card = page.locator("section.santunan-payouts");
      Locator row = card.locator("tr[data-payout-id='" + payout + "']");
      expect(row).containsText("Tumini");
      expect(row).containsText("Menunggu persetujuan");
      expect(row.locator(".money")).hasText("Rp5.000.000");
      expect(card.getByRole(AriaRole.BUTTON)).hasCount(0);
      assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
          .as("no horizontal scrolling at 800 px").isTrue();
      tab.screenshot("santunan-payouts-approver-800px");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }
}
