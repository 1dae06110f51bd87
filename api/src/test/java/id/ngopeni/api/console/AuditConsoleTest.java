package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.api.testing.TestServer;
import id.ngopeni.persistence.db.Pools;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Audit screen against the real trail: a user's entry, the entity filter in the address,
 * and the chain verification before and after someone edits the table behind the
 * application's back.
 */
class AuditConsoleTest extends BrowserTest {

  static Page openAudit(Tab tab) {
    menu(tab.page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Audit")).click();
    expect(heading(tab.page)).hasText("Audit");
    expect(rows(tab.page).first()).containsText("user.created");
    return tab.page;
  }

  static Locator rows(Page page) {
    return page.locator("table tbody tr");
  }

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  /** What AuditTrailTest does: an UPDATE with the append-only trigger switched off. */
  private static void tamperWith(long seq) {
    var pool = Pools.create(server.clientVertx, server.database, 1);
    try {
      pool.withTransaction(tx -> tx.query("SET LOCAL session_replication_role = replica").execute()
          .compose(v -> tx.preparedQuery("UPDATE audit_entry SET after = jsonb_set(after, '{role}', '\"ADMIN\"') WHERE seq = $1")
              .execute(Tuple.of(seq))))
          .await();
    } finally {
      pool.close().await();
    }
  }

  @Test
  void theAdminFiltersToAUserAndSeesTheChainIntactThenBroken() {
    String id = server.createUser(adminToken, "rina.diaudit", "Rawon-Setan-Malang-2025", "AUDITOR", List.of());
    long seq = server.get("/api/v1/audit?entityType=user&entityId=" + id, adminToken).bodyAsJsonObject()
        .getJsonArray("items").getJsonObject(0).getLong("seq");
    try (Tab tab = signedIn("admin", TestServer.ADMIN_PASSWORD)) {
      Page page = openAudit(tab);
      Locator entry = page.locator("table tbody tr[data-seq='" + seq + "']");
      expect(entry).containsText("#" + seq);
      expect(entry).containsText("Pengguna dibuat");
      expect(entry).containsText("user.created");
      expect(entry).containsText("WIB");
      expect(entry).containsText("Anda");
      expect(entry.locator(".diff ins").first()).isVisible();
      expect(entry.locator(".diff li").first()).hasText("role AUDITOR");
      expect(entry).containsText("rina.diaudit");
      // Eight new fields: three shown, the rest behind a button.
      expect(entry.locator(".diff li")).hasCount(3);
      Locator all = button(entry, "Semua perubahan (8)");
      all.press("Enter");
      expect(entry.locator(".diff li")).hasCount(8);
      expect(entry.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ringkas"))).hasAttribute("aria-expanded", "true");
      tab.screenshot("audit");

      Locator entityId = page.getByLabel("ID entitas");
      entityId.fill(id);
      entityId.press("Enter");
      expect(rows(page)).hasCount(1);
      expect(rows(page).first()).containsText("user.created");
      assertThat(page.url()).endsWith("#/audit?entityId=" + id);
      tab.screenshot("audit-filtered");

      // Back undoes the filter; the entity's own link filters by type and id.
      page.goBack();
      expect(page.getByLabel("ID entitas")).hasValue("");
      expect(rows(page).nth(1)).isVisible();
      button(entry, "Tampilkan riwayat Pengguna " + id).click();
      expect(rows(page)).hasCount(1);
      expect(page.getByLabel("Jenis entitas")).hasValue("user");
      expect(page.getByLabel("ID entitas")).hasValue(id);
      assertThat(page.url()).endsWith("#/audit?entityType=user&entityId=" + id);

      long entries = server.get("/api/v1/audit/verify", adminToken).bodyAsJsonObject().getLong("entries");
      Locator verify = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verifikasi rantai"));
      Locator result = page.locator(".verify-result");
      verify.click();
      expect(result.locator(".verify-line")).hasText("Rantai utuh. " + entries + " catatan diperiksa; tidak ada yang diubah.");
      expect(result).hasAttribute("role", "status");
      expect(entry).not().hasClass(Pattern.compile("broken"));
      tab.screenshot("audit-verified");

      tamperWith(seq);
      verify.click();
      expect(result.locator(".verify-line.broken")).containsText("RANTAI RUSAK.");
      expect(result.locator(".verify-line.broken")).containsText("Catatan pertama yang rusak: #" + seq + " (dari " + entries + " catatan)");
      expect(entry).hasClass(Pattern.compile("\\bbroken\\b"));
      expect(entry.locator(".badge.danger")).hasText("Rusak");
      // The page was reloaded with the verification: it shows what is stored now.
      expect(entry.locator(".diff li").first()).hasText("role ADMIN");
      button(result, "Lihat catatan #" + seq).click();
      expect(entry).isFocused();
      tab.screenshot("audit-broken");

      JsonObject verification = server.get("/api/v1/audit/verify", adminToken).bodyAsJsonObject();
      assertThat(verification.getBoolean("valid")).isFalse();
      assertThat(verification.getLong("firstBrokenSeq")).isEqualTo(seq);
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  void anAuditorReadsTheTrailInEnglishOnATabletEightHundredPixelsWide() {
    server.createUser(adminToken, "tono.auditor", "Bakpao-Telo-Malang-2025", "AUDITOR", List.of());
    try (Tab tab = signIn(browser.open(800, 1000), "tono.auditor", "Bakpao-Telo-Malang-2025")) {
      expect(menu(tab.page)).isVisible();
      // Issue 17: the auditor (only) has the personal data access log.
      expect(menu(tab.page).getByRole(AriaRole.LINK)).hasText(new String[] {"Dasbor", "Pekerja", "Klaim", "Kasus terlambat", "Santunan", "Pembayaran", "BPJS", "Sasaran DTSEN", "SK penerima", "Audit", "Log akses data pribadi", "Hak subjek data"});
      Page page = openAudit(tab);
      expect(rows(page).first()).containsText("Admin");
      tab.screenshot("audit-800px");
      assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
          .as("no horizontal scrolling at 800 px").isTrue();
      @SuppressWarnings("unchecked")
      List<Number> table = (List<Number>) page.evaluate("() => { const w = document.querySelector('.table-wrap'); return [w.scrollWidth, w.clientWidth]; }");
      assertThat(table.get(0).intValue()).as("the audit table fits without its own scrollbar").isLessThanOrEqualTo(table.get(1).intValue());

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
      expect(heading(page)).hasText("Audit");
      expect(page.getByLabel("Entity type")).isVisible();
      expect(rows(page).first()).containsText("User created");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }
}
