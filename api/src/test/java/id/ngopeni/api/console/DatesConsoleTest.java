package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dates are typed and shown day first (DD/MM/YYYY) whatever the browser's language: a browser set
 * to en-US in New York registers a worker born on 12 May 1980 by typing 12/05/1980, and every
 * screen shows 12/05/1980 back. An impossible date is refused under its field before anything is
 * sent. At 1366 and 390 px, with axe on the dialog.
 */
class DatesConsoleTest extends BrowserTest {
  static final String PASSWORD = "Tahu-Telor-Malang-2026";

  private static Locator label(Locator scope, String text) {
    return scope.getByLabel(text, new Locator.GetByLabelOptions().setExact(true));
  }

  @Test
  void anEnglishBrowserTypesAndReadsDatesDayFirst() {
    server.createUser(adminToken, "nina.operator", PASSWORD, "OPERATOR", List.of());
    int n = 0;
    for (int width : WIDTHS) {
      n++;
      java.time.LocalDate born = java.time.LocalDate.of(1980, 5, 11 + n);
      String typed = String.format("%02d05" + "1980", born.getDayOfMonth());
      String shown = String.format("%02d/05/1980", born.getDayOfMonth());
      String name = "Endang Sulistyowati " + (n == 1 ? "Satu" : "Dua");
      try (Tab tab = signIn(browser.open(width, height(width), "en-US", "America/New_York"), "nina.operator",
          PASSWORD)) {
        Page page = tab.page;
        assertThat(page.evaluate("() => navigator.language")).isEqualTo("en-US");
        menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Pekerja")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tambah pekerja")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        Locator birth = label(dialog, "Tanggal lahir");
        assertThat(page.locator("input[type=date], input[type=datetime-local]").count()).isZero();
        expect(birth).hasAttribute("placeholder", "HH/BB/TTTT");

        // An impossible day is refused when the field is left, before anything is sent.
        birth.pressSequentially("31021980");
        expect(birth).hasValue("31/02/1980");
        birth.press("Tab");
        expect(dialog.locator("[data-field=birthDate] .field-error")).hasText("Tulis tanggal sebagai HH/BB/TTTT, misalnya 12/05/1980.");
        expect(birth).hasAttribute("aria-invalid", "true");
        assertThat(Axe.violations(page)).as("axe on the worker dialog at " + width).isEmpty();

        birth.fill("");
        birth.pressSequentially(typed);
        expect(birth).hasValue(shown);
        expect(birth).not().hasAttribute("aria-invalid", "true");
        String nik = ConsoleFixtures.nik(ConsoleFixtures.KLOJEN, born, "F");
        label(dialog, "NIK").fill(nik);
        label(dialog, "Nama lengkap").fill(name);
        label(dialog, "Jenis kelamin").selectOption("F");
        label(dialog, "Kecamatan").selectOption(ConsoleFixtures.KLOJEN);
        label(dialog, "Kelurahan").selectOption(ConsoleFixtures.KELURAHAN_KLOJEN);
        label(dialog, "Kategori").selectOption("GURU_NGAJI");
        tab.screenshot("dates-worker-dialog-" + width);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan pekerja")).click();
        expect(page.getByText("Pekerja " + name + " telah didaftarkan.")).isVisible();
        expect(page.locator("main")).containsText(shown);

        var stored = server.post("/api/v1/workers/lookup", adminToken, new JsonObject().put("nik", nik));
        assertThat(stored.bodyAsJsonObject().getString("birthDate")).isEqualTo(born.toString());

        // The English console writes the same day the same way.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
        expect(page.locator("main")).containsText(shown);
        assertCleanConsole(tab, NO_SESSION_YET);
      }
    }
  }

  @Test
  void theFormatterAndTheParserAreDayFirstInBothLanguages() {
    try (Tab tab = browser.open(1366, 900, "en-US", "America/Los_Angeles")) {
      tab.page.navigate("/");
      Object seen = tab.page.evaluate("""
          async () => {
            const f = await import('/js/format.js');
            return [f.date('1980-05-12'), f.parseDate('12/05/1980'), f.parseDate('1/2/2026'), f.parseDate('1980-05-12'),
              f.parseDate('12.05.1980'), f.parseDate('31/02/1980'), f.parseDate('05/13/1980'), f.parseDate('29/02/2024'),
              f.dateTime('2026-01-01T17:30:00Z'), f.date('2026-02-30')];
          }""");
      assertThat(seen).asList().containsExactly("12/05/1980", "1980-05-12", "2026-02-01", "1980-05-12", "1980-05-12", null,
          null, "2024-02-29", "02/01/2026 00.30 WIB", "—");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  /** No screen uses the browser's own date or date-time field, whose display follows the browser's language. */
  @Test
  void noScreenUsesANativeDateField() throws IOException {
    Path js = Paths.get("..", "webroot", "js");
    try (Stream<Path> files = Files.walk(js)) {
      List<String> native_ = files.filter(f -> f.toString().endsWith(".js")).filter(f -> {
        try {
          String text = Files.readString(f);
          return text.contains("type: 'date'") || text.contains("datetime-local");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).map(Path::toString).toList();
      assertThat(native_).isEmpty();
    }
  }
}
