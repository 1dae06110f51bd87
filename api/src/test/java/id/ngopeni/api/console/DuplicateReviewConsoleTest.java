package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19.6 B in the console, at 1366 px and on a 390 px phone: "Tambah pekerja" warns of
 * possible duplicates before it saves; "Simpan tetap" needs a reason; the worker then waits in
 * "Tinjauan duplikat", where an operator sees it beside the registered worker and resolves it
 * through a confirmation that has Cancel focused. Axe finds no WCAG A/AA violation on the way.
 */
class DuplicateReviewConsoleTest extends BrowserTest {
  private static final String PASSWORD = "Sate-Kelinci-Batu-2025";

  private final ConsoleFixtures fixtures = new ConsoleFixtures(server);

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Locator label(Locator scope, String text) {
    return scope.getByLabel(text, new Locator.GetByLabelOptions().setExact(true));
  }

  private long count(String sql, Object value) {
    return server.ownerPool().preparedQuery(sql).execute(Tuple.of(value)).await().iterator().next().getLong(0);
  }

  @Test
  void anOperatorIsWarnedBeforeSavingGivesAReasonToSaveAnywayAndResolvesTheReview() {
    server.createUser(adminToken, "dup.operator", PASSWORD, "OPERATOR", List.of());
    int run = 0;
    for (int width : WIDTHS) {
      LocalDate born = LocalDate.of(1962 + run++, 4, 9);
      String name = "Moch. Yusuf Hidayat " + (width == 390 ? "Ponsel" : "Laptop");
      fixtures.worker(adminToken, "Muhammad Yusuf Hidayat " + (width == 390 ? "Ponsel" : "Laptop"), born, "M",
          ConsoleFixtures.KELURAHAN_KLOJEN);
      String nik = ConsoleFixtures.nik(ConsoleFixtures.KLOJEN, born, "M");
      try (Tab tab = signedInAt(width, "dup.operator", PASSWORD)) {
        Page page = tab.page;
        page.navigate("/#/workers");
        expect(heading(page)).hasText("Pekerja");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tambah pekerja")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        label(dialog, "NIK").fill(nik);
        label(dialog, "Nama lengkap").fill(name);
        label(dialog, "Tanggal lahir").fill(born.toString());
        label(dialog, "Jenis kelamin").selectOption("M");
        label(dialog, "Kecamatan").selectOption(ConsoleFixtures.KLOJEN);
        label(dialog, "Kelurahan").selectOption(ConsoleFixtures.KELURAHAN_SAMAAN);
        label(dialog, "Kategori").selectOption("GURU_NGAJI");
        button(dialog, "Simpan pekerja").click();

        // The warning, before anything is saved.
        Locator warning = dialog.locator(".duplicate-warning");
        expect(warning).isVisible();
        expect(warning.getByRole(AriaRole.HEADING)).hasText("Mungkin sudah terdaftar");
        expect(warning.getByRole(AriaRole.HEADING)).isFocused();
        Locator candidate = warning.locator("li[data-code=possible_duplicate]");
        expect(candidate).containsText("Muhammad Yusuf Hidayat");
        expect(candidate).containsText("Tanggal lahir sama dan nama mirip.");
        expect(candidate).containsText("Klojen");
        expect(candidate).containsText("••••••••");
        expect(button(dialog, "Simpan pekerja")).isHidden();
        assertThat(count("SELECT count(*) FROM worker WHERE full_name = $1", name)).as("nothing saved yet").isZero();
        assertThat(Axe.violations(page)).as("axe on the warning at %d px", width).isEmpty();
        tab.screenshot("duplicate-warning-" + width);

        // Saving anyway needs a reason.
        button(dialog, "Simpan tetap").click();
        expect(dialog.locator("[data-field=duplicateReason] .field-error")).hasText("Alasan wajib diisi.");
        expect(label(dialog, "Alasan tetap menyimpan")).isFocused();
        assertThat(count("SELECT count(*) FROM worker WHERE full_name = $1", name)).isZero();
        label(dialog, "Alasan tetap menyimpan").fill("Sudah cek KTP:\norang berbeda, beda ibu kandung.");
        button(dialog, "Simpan tetap").click();
        expect(dialog).isHidden();
        expect(heading(page)).hasText(name);
        expect(page.locator(".warnings li[data-review]")).containsText("tinjauan duplikat");

        // The queue: the new registration beside the registered worker.
        page.navigate("/#/duplicate-reviews");
        expect(heading(page)).hasText("Tinjauan duplikat");
        Locator card = page.locator("article.duplicate-review").filter(new Locator.FilterOptions().setHasText(name));
        expect(card).hasCount(1);
        expect(card).containsText("Sudah cek KTP: orang berbeda, beda ibu kandung.");
        expect(card).containsText("dup.operator");
        expect(card.locator(".duplicate-person")).hasCount(2);
        expect(card.locator(".duplicate-person").nth(1)).containsText("Muhammad Yusuf Hidayat");
        expect(card.locator(".duplicate-person").nth(0)).containsText(nik.substring(0, 4) + "••••••••" + nik.substring(12));
        expect(card).not().containsText(nik);
        assertThat(Axe.violations(page)).as("axe on the queue at %d px", width).isEmpty();
        tab.screenshot("duplicate-queue-" + width);

        button(card, "Orang berbeda").click();
        Locator confirm = page.getByRole(AriaRole.DIALOG);
        expect(confirm.getByRole(AriaRole.HEADING)).hasText("Putuskan tinjauan duplikat");
        expect(button(confirm, "Batal")).isFocused();
        assertThat(Axe.violations(page)).as("axe on the confirmation at %d px", width).isEmpty();
        button(confirm, "Orang berbeda").click();
        expect(confirm.locator("[data-field=note] .field-error")).hasText("Wajib diisi.");
        label(confirm, "Catatan").fill("Dicek di Dukcapil: NIK dan ibu kandung berbeda.");
        button(confirm, "Orang berbeda").click();
        expect(confirm).isHidden();
        expect(page.locator("main [role=status]")).containsText("Diputuskan: orang berbeda");
        expect(card).hasCount(0);
        assertThat(count("SELECT count(*) FROM duplicate_review r JOIN worker w ON w.id = r.worker_id "
            + "WHERE w.full_name = $1 AND r.status = 'RESOLVED_DISTINCT'", name)).isOne();
        assertCleanConsole(tab, NO_SESSION_YET, ConsoleBrowser.httpStatus(422, "/api/v1/duplicate-reviews"));
      }
    }
  }

