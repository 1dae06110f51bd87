package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.api.testing.TestServer;
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
 * The Dashboard against data set up through the API: the Kota Malang baseline (UCJ 32,44 %,
 * 39.586 workers still needed), an APBD budget, two enrolled workers in Klojen and a filed
 * claim. The admin sees the figures, the chart and its table; a field officer sees no money.
 */
class DashboardConsoleTest extends BrowserTest {
  static final String PASSWORD = "Rawon-Nguling-Malang-7";
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
  static final int YEAR = TODAY.getYear();

  @BeforeAll
  static void data() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    created(server.http.put("/api/v1/budgets/" + YEAR + "/APBD")
        .putHeader("Authorization", "Bearer " + adminToken).putHeader("If-None-Match", "*")
        .sendJsonObject(new JsonObject().put("allocated", 500_000_000L)).await(), 201);
    created(server.http.put("/api/v1/coverage/baselines/" + YEAR + "/35.73")
        .putHeader("Authorization", "Bearer " + adminToken).putHeader("If-None-Match", "*")
        .sendJsonObject(new JsonObject().put("workforce", 413_585).put("target", 173_753)
            .put("reportedParticipants", 134_167)).await(), 201);
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
    try (Tab tab = signedIn("kepala.dinas", PASSWORD)) {
      Page page = tab.page;
      expect(heading(page)).hasText("Dasbor");
      expect(page.locator("#dashboard-ucj")).containsText("32,44 %");
      expect(page.locator("#dashboard-ucj")).containsText("173.753");
      expect(page.locator("#dashboard-budget li[data-source='APBD']")).containsText("Rp500.000.000");
      expect(page.locator("[data-queue='payouts'] .count")).hasText("0");
      assertThat(page.locator("main").innerText()).doesNotContain("null").doesNotContain("undefined");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  void aFieldOfficerSeesTheClaimQueueButNoMoneyFigures() {
    try (Tab tab = signedIn("rina.lapangan", PASSWORD)) {
      Page page = tab.page;
      expect(heading(page)).hasText("Dasbor");
      expect(page.locator("[data-queue='claims'] .count")).hasText("1");
      expect(page.locator("#dashboard-ucj, #dashboard-kecamatan, #dashboard-budget, [data-queue='payouts']")).hasCount(0);
      assertThat(page.locator("main").innerText()).doesNotContain("Rp");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }
}
