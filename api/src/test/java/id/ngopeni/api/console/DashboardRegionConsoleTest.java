package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.api.testing.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The trend and areas cards over one regency and over two. Kota Malang alone (as shipped) shows
 * the city's trend and every kelurahan, and no region choice, as it always did. Once Kabupaten
 * Malang is loaded too (a province's registry), a region card at the top asks for a regency first
 * and both cards wait for it, asking nothing that fails; then the trend is that region's
 * (GET /coverage/trend?region=, its heading naming it) and the areas are only its kecamatan and
 * kelurahan (GET /coverage?within=), narrowed further to one kecamatan on request; at 1366 px and
 * on a 390 px phone, with labelled selects, axe clean, in both languages.
 * Ordered: the second regency, once loaded, stays for the rest of the class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardRegionConsoleTest extends BrowserTest {
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
  static final String DONOMULYO = "35.07.01";
  static final String TULUNGREJO = "35.07.01.2001";

  @BeforeAll
  static void data() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    enrol(fixtures.worker(adminToken, "Siti Aminah", LocalDate.of(1975, 2, 14), "F", ConsoleFixtures.KELURAHAN_KLOJEN));
    enrol(fixtures.worker(adminToken, "Bambang Sugiarto", LocalDate.of(1969, 9, 3), "M", ConsoleFixtures.KELURAHAN_SAMAAN));
  }

  private static void enrol(String worker) {
    var answer = server.post("/api/v1/workers/" + worker + "/memberships", adminToken, new JsonObject()
        .put("programs", new JsonArray().add("JKK").add("JKM")).put("declaredIncome", 1_000_000)
        .put("fundingSource", "MANDIRI").put("startDate", TODAY.toString()));
    assertThat(answer.statusCode()).as(answer.bodyAsString()).isEqualTo(201);
  }

  private static Locator areas(Page page) {
    return page.locator("#dashboard-areas");
  }

  private static Locator trend(Page page) {
    return page.locator("#dashboard-trend");
  }

  /** Does `choose`, and answers the trend card's request it caused: asked with region=`code`, 200. */
  private static Response trendOf(Page page, String code, Runnable choose) {
    Response answer = page.waitForResponse(r -> r.url().contains("/api/v1/coverage/trend?"), choose);
    assertThat(answer.url()).contains("region=" + code);
    assertThat(answer.status()).as(answer.url()).isEqualTo(200);
    return answer;
  }

  @Test
  @Order(1)
  void aCityOfOneRegencyShowsEveryKelurahanAndNoRegionChoice() {
    try (Tab tab = signedIn("admin", TestServer.ADMIN_PASSWORD)) {
      Page page = tab.page;
      expect(areas(page).locator(".map-tile")).hasCount(57);
      expect(areas(page).locator(".map-tile[data-kelurahan='" + ConsoleFixtures.KELURAHAN_KLOJEN + "'] .map-tile-value"))
          .hasText("1");
      expect(areas(page).locator(".region-choice, select")).hasCount(0);
      expect(areas(page).locator("[aria-current='location']")).hasText("Kota Malang");
      // The city's trend, asked without a region as before; no region card.
      expect(trend(page).locator("h2")).hasText("Tren 12 bulan terakhir");
      expect(trend(page).locator(".chart-title").first()).containsText("Kota Malang");
      expect(trend(page).locator(".figure strong").first()).hasText("2");
      expect(page.locator("#dashboard-region")).isHidden();
      // The kecamatan chart of the city, read with the dashboard's report.
      expect(page.locator("#dashboard-kecamatan-heading")).hasText("Cakupan per kecamatan");
      expect(page.locator("#dashboard-kecamatan table tbody tr")).hasCount(5);
      // The UCJ card names the registry's one regency.
      expect(page.locator("#dashboard-ucj-heading")).hasText("Universal Coverage Jamsostek (UCJ) Kota Malang");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  @Order(2)
  void withTwoRegenciesChoosingOneNarrowsTheAreasToItsOwn() {
    loadKabupatenMalang();
    for (int width : WIDTHS) {
      try (Tab tab = signedInAt(width, "admin", TestServer.ADMIN_PASSWORD)) {
        Page page = tab.page;
        expect(heading(page)).hasText("Dasbor");
        Locator card = areas(page);
        Locator trend = trend(page);
        Locator choice = page.locator("#dashboard-region");
        Locator regency = choice.getByLabel("Kabupaten/kota");
        Locator kecamatan = choice.getByLabel("Kecamatan", new Locator.GetByLabelOptions().setExact(true));
        expect(choice.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Wilayah"))).isVisible();
        expect(card).containsText("Pilih kabupaten/kota di atas untuk melihat");
        expect(card.locator(".map-tile")).hasCount(0);
        expect(trend).containsText("Pilih kabupaten/kota di atas untuk melihat trennya.");
        expect(trend.locator(".trend-chart")).hasCount(0);
        expect(kecamatan).isDisabled();
        // The UCJ card covers every regency, and says so; Kabupaten Malang has no baseline here.
        expect(page.locator("#dashboard-ucj-heading")).hasText("Universal Coverage Jamsostek (UCJ) seluruh 2 kabupaten/kota");
        expect(page.locator("#dashboard-ucj")).containsText("Belum semua dari 2 kabupaten/kota punya data dasar");
        Locator chart = page.locator("#dashboard-kecamatan");
        expect(chart).containsText("Pilih kabupaten/kota di atas untuk melihat kecamatannya.");
        expect(chart.locator("table")).hasCount(0);
        assertThat(Axe.violations(page)).as("axe before a choice at " + width).isEmpty();

        trendOf(page, "35.07", () -> regency.selectOption("35.07"));
        expect(trend.locator("h2")).hasText("Tren 12 bulan terakhir, Kabupaten Malang");
        expect(trend.locator(".chart-title").first()).containsText("Kabupaten Malang");
        expect(trend.locator(".figure strong").first()).hasText("1");
        choice.screenshot(new Locator.ScreenshotOptions()
            .setPath(ConsoleBrowser.SCREENSHOTS.resolve("dashboard-region-" + width + ".png")));
        expect(card.locator(".map-tile")).hasCount(3);
        expect(card.locator(".tile-group")).hasCount(2);
        // The kecamatan chart follows the regency: its two kecamatan only.
        expect(page.locator("#dashboard-kecamatan-heading")).hasText("Cakupan per kecamatan, Kabupaten Malang");
        expect(chart.locator("table tbody tr")).hasCount(2);
        expect(chart.locator("canvas.chart")).isVisible();
        expect(card.locator(".map-tile[data-kelurahan='" + TULUNGREJO + "'] .map-tile-value")).hasText("1");
        expect(card.locator("[aria-current='location']")).hasText("Kabupaten Malang");
        expect(card.locator(".region-status")).hasText("Menampilkan Kabupaten Malang: 2 kecamatan, 3 kelurahan.");
        assertThat(card.locator(".map-tile").evaluateAll("tiles => tiles.map(t => t.dataset.kelurahan)").toString())
            .doesNotContain("35.73");

        expect(kecamatan).isEnabled();
        trendOf(page, DONOMULYO, () -> kecamatan.selectOption(DONOMULYO));
        expect(trend.locator("h2")).hasText("Tren 12 bulan terakhir, Kec. Donomulyo");
        expect(trend.locator(".chart-title").first()).containsText("Kec. Donomulyo");
        expect(card.locator(".map-tile")).hasCount(2);
        expect(card.locator(".tile-group")).hasCount(1);
        expect(card.locator(".region-status")).hasText("Menampilkan Kec. Donomulyo: 1 kecamatan, 2 kelurahan.");
        // The drill-down still works within the choice.
        card.locator(".tile-group h3 button").click();
        expect(card.locator("[aria-current='location']")).hasText("Kec. Donomulyo");
        expect(card.locator(".area-table tbody tr")).hasCount(2);
        assertThat(Axe.violations(page)).as("axe within a kecamatan at " + width).isEmpty();
        card.screenshot(new Locator.ScreenshotOptions()
            .setPath(ConsoleBrowser.SCREENSHOTS.resolve("dashboard-areas-region-" + width + ".png")));
        for (String id : new String[] {"dashboard-region", "dashboard-trend", "dashboard-areas"}) {
          Object overflow = page.evaluate("id => { const c = document.getElementById(id); return c.scrollWidth - c.clientWidth; }", id);
          assertThat(((Number) overflow).intValue()).as(id + " overflows sideways at " + width).isLessThanOrEqualTo(0);
        }

        // Back to the city: its trend and 57 kelurahan, the kecamatan choice emptied.
        trendOf(page, "35.73", () -> regency.selectOption("35.73"));
        expect(trend.locator("h2")).hasText("Tren 12 bulan terakhir, Kota Malang");
        expect(trend.locator(".figure strong").first()).hasText("2");
        expect(chart.locator("table tbody tr")).hasCount(5);
        expect(card.locator(".map-tile")).hasCount(57);
        expect(kecamatan).hasValue("");
        expect(card.locator(".map-tile[data-kelurahan='" + ConsoleFixtures.KELURAHAN_KLOJEN + "'] .map-tile-value")).hasText("1");
        assertCleanConsole(tab, NO_SESSION_YET);
      }
    }
  }

  @Test
  @Order(3)
  void theChoiceSpeaksEnglishToo() {
    try (Tab tab = signedIn("admin", TestServer.ADMIN_PASSWORD)) {
      Page page = tab.page;
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
      expect(heading(page)).hasText("Dashboard");
      Locator card = areas(page);
      Locator choice = page.locator("#dashboard-region");
      expect(choice.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Region"))).isVisible();
      expect(card).containsText("Choose a regency or city above to see");
      expect(trend(page)).containsText("Choose a regency or city above to see its trend.");
      trendOf(page, "35.07", () -> choice.getByLabel("Regency or city").selectOption("35.07"));
      expect(trend(page).locator("h2")).hasText("Trend over the last 12 months, Kabupaten Malang");
      expect(card.locator(".region-status")).hasText("Showing Kabupaten Malang: 2 kecamatan, 3 kelurahan.");
      expect(choice.getByLabel("Kecamatan", new Locator.GetByLabelOptions().setExact(true)).locator("option").first())
          .hasText("All kecamatan");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  /** Kabupaten Malang: two kecamatan, three kelurahan, loaded as an admin would; one member in Tulungrejo. */
  private static void loadKabupatenMalang() {
    String csv = "code,name\n35.07,Kabupaten Malang\n35.07.01,Donomulyo\n35.07.01.2001,Tulungrejo\n"
        + "35.07.01.2002,Purwodadi\n35.07.02,Pagak\n35.07.02.2001,Sumberejo\n";
    var loaded = server.http.post("/api/v1/regions/import").putHeader("Authorization", "Bearer " + adminToken)
        .putHeader("Content-Type", "text/csv").sendBuffer(Buffer.buffer(csv)).await();
    assertThat(loaded.statusCode()).as(loaded.bodyAsString()).isEqualTo(200);
    enrol(new ConsoleFixtures(server).worker(adminToken, "Tukiman", LocalDate.of(1970, 1, 1), "M", TULUNGREJO));
  }
}
