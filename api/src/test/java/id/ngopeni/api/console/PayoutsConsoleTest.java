package id.ngopeni.api.console;

import static id.ngopeni.api.console.ConsoleBrowser.httpStatus;
import static id.ngopeni.api.console.MoneyScreens.noViolations;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The approver's inbox against real santunan payouts: a checker approves with a confirmation
 * and rejects with a reason, while the maker — promoted to APPROVER after making the payouts —
 * sees their own payouts without any approve button (and the server agrees).
 */
class PayoutsConsoleTest extends BrowserTest {
  static final String PASSWORD = "Tahu-Telor-Malang-2025";

  static String rupiah(long amount) {
    return "Rp" + String.format(Locale.GERMANY, "%,d", amount);
  }

  static Page openPayouts(Tab tab) {
    menu(tab.page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Pembayaran")).click();
    expect(heading(tab.page)).hasText("Pembayaran");
    return tab.page;
  }

  static Locator row(Page page, String payoutId) {
    return page.locator("table tbody tr[data-payout-id='" + payoutId + "']");
  }

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  private void promote(String userId, String role) {
    var current = server.get("/api/v1/users/" + userId, adminToken);
    var changed = server.http.request(HttpMethod.PATCH, "/api/v1/users/" + userId)
        .putHeader("Authorization", "Bearer " + adminToken).putHeader("If-Match", current.getHeader("ETag"))
        .sendJsonObject(new JsonObject().put("role", role)).await();
    assertThat(changed.statusCode()).as(changed.bodyAsString()).isEqualTo(200);
    // The new role takes effect once a second admin confirms it (issue 13.8).
    JsonObject grant = changed.bodyAsJsonObject().getJsonObject("roleGrant");
    if (grant != null && "PENDING".equals(grant.getString("status"))) {
      server.confirmGrant(grant.getString("id"), grant.getString("requestedBy"));
    }
  }

  @Test
  void theCheckerApprovesAndRejectsWhileTheMakerSeesNoApproveButton() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    String makerId = server.createUser(adminToken, "rudi.pembuat", PASSWORD, "OPERATOR", List.of());
    server.createUser(adminToken, "ani.penyetuju", PASSWORD, "APPROVER", List.of());
    String maker = server.login("rudi.pembuat", PASSWORD).getString("accessToken");
    String worker = fixtures.member(adminToken, "Slamet Riyadi", LocalDate.of(1970, 2, 2), "M", ConsoleFixtures.KELURAHAN_KLOJEN);
    String heir = fixtures.spouse(adminToken, worker, "Siti Aminah");
    String entitlement = fixtures.santunan(maker, worker);
    JsonObject first = fixtures.pendingPayout(maker, entitlement, heir, "Siti Aminah", 6_000_000L);
    JsonObject second = fixtures.pendingPayout(maker, entitlement, heir, "Siti Aminah", null);
    long rest = second.getLong("amount");
    // The maker may approve payouts now — but never their own.
    promote(makerId, "APPROVER");

    try (Tab checker = signedIn("ani.penyetuju", PASSWORD)) {
      Page page = openPayouts(checker);
      expect(page.locator(".status-tabs [aria-pressed=true]")).hasText("Menunggu persetujuan");
      Locator pending = row(page, first.getString("id"));
      expect(pending).containsText("Siti Aminah");
      expect(pending).containsText("Suami/istri");
      expect(pending).containsText("Golongan 1");
      // The list shows the account's last four digits only; the approver asks for it in full.
      expect(pending).containsText("•••••••••••3305");
      expect(pending).not().containsText("012301000123305");
      expect(pending.locator(".money")).hasText("Rp6.000.000");
      expect(row(page, second.getString("id")).locator(".money")).hasText(rupiah(rest));
      checker.screenshot("payouts-inbox");

      button(pending, "Setujui Rp6.000.000 untuk Siti Aminah").click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog.getByRole(AriaRole.HEADING)).hasText("Setujui pembayaran?");
      expect(dialog).containsText("Rp6.000.000");
      expect(dialog).containsText(entitlement);
      // Issue 19.6: the dialog names the payout by its number, and Cancel has the focus, so a
      // reflex Enter closes the dialog instead of approving.
      expect(dialog).containsText(first.getString("number"));
      expect(pending).containsText(first.getString("number"));
      expect(button(dialog, "Batal")).isFocused();
      expect(dialog).not().containsText("012301000123305");
      checker.screenshot("payout-approve-confirm");
      page.keyboard().press("Enter");
      expect(dialog).isHidden();
      assertThat(server.get("/api/v1/payouts/" + first.getString("id"), adminToken).bodyAsJsonObject().getString("status"))
          .isEqualTo("PENDING_APPROVAL");
      expect(pending).isVisible();
      button(pending, "Setujui Rp6.000.000 untuk Siti Aminah").click();
      expect(button(dialog, "Batal")).isFocused();
      // The approver checks the account against the savings book: in full for PAYOUT, on record.
      button(dialog, "Tampilkan nomor rekening lengkap Siti Aminah").click();
      expect(dialog).containsText("012301000123305");
      expect(dialog).containsText("Ditampilkan lengkap untuk: Pembayaran. Tercatat di log akses.");
      expect(dialog.locator(".account-number")).isFocused();
      noViolations(page, "approve dialog with the account revealed at 1366");
      button(dialog, "Setujui").click();
      expect(dialog).isHidden();
      expect(page.getByRole(AriaRole.STATUS)).hasText("Pembayaran Rp6.000.000 untuk Siti Aminah telah disetujui.");
      expect(pending).hasCount(0);
      assertThat(server.get("/api/v1/payouts/" + first.getString("id"), adminToken).bodyAsJsonObject().getString("status"))
          .isEqualTo("APPROVED");

      button(page.locator(".status-tabs"), "Disetujui").click();
      expect(row(page, first.getString("id"))).containsText("Rp6.000.000");
      expect(row(page, first.getString("id")).getByRole(AriaRole.BUTTON)).hasCount(0);
      checker.screenshot("payouts-approved");
      assertCleanConsole(checker, NO_SESSION_YET);
    }

