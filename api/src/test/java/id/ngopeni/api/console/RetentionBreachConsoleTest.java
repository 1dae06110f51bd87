package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, items 5 and 6 in the console: an admin reads the retention report and runs
 * retention; records a breach by a user's reads, sees its clock and the people affected (names
 * masked), reads the notice, downloads its PDF and marks it sent; an auditor reads the register
 * only. Axe finds no WCAG A/AA violation at 1366 px nor on a 390 px phone.
 */
class RetentionBreachConsoleTest extends BrowserTest {
  private static final String PASSWORD = "Bakso-Bakar-Malang-2025";
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final ConsoleFixtures fixtures = new ConsoleFixtures(server);

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Tab admin(int width, int height) {
    Tab tab = signIn(browser.open(width, height), "admin", id.ngopeni.api.testing.TestServer.ADMIN_PASSWORD);
    expect(heading(tab.page)).isVisible();
    return tab;
  }

  @Test
  void anAdminRunsRetentionAndRecordsABreachWithItsClockPeopleAndNotices() throws IOException {
    String operator = userToken("bocor.operator", PASSWORD, "OPERATOR");
    String read = fixtures.worker(adminToken, "Mariyam Ulfa", LocalDate.of(1980, 4, 12), "F", ConsoleFixtures.KELURAHAN_KLOJEN);
    assertThat(server.get("/api/v1/workers/" + read, operator).statusCode()).isEqualTo(200);
    // A failed-login counter a hundred days old: the run has something to delete.
    server.ownerPool().query("INSERT INTO login_throttle (username, failures, last_failure_at) "
        + "VALUES ('lupa.sandi', 2, now() - interval '100 days')").execute().await();

    try (Tab tab = admin(1366, 768)) {
      Page page = tab.page;
      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Retensi data")).click();
      expect(heading(page)).hasText("Retensi data");
      expect(page.locator(".retention-table tbody tr")).hasCount(5);
      expect(page.locator("[role=status]")).containsText("Laporan uji");
      expect(page.locator("tr[data-kind=access_log]")).containsText("1.826 hari");
      expect(page.locator("tr[data-kind=sessions]")).containsText("Belum dijalankan");
      assertThat(Axe.violations(page)).as("axe on the retention report").isEmpty();
      button(page.locator("main"), "Jalankan retensi").click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      assertThat(Axe.violations(page)).as("axe with the confirmation open").isEmpty();
      button(dialog, "Jalankan retensi").click();
      expect(dialog).hasCount(0);
      expect(page.locator("[role=status]")).containsText("Retensi dijalankan");
      expect(page.locator("tr[data-kind=sessions]")).containsText("1 dikerjakan dalam 1 kelompok");
      expect(page.locator("tr[data-kind=access_log]")).containsText("Tidak ada yang lewat masa");
      tab.screenshot("retention-run");

      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Insiden data pribadi")).click();
      expect(heading(page)).hasText("Insiden data pribadi");
      button(page.locator("main"), "Catat insiden").click();
      dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog.getByLabel("Apa yang terjadi")).isFocused();
      button(dialog, "Catat insiden").click();
      expect(dialog.locator("[data-field=description] .field-error")).isVisible();
      expect(dialog.locator("[data-field=source] > .field-error")).containsText("Sebutkan dugaan sumbernya");
      dialog.getByLabel("Apa yang terjadi").fill("Akun petugas dipakai dari warnet untuk membuka data pekerja.");
      dialog.getByLabel("Upaya penanganan dan pemulihan").fill("Akun dinonaktifkan dan kata sandi diganti.");
      dialog.getByLabel("NIK", new Locator.GetByLabelOptions().setExact(true)).check();
      dialog.getByLabel("nama", new Locator.GetByLabelOptions().setExact(true)).check();
      dialog.getByLabel("Pengguna", new Locator.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("bocor.operator"));
      dialog.getByLabel("Dari", new Locator.GetByLabelOptions().setExact(true)).fill(LocalDateTime.now(ZoneId.of("Asia/Jakarta")).minusHours(2).format(LOCAL));
      assertThat(Axe.violations(page)).as("axe with the breach form open").isEmpty();
      button(dialog, "Catat insiden").click();
      expect(dialog).hasCount(0);

      expect(page.locator("[data-affected]")).hasText("1");
      expect(page.locator("main [role=status]")).containsText("Sisa ");
      Locator person = page.locator("tr[data-person-id]");
      expect(person).hasCount(1);
      expect(person).containsText("M•••••• U•••");
      expect(page.locator("main")).not().containsText("Mariyam");
      Locator subjects = page.locator("tr[data-to=SUBJECTS]");
      button(subjects, "Tampilkan teks pemberitahuan kepada Subjek data terdampak").click();
      expect(page.locator("pre.notice-text")).containsText("PEMBERITAHUAN KEGAGALAN PELINDUNGAN DATA PRIBADI");
      expect(page.locator("pre.notice-text")).containsText("Akun dinonaktifkan dan kata sandi diganti.");
      Download pdf = page.waitForDownload(() -> button(page.locator("tr[data-to=AUTHORITY]"),
          "Unduh PDF pemberitahuan kepada Lembaga pelindungan data pribadi").click());
      assertThat(pdf.suggestedFilename()).startsWith("pemberitahuan-").endsWith("-lembaga.pdf");
      assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      assertThat(Axe.violations(page)).as("axe on the breach").isEmpty();
      button(subjects, "Tandai terkirim: pemberitahuan kepada Subjek data terdampak").click();
      dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog.getByLabel("Dikirim pada")).isFocused();
      button(dialog, "Tandai terkirim").click();
      expect(dialog).hasCount(0);
      expect(page.locator("tr[data-to=SUBJECTS]")).containsText("Terkirim tepat waktu");
      expect(page.locator("tr[data-to=AUTHORITY]")).containsText("Belum dikirim");
      tab.screenshot("breach-detail");
      assertCleanConsole(tab, NO_SESSION_YET, ConsoleBrowser.httpStatus(422, "/api/v1/privacy/breaches"));
    }
  }

  @Test
  void onAPhoneBothScreensPassAxeAndTheAuditorOnlyReads() {
    server.createUser(adminToken, "baca.auditor", PASSWORD, "AUDITOR", List.of());
    var made = server.post("/api/v1/privacy/breaches", adminToken, new io.vertx.core.json.JsonObject()
        .put("discoveredAt", java.time.Instant.now().minusSeconds(80 * 3600).toString())
        .put("description", "Berkas ekspor terkirim ke alamat surel yang salah.").put("measures", "Penerima diminta menghapus.")
        .put("dataKinds", new io.vertx.core.json.JsonArray().add("name").add("address"))
        .put("sourceIp", "10.7.7.7"));
    assertThat(made.statusCode()).as(made.bodyAsString()).isEqualTo(201);
    String id = made.bodyAsJsonObject().getString("id");

    try (Tab tab = admin(390, 844)) {
      Page page = tab.page;
      page.navigate(page.url().replaceAll("#.*", "") + "#/retention");
      expect(page.locator(".retention-table tbody tr")).hasCount(5);
      assertThat(Axe.violations(page)).as("axe on the retention report, 390 px").isEmpty();
      page.navigate(page.url().replaceAll("#.*", "") + "#/breaches");
      expect(page.locator("tr[data-breach-id='" + id + "']")).containsText("Terlambat");
      assertThat(Axe.violations(page)).as("axe on the register, 390 px").isEmpty();
      page.navigate(page.url().replaceAll("#.*", "") + "#/breaches/" + id);
      expect(page.locator("main [role=status]")).containsText("Terlambat 8 jam");
      assertThat(Axe.violations(page)).as("axe on a breach, 390 px").isEmpty();
      assertCleanConsole(tab, NO_SESSION_YET);
    }

    try (Tab tab = signedIn("baca.auditor", PASSWORD)) {
      Page page = tab.page;
      expect(menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Retensi data"))).hasCount(0);
      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Insiden data pribadi")).click();
      expect(page.locator("tr[data-breach-id='" + id + "']")).isVisible();
      expect(button(page.locator("main"), "Catat insiden")).hasCount(0);
      page.locator("tr[data-breach-id='" + id + "'] a").click();
      expect(page.locator("tr[data-to=AUTHORITY]")).containsText("Terlambat, belum dikirim");
      expect(page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tandai terkirim"))).hasCount(0);
      expect(page.locator("#breach-people")).hasCount(0);
      assertThat(Axe.violations(page)).as("axe on a breach as the auditor").isEmpty();
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }
}