  @Test
  void anAuditorReadsTheQueueWithoutDecidingAndTheMenuLeadsThere() {
    LocalDate born = LocalDate.of(1958, 12, 1);
    fixtures.worker(adminToken, "Suparmi Handayani", born, "F", ConsoleFixtures.KELURAHAN_KLOJEN);
    fixtures.worker(adminToken, "Suparmi Handayani", born, "F", ConsoleFixtures.KELURAHAN_SAMAAN);
    server.createUser(adminToken, "dup.auditor", PASSWORD, "AUDITOR", List.of());
    try (Tab tab = signedIn("dup.auditor", PASSWORD)) {
      Page page = tab.page;
      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tinjauan duplikat")).click();
      expect(heading(page)).hasText("Tinjauan duplikat");
      Locator card = page.locator("article.duplicate-review").filter(new Locator.FilterOptions().setHasText("Suparmi Handayani"));
      expect(card).hasCount(1);
      expect(card).containsText("tidak ada (disimpan tanpa pemeriksaan)");
      expect(card.getByRole(AriaRole.BUTTON)).hasCount(0);
      label(page.locator("main"), "Tampilkan").selectOption("RESOLVED_DUPLICATE");
      expect(page.locator("main .empty")).hasText("Tidak ada tinjauan di sini.");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }
}
