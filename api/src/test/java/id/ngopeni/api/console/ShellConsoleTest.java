package id.ngopeni.api.console;

import static id.ngopeni.api.console.ConsoleBrowser.httpStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.api.testing.TestServer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Login, the shell each role sees, formats, reload and logout, in a real browser. */
class ShellConsoleTest extends BrowserTest {

  @Test
  void aWrongPasswordShowsTheErrorAndLeavesFocusOnThePassword() {
    try (Tab tab = browser.open()) {
      tab.page.navigate("/");
      expect(tab.page.getByLabel("Nama pengguna")).isFocused();
      tab.screenshot("login");

      signIn(tab, "admin", "not-the-password");

      Locator alert = tab.page.getByRole(AriaRole.ALERT);
      expect(alert).hasText("Nama pengguna atau kata sandi salah.");
      expect(tab.page.getByLabel("Kata sandi")).isFocused();
      expect(tab.page.getByLabel("Kata sandi")).isEmpty();
      expect(menu(tab.page)).isHidden();
      tab.screenshot("login-error");
      assertCleanConsole(tab, NO_SESSION_YET, httpStatus(401, "/api/v1/auth/login"));
    }
  }

  @Test
  void aLockedAccountIsToldHowManyMinutesToWait() {
    server.createUser(adminToken, "lupa.sandi", "Rawon-Setan-Malang-77", "OPERATOR", List.of());
    try (Tab tab = atLogin()) {
      // The failures come from the browser's own address: a lock holds for the address it was earned from.
      for (int i = 0; i < 5; i++) {
        tab.page.evaluate("async p => { await fetch('/api/v1/auth/login', {method: 'POST', headers: {'Content-Type':"
            + " 'application/json'}, body: JSON.stringify({username: 'lupa.sandi', password: p})}); }", "salah-" + i);
      }
      signIn(tab, "lupa.sandi", "Rawon-Setan-Malang-77");
      expect(tab.page.getByRole(AriaRole.ALERT))
          .hasText("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.");
      tab.screenshot("login-locked");
      assertCleanConsole(tab, NO_SESSION_YET, httpStatus(401, "/api/v1/auth/login"), httpStatus(429, "/api/v1/auth/login"));
    }
  }

