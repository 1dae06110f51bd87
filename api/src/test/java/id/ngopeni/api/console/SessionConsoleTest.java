package id.ngopeni.api.console;

import static id.ngopeni.api.console.ConsoleBrowser.httpStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A session lost while a dialog is open (signed out in another tab): the password is asked in a
 * dialog on top of the form, the form keeps what was typed, and the request that found the
 * session gone is sent again once signed in, exactly once. Choosing to sign out instead leaves
 * no dialog over the login page. At 1366 and 390 px, with axe on the password dialog.
 */
class SessionConsoleTest extends BrowserTest {
  static final String PASSWORD = "Bakso-President-Malang-9";

  /** The console's first load on a fresh server (cold caches on a busy machine) is not what these tests time. */
  @BeforeAll
  static void warmUp() {
    try (Tab tab = browser.open()) {
      tab.page.navigate("/", new Page.NavigateOptions().setTimeout(60_000));
      tab.page.getByLabel("Nama pengguna").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
    }
  }

  private static Locator label(Locator scope, String text) {
    return scope.getByLabel(text, new Locator.GetByLabelOptions().setExact(true));
  }

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  /** Ends the session from outside the console's own code, as signing out in another tab does. */
  private static void signOutElsewhere(Page page) {
    Object status = page.evaluate("async () => (await fetch('/api/v1/auth/logout', { method: 'POST' })).status");
    assertThat(status).isEqualTo(204);
  }

  private static Locator typeAWorker(Page page, String nik, String name, LocalDate born) {
    menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Pekerja")).click();
    expect(heading(page)).hasText("Pekerja");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tambah pekerja")).click();
    Locator dialog = page.locator("dialog[open]").first();
    label(dialog, "NIK").fill(nik);
    label(dialog, "Nama lengkap").fill(name);
    label(dialog, "Tanggal lahir").fill(String.format("%02d/%02d/%d", born.getDayOfMonth(), born.getMonthValue(), born.getYear()));
    label(dialog, "Jenis kelamin").selectOption("F");
    label(dialog, "Kecamatan").selectOption(ConsoleFixtures.KLOJEN);
    label(dialog, "Kelurahan").selectOption(ConsoleFixtures.KELURAHAN_KLOJEN);
    label(dialog, "Kategori").selectOption("GURU_NGAJI");
    return dialog;
  }

  @Test
  void theSessionEndsWhileAFormIsOpenAndTheWorkCarriesOnAfterThePassword() {
    server.createUser(adminToken, "tari.operator", PASSWORD, "OPERATOR", List.of());
    int n = 0;
    for (int width : WIDTHS) {
      n++;
      String name = "Sri Wahyuni Lestari " + (n == 1 ? "Satu" : "Dua");
      LocalDate born = LocalDate.of(1980, 5, 12).plusDays(n);
      try (Tab tab = signedInAt(width, "tari.operator", PASSWORD)) {
        Page page = tab.page;
        expect(menu(page)).isAttached();
        String nik = ConsoleFixtures.nik(ConsoleFixtures.KLOJEN, born, "F");
        Locator form = typeAWorker(page, nik, name, born);
        signOutElsewhere(page);
        button(form, "Simpan pekerja").click();

        // The password is asked on top; the form stays open underneath with what was typed.
        Locator relogin = page.locator("dialog[data-relogin]");
        expect(relogin).isVisible();
        expect(relogin.getByRole(AriaRole.HEADING)).hasText("Sesi Anda berakhir");
        expect(label(relogin, "Kata sandi")).isFocused();
        assertThat(page.evaluate("() => [...document.querySelectorAll('dialog[open]')].pop().dataset.relogin")).isEqualTo("true");
        expect(label(form, "Nama lengkap")).hasValue(name);
        expect(page.getByLabel("Nama pengguna")).hasCount(0);
        tab.screenshot("session-relogin-" + width);
        assertThat(Axe.violations(page)).as("axe with the password dialog at " + width).isEmpty();

        label(relogin, "Kata sandi").fill("Salah-Kata-Sandi-123");
        button(relogin, "Masuk dan lanjutkan").click();
        expect(relogin.locator(".form-error")).isVisible();
        expect(label(relogin, "Kata sandi")).isFocused();
        label(relogin, "Kata sandi").fill(PASSWORD);
        button(relogin, "Masuk dan lanjutkan").click();

        // Signed in again: the save that found the session gone went through, once.
        expect(relogin).hasCount(0);
        expect(page.locator("dialog[open]")).hasCount(0);
        expect(page.getByText("Pekerja " + name + " telah didaftarkan.")).isVisible();
        var found = server.post("/api/v1/workers/lookup", adminToken, new JsonObject().put("nik", nik));
        assertThat(found.statusCode()).as(found.bodyAsString()).isEqualTo(200);
        assertThat(found.bodyAsString()).contains(name).contains(born.toString());
        assertCleanConsole(tab, NO_SESSION_YET, httpStatus(401, "/api/v1/"));
      }
    }
  }

  @Test
  void signingOutInsteadLeavesNothingOverTheLoginPage() {
    server.createUser(adminToken, "yoga.operator", PASSWORD, "OPERATOR", List.of());
    try (Tab tab = signedIn("yoga.operator", PASSWORD)) {
      Page page = tab.page;
      LocalDate born = LocalDate.of(1991, 7, 4);
      Locator form = typeAWorker(page, ConsoleFixtures.nik(ConsoleFixtures.KLOJEN, born, "F"), "Yoga Pratama", born);
      signOutElsewhere(page);
      button(form, "Simpan pekerja").click();
      Locator relogin = page.locator("dialog[data-relogin]");
      expect(relogin).isVisible();
      // Escape does not drop the question: the two buttons decide.
      page.keyboard().press("Escape");
      expect(relogin).isVisible();
      button(relogin, "Keluar").click();
      expect(page.getByLabel("Nama pengguna")).isVisible();
      expect(page.locator("dialog[open]")).hasCount(0);
      expect(page.getByRole(AriaRole.STATUS)).hasText("Sesi Anda berakhir. Silakan masuk lagi.");
      assertCleanConsole(tab, NO_SESSION_YET, httpStatus(401, "/api/v1/"));
    }
  }
}
