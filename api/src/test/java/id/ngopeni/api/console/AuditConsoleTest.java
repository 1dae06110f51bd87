package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.testing.Sealed;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.api.testing.TestServer;
import id.ngopeni.persistence.db.Pools;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.SelectOption;
import id.ngopeni.api.membership.MoneyFixture;
import id.ngopeni.api.report.ReportFiles;
import id.ngopeni.domain.Jakarta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
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
      expect(entry.locator(".diff li").first()).hasText("Peran Auditor");
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
      expect(entry.locator(".diff li").first()).hasText("Peran Admin");
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
      expect(menu(tab.page).getByRole(AriaRole.LINK)).hasText(new String[] {"Dasbor", "Pekerja", "Tinjauan duplikat", "Klaim", "Kasus terlambat", "Santunan", "Pembayaran", "BPJS", "Sasaran DTSEN", "SK penerima", "Tagihan iuran", "Anggaran", "Target cakupan", "Tarif iuran", "Wilayah", "Laporan", "Audit", "Log akses data pribadi", "Hak subjek data", "Insiden data pribadi"});
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

  /** A worker registered by a new operator and enrolled (self-paid) by the admin: its id and NIK. */
  private static String[] personWithHistory(String operator, String name) {
    String token = userToken(operator, "Soto-Lamongan-Koya-2025", "OPERATOR");
    String id = new ConsoleFixtures(server).worker(token, name, LocalDate.of(1982, 9, 9), "F", ConsoleFixtures.KELURAHAN_KLOJEN);
    var enrolled = server.post("/api/v1/workers/" + id + "/memberships", adminToken,
        MoneyFixture.enrolment("MANDIRI", 1_000_000, Jakarta.today(Clock.systemUTC()).withDayOfMonth(1), "JKK", "JKM"));
    assertThat(enrolled.statusCode()).as(enrolled.bodyAsString()).isEqualTo(201);
    var pool = Pools.create(server.clientVertx, server.database, 1);
    try {
      return new String[] {id, Sealed.of(server).nikOf(pool, java.util.UUID.fromString(id))};
    } finally {
      pool.close().await();
    }
  }

  private static byte[] download(Page page, Locator button) throws IOException {
    Download file = page.waitForDownload(button::click);
    return Files.readAllBytes(file.path());
  }

  @Test
  void anAuditorReadsTheTrailInWordsFiltersByActorActionAndNikAndExportsIt() throws IOException {
    String[] siti = personWithHistory("ops.konsol", "Siti Khodijah");
    server.createUser(adminToken, "audit.konsol", "Bakpao-Telo-Malang-2026", "AUDITOR", List.of());
    try (Tab tab = signIn(browser.open(1366, 900), "audit.konsol", "Bakpao-Telo-Malang-2026")) {
      Page page = openAudit(tab);
      Locator filters = page.locator("form.audit-filters");
      filters.getByLabel("Pelaku").selectOption(new SelectOption().setLabel("ops.konsol (Operator)"));
      button(filters, "Terapkan").click();
      expect(rows(page)).hasCount(1);
      expect(rows(page).first()).containsText("Pekerja didaftarkan");
      expect(rows(page).first()).containsText("ops.konsol");
      expect(rows(page).first()).containsText("Siti Khodijah");
      assertThat(page.url()).contains("actorId=");

      button(filters, "Hapus filter").click();
      filters.getByLabel("Tindakan").selectOption(new SelectOption().setLabel("Kepesertaan didaftarkan"));
      button(filters, "Terapkan").click();
      expect(rows(page)).hasCount(1);
      Locator enrolment = rows(page).first();
      expect(enrolment).containsText("Siti Khodijah");
      expect(enrolment).containsText("admin");
      expect(enrolment.locator(".diff")).containsText("Upah dilaporkan");
      expect(enrolment.locator(".diff")).containsText("Rp1.000.000");
      assertThat(page.url()).endsWith("#/audit?action=membership.created");

      // A person by NIK: sent in a body, never in the address.
      button(filters, "Hapus filter").click();
      filters.getByLabel("NIK orang").fill(siti[1]);
      button(filters, "Terapkan").click();
      expect(rows(page)).hasCount(2);
      expect(rows(page).nth(1)).containsText("Pekerja didaftarkan");
      assertThat(page.url()).doesNotContain(siti[1]);
      tab.screenshot("audit-readable");
      assertThat(Axe.violations(page)).as("axe on the audit screen").isEmpty();

      ReportFiles.Sheet sheet = ReportFiles.xlsx(download(page, button(page.locator(".audit-export"), "XLSX"))).get(0);
      int header = sheet.indexOf("No. catatan");
      assertThat(sheet.rows().subList(header + 1, sheet.rows().size())).extracting(r -> r.get(4).getText())
          .containsExactly("Kepesertaan didaftarkan", "Pekerja didaftarkan");
      assertThat(sheet.rows().get(header + 1).get(8).getText()).isEqualTo("Siti Khodijah");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  void anAuditorOnAPhoneFollowsAPersonsTrailByPeriodAndDownloadsItAsCsv() throws IOException {
    String[] wulan = personWithHistory("ops.ponsel", "Wulan Sari");
    server.createUser(adminToken, "audit.ponsel", "Bakpao-Telo-Malang-2027", "AUDITOR", List.of());
    try (Tab tab = signIn(browser.open(390, 844), "audit.ponsel", "Bakpao-Telo-Malang-2027")) {
      Page page = openAudit(tab);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tampilkan riwayat Wulan Sari")).first().click();
      expect(page.locator(".audit-person")).hasText("Catatan tentang Wulan Sari. Hapus pilihan orang");
      expect(rows(page)).hasCount(2);
      assertThat(page.url()).contains("workerId=" + wulan[0]);
      LocalDate day = Jakarta.today(Clock.systemUTC());
      String today = day.toString();
      String typed = day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
      Locator filters = page.locator("form.audit-filters");
      // Typed day first; the address keeps the ISO date.
      filters.getByLabel("Dari tanggal").fill(typed);
      filters.getByLabel("Sampai tanggal").fill(typed);
      button(filters, "Terapkan").click();
      expect(rows(page)).hasCount(2);
      assertThat(page.url()).contains("from=" + today, "workerId=" + wulan[0]);
      assertThat(Axe.violations(page)).as("axe on the audit screen at 390 px").isEmpty();
      tab.screenshot("audit-390px");

      String csv = new String(download(page, button(page.locator(".audit-export"), "CSV")), StandardCharsets.UTF_8);
      assertThat(csv.split("\r\n")).hasSize(3);
      assertThat(csv).contains("Wulan Sari", "Kepesertaan didaftarkan", "ops.ponsel").doesNotContain(wulan[1]);
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }
}