  @Test
  void theAdminSeesTheShellWithEveryMenuAndHonestPlaceholders() {
    try (Tab tab = signedIn("admin", TestServer.ADMIN_PASSWORD)) {
      Page page = tab.page;
      expect(heading(page)).hasText("Dasbor");
      expect(page.locator("#user-name")).hasText("admin");
      expect(page.locator("#user-role")).hasText("Admin");
      expect(menu(page).getByRole(AriaRole.LINK))
          .hasText(new String[] {"Dasbor", "Pekerja", "Tinjauan duplikat", "Klaim", "Kasus terlambat", "Santunan", "Pembayaran", "BPJS", "Sasaran DTSEN", "SK penerima", "Tagihan iuran", "Anggaran", "Target cakupan", "Tarif iuran", "Wilayah", "Laporan", "Audit", "Hak subjek data", "Insiden data pribadi", "Retensi data", "Pengguna"});
      // A fresh database has no baseline: the dashboard says so instead of showing a made-up UCJ.
      expect(page.locator("#dashboard-ucj")).containsText("Belum ada data dasar (angkatan kerja dan target) Kota Malang untuk tahun");
      tab.screenshot("dashboard-admin");

      for (String[] screen : new String[][] {{"Pekerja", "workers"}, {"Klaim", "claims"}, {"Santunan", "santunan"}, {"Pembayaran", "payouts"}}) {
        menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(screen[0])).click();
        expect(heading(page)).hasText(screen[0]);
        expect(heading(page)).isFocused();
        assertThat(page.url()).endsWith("#/" + screen[1]);
        tab.screenshot(screen[1]);
      }

      // Each language button's accessible name starts with the text it shows (WCAG 2.5.3).
      Locator languages = page.locator("#header-lang .lang-switch button");
      assertThat(languages.count()).isEqualTo(2);
      for (Locator button : languages.all()) {
        assertThat(button.getAttribute("aria-label")).startsWith(button.innerText().strip());
      }
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
      expect(heading(page)).hasText("Payouts");
      expect(menu(page).getByRole(AriaRole.LINK))
          .hasText(new String[] {"Dashboard", "Workers", "Duplicate review", "Claims", "Cases overdue", "Santunan", "Payouts", "BPJS", "DTSEN targeting", "Recipient decrees", "Premium invoices", "Budgets", "Coverage targets", "Tariffs", "Regions", "Reports", "Audit", "Data subject rights", "Personal data breaches", "Data retention", "Users"});
      expect(page.locator("#logout")).hasText("Sign out");
      page.navigate("/#/dashboard");
      expect(heading(page)).hasText("Dashboard");
      tab.screenshot("dashboard-english");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  void anOperatorDoesNotSeeUsersOrAuditAndCannotOpenThem() {
    server.createUser(adminToken, "budi.operator", "Bakso-Bakar-Malang-12", "OPERATOR", List.of());
    try (Tab tab = signedIn("budi.operator", "Bakso-Bakar-Malang-12")) {
      Page page = tab.page;
      expect(page.locator("#user-role")).hasText("Operator");
      expect(menu(page).getByRole(AriaRole.LINK)).hasText(new String[] {"Dasbor", "Pekerja", "Tinjauan duplikat", "Klaim", "Kasus terlambat", "Santunan", "Pembayaran", "BPJS", "Sasaran DTSEN", "SK penerima", "Tagihan iuran", "Anggaran", "Target cakupan", "Tarif iuran", "Wilayah", "Laporan", "Hak subjek data"});
      tab.screenshot("dashboard-operator");

      page.navigate("/#/users");
      expect(heading(page)).hasText("Tidak ada akses");
      page.navigate("/#/dashboard");
      expect(heading(page)).hasText("Dasbor");
      page.navigate("/#/audit");
      expect(heading(page)).hasText("Tidak ada akses");
      expect(page.locator("main table")).hasCount(0);
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  void aReloadKeepsTheSessionThroughTheRefreshCookie() {
    try (Tab tab = signedIn("admin", TestServer.ADMIN_PASSWORD)) {
      Page page = tab.page;
      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Pengguna")).click();
      expect(heading(page)).hasText("Pengguna");
      String before = refreshCookie(tab).value;

      page.reload();
      expect(heading(page)).hasText("Pengguna");
      expect(page.locator("#user-name")).hasText("admin");
      expect(page.locator("table tbody tr").first()).containsText("admin");
      assertThat(refreshCookie(tab).value).as("the refresh cookie rotated").isNotEqualTo(before);
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  void logoutReturnsToTheLoginAndTheRefreshCookieNoLongerWorks() {
    try (Tab tab = signedIn("admin", TestServer.ADMIN_PASSWORD)) {
      Page page = tab.page;
      Cookie cookie = refreshCookie(tab);
      assertThat(cookie.httpOnly).isTrue();
      assertThat(cookie.path).isEqualTo("/");
      assertThat(cookie.secure).isTrue();
      assertThat(page.evaluate("() => document.cookie + JSON.stringify(localStorage) + JSON.stringify(sessionStorage)"))
          .as("nothing about the session is readable by scripts")
          .asString().doesNotContain(cookie.value).doesNotContain("eyJ");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keluar")).click();
      expect(page.getByLabel("Nama pengguna")).isVisible();
      expect(page.getByRole(AriaRole.STATUS)).hasText("Anda telah keluar.");
      expect(menu(page)).isHidden();
      assertThat(tab.context.cookies()).noneMatch(c -> c.name.equals("__Host-ngopeni_refresh") && !c.value.isEmpty());

      var refresh = server.http.post("/api/v1/auth/refresh").putHeader("Cookie", "__Host-ngopeni_refresh=" + cookie.value).send().await();
      assertThat(refresh.statusCode()).as("the logged-out refresh token is revoked").isEqualTo(401);

      page.reload();
      expect(page.getByLabel("Nama pengguna")).isVisible();
      tab.screenshot("logged-out");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  void moneyAndDatesReadTheIndonesianWayInJakartaTime() {
    try (Tab tab = atLogin()) {
      Object formatted = tab.page.evaluate("""
          async () => {
            const f = await import('/js/format.js');
            return [f.rupiah(42000000), f.rupiah(-5000), f.rupiah(0), f.rupiah('9007199254740993'),
              f.dateTime('2026-01-01T17:30:00Z'), f.date('2026-08-17'), f.minutesFromSeconds(61)];
          }""");
      assertThat(formatted).asList().containsExactly(
          "Rp42.000.000", "-Rp5.000", "Rp0", "Rp9.007.199.254.740.993", "02/01/2026 00.30 WIB", "17/08/2026", 2);
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  void theConsoleCheckWouldCatchACspViolation() {
    try (Tab tab = atLogin()) {
      tab.page.evaluate("() => document.body.setAttribute('style', 'color: red')");
      tab.page.waitForCondition(() -> !tab.problems(NO_SESSION_YET).isEmpty());
      assertThat(tab.problems(NO_SESSION_YET)).anyMatch(p -> p.contains("Content Security Policy"));
    }
  }

  private static Cookie refreshCookie(Tab tab) {
    return tab.context.cookies().stream().filter(c -> c.name.equals("__Host-ngopeni_refresh")).findFirst().orElseThrow();
  }
}
