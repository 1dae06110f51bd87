package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.api.testing.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The areas card over one regency and over two. Kota Malang alone (as shipped) shows every
 * kelurahan and no region choice, as it always did. Once Kabupaten Malang is loaded too (a
 * province's registry), the card asks for a regency first, then shows only that regency's
 * kecamatan and kelurahan (GET /coverage?within=), narrowed further to one kecamatan on request;
 * at 1366 px and on a 390 px phone, with labelled selects, axe clean, in both languages.
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

  /**
   * The dashboard's trend card asks for "the city" (GET /coverage/trend without region), which a
   * registry of two regencies does not have: 404 region_not_found, known and left to its own change.
   */
  static final Predicate<String> NO_SINGLE_CITY = ConsoleBrowser.httpStatus(404, "/api/v1/coverage/trend?months=12");

  private static Locator areas(Page page) {
    return page.locator("#dashboard-areas");
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
        Locator regency = card.getByLabel("Kabupaten/kota");
        Locator kecamatan = card.getByLabel("Kecamatan", new Locator.GetByLabelOptions().setExact(true));
        expect(card.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Wilayah"))).isVisible();
        expect(card).containsText("Pilih kabupaten/kota untuk melihat");
        expect(card.locator(".map-tile")).hasCount(0);
        expect(kecamatan).isDisabled();
        assertThat(Axe.violations(page)).as("axe before a choice at " + width).isEmpty();

        regency.selectOption("35.07");
        expect(card.locator(".map-tile")).hasCount(3);
        expect(card.locator(".tile-group")).hasCount(2);
        expect(card.locator(".map-tile[data-kelurahan='" + TULUNGREJO + "'] .map-tile-value")).hasText("1");
        expect(card.locator("[aria-current='location']")).hasText("Kabupaten Malang");
        expect(card.locator(".region-status")).hasText("Menampilkan Kabupaten Malang: 2 kecamatan, 3 kelurahan.");
        assertThat(card.locator(".map-tile").evaluateAll("tiles => tiles.map(t => t.dataset.kelurahan)").toString())
            .doesNotContain("35.73");

        expect(kecamatan).isEnabled();
        kecamatan.selectOption(DONOMULYO);
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
        Object overflow = page.evaluate("() => { const c = document.getElementById('dashboard-areas'); return c.scrollWidth - c.clientWidth; }");
        assertThat(((Number) overflow).intValue()).as("areas card overflows sideways at " + width).isLessThanOrEqualTo(0);

        // Back to the city: its 57 kelurahan, the kecamatan choice emptied.
        regency.selectOption("35.73");
        expect(card.locator(".map-tile")).hasCount(57);
        expect(kecamatan).hasValue("");
        expect(card.locator(".map-tile[data-kelurahan='" + ConsoleFixtures.KELURAHAN_KLOJEN + "'] .map-tile-value")).hasText("1");
        assertCleanConsole(tab, NO_SESSION_YET, NO_SINGLE_CITY);
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
      expect(card).containsText("Choose a regency or city to see");
      card.getByLabel("Regency or city").selectOption("35.07");
      expect(card.locator(".region-status")).hasText("Showing Kabupaten Malang: 2 kecamatan, 3 kelurahan.");
      expect(card.getByLabel("Kecamatan", new Locator.GetByLabelOptions().setExact(true)).locator("option").first())
          .hasText("All kecamatan");
      assertCleanConsole(tab, NO_SESSION_YET, NO_SINGLE_CITY);
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
