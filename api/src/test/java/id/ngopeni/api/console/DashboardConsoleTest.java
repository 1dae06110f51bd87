package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.api.testing.TestServer;
import id.ngopeni.domain.money.Rupiah;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Dashboard against data set up through the API: the Kota Malang baseline with its source
 * (UCJ 32,44 %, 39.586 workers still needed), an APBD budget, two enrolled workers in Klojen and
 * a filed claim. The admin sees the figures, the chart and its table, the trends, the burn-down
 * and the tile map with its drill-down; every role gets a dashboard without an empty or broken
 * card; a field officer sees their own kelurahan and no money. Axe at 1366 and 390 px.
 */
class DashboardConsoleTest extends BrowserTest {
  static final String PASSWORD = "Rawon-Nguling-Malang-7";
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
  static final int YEAR = TODAY.getYear();
  static final String SOURCE = "malangkota.go.id, 30 Juni 2025: UCJ 32,44 %, target 173.753 peserta";

  @BeforeAll
  static void data() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    created(server.http.put("/api/v1/budgets/" + YEAR + "/APBD")
        .putHeader("Authorization", "Bearer " + adminToken).putHeader("If-None-Match", "*")
        .sendJsonObject(new JsonObject().put("allocated", 500_000_000L)).await(), 201);
    created(server.http.put("/api/v1/coverage/baselines/" + YEAR + "/35.73")
        .putHeader("Authorization", "Bearer " + adminToken).putHeader("If-None-Match", "*")
        .sendJsonObject(new JsonObject().put("workforce", 413_585).put("target", 173_753)
            .put("reportedParticipants", 134_167).put("source", SOURCE).put("asOf", "2025-06-30")).await(), 201);
    String first = fixtures.worker(adminToken, "Siti Aminah", LocalDate.of(1975, 2, 14), "F", ConsoleFixtures.KELURAHAN_KLOJEN);
    String second = fixtures.worker(adminToken, "Bambang Sugiarto", LocalDate.of(1969, 9, 3), "M", ConsoleFixtures.KELURAHAN_SAMAAN);
    for (String worker : List.of(first, second)) {
      created(server.post("/api/v1/workers/" + worker + "/memberships", adminToken, new JsonObject()
          .put("programs", new JsonArray().add("JKK").add("JKM"))
          .put("declaredIncome", 1_000_000)
          .put("fundingSource", "APBD")
          .put("startDate", TODAY.toString())), 201);
    }
    fixtures.filedDeathClaim(adminToken, first);
    server.createUser(adminToken, "rina.lapangan", PASSWORD, "FIELD_OFFICER", List.of(ConsoleFixtures.KELURAHAN_KLOJEN));
    server.createUser(adminToken, "kepala.dinas", PASSWORD, "APPROVER", List.of());
    server.createUser(adminToken, "dewi.operator", PASSWORD, "OPERATOR", List.of());
    server.createUser(adminToken, "budi.auditor", PASSWORD, "AUDITOR", List.of());
  }

  private static void axe(Page page, String what) {
    assertThat(Axe.violations(page)).as("axe: " + what).isEmpty();
  }

  /** None of these cards is wider than itself: its content wraps or scrolls inside its own table box. */
  private static void fitsItsCard(Page page, String... cards) {
    for (String card : cards) {
      Object overflow = page.evaluate("id => { const c = document.getElementById(id); return c.scrollWidth - c.clientWidth; }", card);
      assertThat(((Number) overflow).intValue()).as("%s overflows sideways", card).isLessThanOrEqualTo(0);
    }
  }

  /** No card says "null", "undefined" or "NaN", and none is left loading or failed. */
  private static void noBrokenCard(Page page) {
    expect(page.locator("main .card .muted", new Page.LocatorOptions().setHasText("Memuat"))).hasCount(0);
    expect(page.locator("main .card .form-error")).hasCount(0);
    assertThat(page.locator("main").innerText()).doesNotContain("null").doesNotContain("undefined").doesNotContain("NaN");
  }

  private static void created(HttpResponse<Buffer> response, int status) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(status);
  }

  /** Pixels of the canvas that something was drawn on (alpha above zero). */
  private static int paintedPixels(Page page) {
    Object painted = page.evaluate("""
        () => {
          const canvas = document.querySelector('main canvas.chart');
          const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
          let count = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i] > 0) count++;
          return count;
        }""");
    return ((Number) painted).intValue();
  }

  @Test
  void theAdminSeesUcjTheProjectionTheChartTheBudgetAndTheQueues() {
    try (Tab tab = signedIn("admin", TestServer.ADMIN_PASSWORD)) {
      Page page = tab.page;
      expect(heading(page)).hasText("Dasbor");
      Locator ucj = page.locator("#dashboard-ucj");
      expect(ucj).containsText("32,44 %");
      expect(ucj).containsText("39.586");
      expect(ucj).containsText("134.167");
      expect(ucj).containsText("173.753");
      expect(ucj.locator(".projection")).containsText("Rp");
      expect(ucj.locator(".baseline-source")).hasText("Sumber: " + SOURCE + ". Per 30/06/2025.");

      Locator table = page.locator("#dashboard-kecamatan table");
      Locator klojen = table.locator("tbody tr[data-key='" + ConsoleFixtures.KLOJEN + "']");
      expect(klojen).hasCount(1);
      expect(klojen.locator("td").first()).hasText("2");
      assertThat(table.locator("tbody tr").count()).isGreaterThanOrEqualTo(1);
      expect(page.locator("#dashboard-kecamatan canvas.chart")).isVisible();
      assertThat(paintedPixels(page)).as("painted chart pixels").isGreaterThan(500);

      Locator apbd = page.locator("#dashboard-budget li[data-source='APBD']");
      expect(apbd).containsText("Rp500.000.000");
      assertThat(Double.parseDouble(apbd.locator("rect.committed").getAttribute("width"))).isGreaterThan(0);

      expect(page.locator("[data-queue='claims'] .count")).hasText("1");
      expect(page.locator("[data-queue='payouts'] .count")).hasText("0");
      tab.screenshot("dashboard-figures");

      page.locator("[data-queue='claims']").click();
      expect(heading(page)).hasText("Klaim");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  void englishWritesTheSameFiguresTheEnglishWay() {
    try (Tab tab = signedIn("admin", TestServer.ADMIN_PASSWORD)) {
      Page page = tab.page;
      page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
      expect(heading(page)).hasText("Dashboard");
      expect(page.locator("#dashboard-ucj")).containsText("32.44 %");
      expect(page.locator("#dashboard-ucj")).containsText("39,586");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  void theHeadOfOfficeWhoApprovesMoneySeesCoverageAndBudgetsReadOnly() {
    for (int width : WIDTHS) {
      try (Tab tab = signedInAt(width, "kepala.dinas", PASSWORD)) {
        Page page = tab.page;
        expect(heading(page)).hasText("Dasbor");
        expect(page.locator("#dashboard-ucj")).containsText("32,44 %");
        expect(page.locator("#dashboard-ucj")).containsText("173.753");
        expect(page.locator("#dashboard-ucj .baseline-source")).containsText("30/06/2025");
        expect(page.locator("#dashboard-budget li[data-source='APBD']")).containsText("Rp500.000.000");
        expect(page.locator("#dashboard-burndown .trend-chart")).hasCount(1);
        expect(page.locator("[data-queue='payouts'] .count")).hasText("0");
        noBrokenCard(page);
        // Read-only: nothing on the dashboard changes a budget or a baseline.
        expect(page.locator("#dashboard-budget button, #dashboard-ucj button")).hasCount(0);
        tab.screenshot("dashboard-head-of-office-" + width);
        axe(page, "head of office's dashboard at " + width);
        assertCleanConsole(tab, NO_SESSION_YET);
      }
    }
  }

  @Test
  void aFieldOfficerSeesTheirOwnKelurahanAndTheClaimQueueButNoMoney() {
    for (int width : WIDTHS) {
      try (Tab tab = signedInAt(width, "rina.lapangan", PASSWORD)) {
        Page page = tab.page;
        expect(heading(page)).hasText("Dasbor");
        expect(page.locator("[data-queue='claims'] .count")).hasText("1");
        expect(page.locator("#dashboard-ucj, #dashboard-kecamatan, #dashboard-budget, #dashboard-burndown, #dashboard-areas,"
            + " [data-queue='payouts']")).hasCount(0);
        Locator mine = page.locator("#dashboard-my-area");
        expect(mine).containsText("Kelurahan Klojen, Kec. Klojen");
        expect(mine.locator(".trend[data-area='" + ConsoleFixtures.KELURAHAN_KLOJEN + "'] .figure").first()).containsText("1");
        expect(mine.locator(".trend-chart")).hasCount(2);
        noBrokenCard(page);
        assertThat(page.locator("main").innerText()).doesNotContain("Rp");
        tab.screenshot("dashboard-field-officer-" + width);
        mine.screenshot(new Locator.ScreenshotOptions().setPath(ConsoleBrowser.SCREENSHOTS.resolve("dashboard-my-area-" + width + ".png")));
        fitsItsCard(page, "dashboard-my-area");
        axe(page, "field officer's dashboard at " + width);
        assertCleanConsole(tab, NO_SESSION_YET);
      }
    }
  }

  @Test
  void everyRoleGetsADashboardWithoutAnEmptyOrBrokenCard() {
    for (String user : List.of("dewi.operator", "budi.auditor", "kepala.dinas")) {
      try (Tab tab = signedIn(user, PASSWORD)) {
        Page page = tab.page;
        expect(page.locator("#dashboard-ucj")).containsText("32,44 %");
        expect(page.locator("#dashboard-trend .trend-chart")).hasCount(2);
        expect(page.locator("#dashboard-areas .map-tile")).hasCount(57);
        noBrokenCard(page);
        assertCleanConsole(tab, NO_SESSION_YET);
      }
    }
  }

  @Test
  void theTrendTheBurnDownAndTheBudgetSayWhatTheyShow() {
    try (Tab tab = signedIn("admin", TestServer.ADMIN_PASSWORD)) {
      Page page = tab.page;
      Locator trend = page.locator("#dashboard-trend");
      // The city's baseline: UCJ against its target month by month, estimated from BPJS's dated count.
      expect(trend.locator(".trend-chart .series.ucj path")).hasCount(1);
      expect(trend.locator(".trend-chart .series.target path")).hasCount(1);
      expect(trend).containsText("UCJ (perkiraan hari ini)");
      expect(trend).containsText("32,44 %");
      expect(trend.locator(".estimated-note")).containsText("134.167");
      trend.locator("summary").click();
      expect(trend.locator("table tbody tr")).hasCount(12);
      expect(trend.locator("table tbody tr").last().locator("td").nth(1)).hasText("2");

      Locator burndown = page.locator("#dashboard-burndown");
      expect(burndown.locator(".trend-chart .series")).hasCount(1);
      expect(burndown.locator(".legend")).containsText("APBD: pagu Rp500.000.000");
      burndown.locator("summary").click();
      expect(burndown.locator("table tbody tr")).hasCount(13);
      JsonObject apbd = server.get("/api/v1/budgets/" + YEAR, adminToken).bodyAsJsonObject().getJsonArray("items").getJsonObject(0);
      expect(burndown.locator("table tbody tr").last().locator("td")).hasText(Rupiah.of(apbd.getLong("remaining")).toString());

      Locator why = page.locator("#dashboard-budget li[data-source='APBD'] .budget-why");
      if (TODAY.getMonthValue() == 12) {
        expect(why).containsText("tidak ada bulan " + YEAR + " lagi setelah bulan ini");
      } else {
        expect(why).containsText("= " + apbd.getLong("workersAffordable") + " pekerja lagi");
      }
      axe(page, "admin dashboard at 1280");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  void theBudgetCardExplainsDecemberAndOtherMonthsInWords() {
    try (Tab tab = atLogin()) {
      Object said = tab.page.evaluate("""
          async () => {
            const m = await import('/js/screens/dashboard-budget.js');
            const december = { remaining: 4200000000, affordableMonths: 0, affordableFrom: null, costPerWorker: 0, workersAffordable: 0 };
            const july = { remaining: 1008000, affordableMonths: 5, affordableFrom: '2026-08', costPerWorker: 84000, workersAffordable: 12 };
            const spent = { remaining: -5000, affordableMonths: 5, affordableFrom: '2026-08', costPerWorker: 84000, workersAffordable: 0 };
            return [m.explain(december, 2026), m.explain(july, 2026), m.explain(spent, 2026)];
          }""");
      assertThat(said).asList().containsExactly(
          "Sisa Rp4.200.000.000 tidak dapat membiayai pekerja baru dari anggaran 2026: tidak ada bulan 2026 lagi setelah"
              + " bulan ini. Pekerja yang didaftarkan sekarang ditagih mulai Januari, dari anggaran 2027.",
          "Sisa Rp1.008.000 ÷ Rp84.000 per pekerja (5 bulan premi minimum, mulai Agustus 2026) = 12 pekerja lagi.",
          "Tidak ada sisa: seluruh pagu sudah ditagih atau terikat untuk peserta yang sudah terdaftar.");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  void theTileMapDrillsDownFromKecamatanToKelurahan() {
    for (int width : WIDTHS) {
      try (Tab tab = signedInAt(width, "admin", TestServer.ADMIN_PASSWORD)) {
        Page page = tab.page;
        Locator areas = page.locator("#dashboard-areas");
        expect(areas.locator(".map-tile")).hasCount(57);
        Locator klojen = areas.locator(".map-tile[data-kelurahan='" + ConsoleFixtures.KELURAHAN_KLOJEN + "']");
        // Text carries the figure; the colour band only repeats it.
        expect(klojen).hasText("Klojen1peserta");
        expect(klojen).hasClass(java.util.regex.Pattern.compile("band-4"));
        expect(areas.locator(".map-tile[data-kelurahan='35.73.01.1001']")).hasText("Balearjosari0peserta");
        // One member at most per kelurahan: "none" and "1" are the only bands with a figure in them.
        expect(areas.locator(".legend.bands li")).hasCount(2);
        expect(areas.locator(".legend.bands")).hasText("Belum ada1");
        axe(page, "tile map at " + width);

        areas.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
            new Locator.GetByRoleOptions().setName("Kec. Klojen").setExact(true)).first().click();
        expect(areas.locator("[aria-current='location']")).hasText("Kec. Klojen");
        expect(areas.locator("[aria-current='location']")).isFocused();
        expect(areas.locator(".area-table tbody tr")).hasCount(11);
        expect(areas.locator(".map-tile")).hasCount(11);
        expect(areas.locator(".trend[data-area='" + ConsoleFixtures.KLOJEN + "'] .figure").first()).containsText("2");
        axe(page, "kecamatan Klojen at " + width);

        areas.locator(".map-tile[data-kelurahan='" + ConsoleFixtures.KELURAHAN_SAMAAN + "']").click();
        expect(areas.locator("[aria-current='location']")).hasText("Kel. Samaan");
        expect(areas.locator(".trend[data-area='" + ConsoleFixtures.KELURAHAN_SAMAAN + "'] .figure").first()).containsText("1");
        expect(areas.locator(".area-table tbody tr")).hasCount(1);
        tab.screenshot("dashboard-drill-down-" + width);
        areas.screenshot(new Locator.ScreenshotOptions().setPath(ConsoleBrowser.SCREENSHOTS.resolve("dashboard-areas-kelurahan-" + width + ".png")));
        fitsItsCard(page, "dashboard-areas", "dashboard-trend", "dashboard-budget", "dashboard-burndown");
        axe(page, "kelurahan Samaan at " + width);

        areas.locator(".breadcrumb").getByText("Kota Malang").click();
        expect(areas.locator(".map-tile")).hasCount(57);
        assertCleanConsole(tab, NO_SESSION_YET);
      }
    }
  }
}
