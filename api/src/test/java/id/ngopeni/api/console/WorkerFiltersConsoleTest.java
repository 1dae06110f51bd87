package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.api.testing.TestServer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The worker filters speak the API's current names: {@code kelurahanCode}, {@code kecamatanCode}
 * and the coverage as {@code ACTIVE|LAPSED|NONE}, never the deprecated {@code kelurahan},
 * {@code kecamatan} or lower-case coverage; they go in the body of {@code POST /workers/search},
 * so a NIK typed into the search never appears in a URL.
 */
class WorkerFiltersConsoleTest extends BrowserTest {
  @Test
  void theFiltersSendTheCurrentParameterNames() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    fixtures.worker(adminToken, "Ratna Kusumawati", LocalDate.of(1991, 2, 3), "F", ConsoleFixtures.KELURAHAN_SAMAAN);
    fixtures.worker(adminToken, "Bambang Sutejo", LocalDate.of(1979, 8, 17), "M", ConsoleFixtures.KELURAHAN_KLOJEN);
    try (Tab tab = signedIn("admin", TestServer.ADMIN_PASSWORD)) {
      Page page = WorkersConsoleTest.openWorkers(tab);
      page.getByLabel("Kecamatan").selectOption(ConsoleFixtures.KLOJEN);
      page.getByLabel("Kelurahan").selectOption(ConsoleFixtures.KELURAHAN_SAMAAN);
      page.getByLabel("Kepesertaan").selectOption("NONE");
      Request sent = page.waitForRequest(WorkerFiltersConsoleTest::isSearch, () -> page.locator("main form[role=search]")
          .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cari").setExact(true)).click());
      assertThat(sent.method()).isEqualTo("POST");
      assertThat(sent.postData()).contains("\"kelurahanCode\":\"" + ConsoleFixtures.KELURAHAN_SAMAAN + "\"")
          .contains("\"coverage\":\"NONE\"").doesNotContain("\"kelurahan\"").doesNotContain("kecamatan");
      Locator rows = WorkersConsoleTest.rows(page);
      expect(rows.filter(new Locator.FilterOptions().setHasText("Ratna Kusumawati"))).hasCount(1);
      expect(rows.filter(new Locator.FilterOptions().setHasText("Bambang Sutejo"))).hasCount(0);

      // A kecamatan alone is sent as kecamatanCode.
      page.getByLabel("Kelurahan").selectOption("");
      Request byKecamatan = page.waitForRequest(WorkerFiltersConsoleTest::isSearch, () -> page.locator("main form[role=search]")
          .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cari").setExact(true)).click());
      assertThat(byKecamatan.postData()).contains("\"kecamatanCode\":\"" + ConsoleFixtures.KLOJEN + "\"")
          .doesNotContain("\"kecamatan\"");
      expect(rows.filter(new Locator.FilterOptions().setHasText("Bambang Sutejo"))).hasCount(1);

      // A NIK prefix (region and birth day) goes in the body only.
      page.getByLabel("Nama atau NIK").fill("35730217");
      Request byNik = page.waitForRequest(WorkerFiltersConsoleTest::isSearch, () -> page.locator("main form[role=search]")
          .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cari").setExact(true)).click());
      assertThat(byNik.url()).doesNotContain("35730217");
      assertThat(byNik.postData()).contains("\"q\":\"35730217\"");
      expect(rows.filter(new Locator.FilterOptions().setHasText("Bambang Sutejo"))).hasCount(1);
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  private static boolean isSearch(Request r) {
    return r.url().endsWith("/api/v1/workers/search");
  }
}