    // The maker works on a tablet: 800 px wide, nothing scrolls sideways.
    try (Tab makerTab = signIn(browser.open(800, 1000), "rudi.pembuat", PASSWORD)) {
      expect(menu(makerTab.page)).isVisible();
      Page page = openPayouts(makerTab);
      Locator own = row(page, second.getString("id"));
      expect(own).containsText(rupiah(rest));
      expect(own).containsText("Dibuat oleh Anda");
      expect(own).containsText("Menunggu penyetuju lain");
      expect(own.getByRole(AriaRole.BUTTON)).hasCount(0);
      expect(page.locator("table").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Setujui"))).hasCount(0);
      Object wider = page.evaluate("() => [...document.querySelectorAll('body *')]"
          + ".filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)"
          + ".map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 8)");
      assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
          .as("no horizontal scrolling at 800 px; wider: %s", wider).isTrue();
      @SuppressWarnings("unchecked")
      List<Number> table = (List<Number>) page.evaluate("() => { const w = document.querySelector('.table-wrap'); return [w.scrollWidth, w.clientWidth]; }");
      assertThat(table.get(0).intValue()).as("the payouts table fits without its own scrollbar").isLessThanOrEqualTo(table.get(1).intValue());
      makerTab.screenshot("payouts-maker-800px");

      // The worker column leads to the santunan the payout pays.
      own.getByRole(AriaRole.LINK).click();
      expect(heading(page)).hasText("Santunan untuk Slamet Riyadi");
      assertCleanConsole(makerTab, NO_SESSION_YET);
    }
    // What the missing button would have met.
    String makerNow = server.login("rudi.pembuat", PASSWORD).getString("accessToken");
    var refused = server.post("/api/v1/payouts/" + second.getString("id") + "/approve", makerNow, null);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.bodyAsJsonObject().getString("code")).isEqualTo("self_approval_forbidden");

    try (Tab checker = signedIn("ani.penyetuju", PASSWORD)) {
      Page page = openPayouts(checker);
      Locator pending = row(page, second.getString("id"));
      button(pending, "Tolak " + rupiah(rest) + " untuk Siti Aminah").click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      expect(button(dialog, "Batal")).isFocused();
      page.keyboard().press("Enter");
      expect(dialog).isHidden();
      assertThat(server.get("/api/v1/payouts/" + second.getString("id"), adminToken).bodyAsJsonObject().getString("status"))
          .isEqualTo("PENDING_APPROVAL");
      button(pending, "Tolak " + rupiah(rest) + " untuk Siti Aminah").click();
      button(dialog, "Tolak").click();
      expect(dialog.locator("[data-field=reason] .field-error")).hasText("Alasan wajib diisi.");
      dialog.getByLabel("Alasan penolakan").fill("Nomor rekening bukan atas nama ahli waris.");
      button(dialog, "Tolak").click();
      expect(dialog).isHidden();
      expect(page.getByRole(AriaRole.STATUS)).hasText("Pembayaran " + rupiah(rest) + " untuk Siti Aminah telah ditolak.");
      button(page.locator(".status-tabs"), "Ditolak").click();
      expect(row(page, second.getString("id"))).containsText("Nomor rekening bukan atas nama ahli waris.");
      checker.screenshot("payouts-rejected");
      assertCleanConsole(checker, NO_SESSION_YET, httpStatus(422, "/reject"));
    }
  }
}
