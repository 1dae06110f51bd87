package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A list asked for again (a search, another year) while its first answer is still on the way: the
 * answer that comes last is not the one shown, the one asked for last is. Here the Workers
 * screen's first, unfiltered page, and the Budgets screen's this-year report, are held back until
 * the search or the year chosen after them has been answered and shown.
 */
class StaleListAnswerConsoleTest extends BrowserTest {
  private static final String PASSWORD = "Bakso-Bakar-Malang-2026";
  private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();

  @Test
  void theSearchStaysShownWhenTheUnfilteredPageAnswersAfterIt() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    fixtures.worker(adminToken, "Sumarni Wulandari", LocalDate.of(1979, 4, 2), "F", ConsoleFixtures.KELURAHAN_KLOJEN);
    fixtures.worker(adminToken, "Bambang Hartono", LocalDate.of(1981, 7, 9), "M", ConsoleFixtures.KELURAHAN_KLOJEN);
    server.createUser(adminToken, "rina.operator", PASSWORD, "OPERATOR", List.of());
    try (Tab tab = signedIn("rina.operator", PASSWORD)) {
      Page page = tab.page;
      AtomicReference<Route> held = new AtomicReference<>();
      page.route("**/api/v1/workers/search", route -> {
        if (!route.request().postData().contains("wulandari") && held.compareAndSet(null, route)) {
          return; // answered below, after the search
        }
        route.resume();
      });
      WorkersConsoleTest.openWorkers(tab);
      page.getByLabel("Nama atau NIK").fill("wulandari");
      page.getByLabel("Nama atau NIK").press("Enter");
      expect(WorkersConsoleTest.rows(page)).hasCount(1);
      expect(WorkersConsoleTest.rows(page).first()).containsText("Sumarni Wulandari");
      assertThat(held.get()).as("the first page was asked for and held").isNotNull();

      page.waitForResponse(r -> r.request() == held.get().request(), () -> held.get().resume());
      page.waitForTimeout(300); // the stale page has had its chance to be drawn
      expect(WorkersConsoleTest.rows(page)).hasCount(1);
      expect(WorkersConsoleTest.rows(page).first()).containsText("Sumarni Wulandari");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  void lastYearsBudgetsStayShownWhenThisYearsAnswerAfterThem() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    fixtures.budget(adminToken, YEAR, "APBD", 2_500_000_000L);
    fixtures.budget(adminToken, YEAR - 1, "APBD", 1_750_000_000L);
    server.createUser(adminToken, "dewi.approver", PASSWORD, "APPROVER", List.of());
    try (Tab tab = signedIn("dewi.approver", PASSWORD)) {
      Page page = tab.page;
      AtomicReference<Route> held = new AtomicReference<>();
      page.route("**/api/v1/budgets/" + YEAR, route -> {
        if (held.compareAndSet(null, route)) {
          return; // answered below, after last year's
        }
        route.resume();
      });
      page.navigate("/#/budgets");
      expect(page.locator("main h1")).hasText("Anggaran");
      page.waitForCondition(() -> held.get() != null); // this year's budgets asked for and held
      page.getByLabel("Tahun").selectOption(String.valueOf(YEAR - 1));
      expect(page.locator("tr[data-source=APBD]")).containsText("Rp1.750.000.000");

      page.waitForResponse(r -> r.request() == held.get().request(), () -> held.get().resume());
      page.waitForTimeout(300); // the stale answer has had its chance to be drawn
      expect(page.locator("main tbody tr")).hasCount(1);
      expect(page.locator("tr[data-source=APBD]")).containsText("Rp1.750.000.000");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  /** latestOnly(): an answer or a failure outrun by a later request is STALE; the latest's comes through. */
  @Test
  void theGuardPassesOnlyTheLatestAnswerOrFailure() {
    try (Tab tab = atLogin()) {
      Object seen = tab.page.evaluate("""
          async () => {
            const { latestOnly, STALE } = await import('/js/latest.js');
            const later = (value, fails) => new Promise((ok, no) => setTimeout(() => (fails ? no(new Error(value)) : ok(value)), 50));
            const name = (answer) => (answer === STALE ? 'stale' : answer);
            const guard = latestOnly();
            const first = guard(later('first'));
            const second = guard(Promise.resolve('second'));
            const failed = guard(later('outrun failure', true));
            const last = guard(later('last failure', true)).catch((error) => `rejected: ${error.message}`);
            const other = latestOnly(); // one guard per place: the first guard's requests do not outrun these
            const slow = other(later('slow'));
            const quick = other(Promise.resolve('quick'));
            return [name(await first), name(await second), name(await failed), await last, name(await slow), await quick];
          }""");
      assertThat(seen).asList().containsExactly("stale", "stale", "stale", "rejected: last failure", "stale", "quick");
    }
  }
}
