package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.api.testing.TestServer;
import id.ngopeni.domain.Jakarta;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The BPJS screen: an ADMIN accepts BPJS's figure for a difference of last month's reconciliation
 * (with a reason) and marks the refund due after a death received; both lists empty out.
 */
class BpjsConsoleTest extends BrowserTest {
  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  private static String nik(String worker) {
    return server.post("/api/v1/workers/" + worker + "/reveal", adminToken,
        new io.vertx.core.json.JsonObject().put("purpose", "VERIFICATION")).bodyAsJsonObject().getString("nik");
  }

  @Test
  void anAdminDecidesADifferenceAndRecordsARefundReceived() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    YearMonth last = YearMonth.from(Jakarta.today(Clock.systemUTC())).minusMonths(1);
    String differs = fixtures.worker(adminToken, "Ahmad Dahlan", LocalDate.of(1970, 3, 4), "M",
        ConsoleFixtures.KELURAHAN_KLOJEN);
    String died = fixtures.worker(adminToken, "Sri Wahyuni", LocalDate.of(1968, 5, 6), "F",
        ConsoleFixtures.KELURAHAN_KLOJEN);
    fixtures.activeMembership(differs, last.minusMonths(2).atDay(1));
    fixtures.activeMembership(died, last.minusMonths(2).atDay(1));
    fixtures.invoicedAndPaid(adminToken, last);
    fixtures.reconciled(adminToken, last, "nik,iuran,status\n" + nik(differs) + ",20000,AKTIF\n" + nik(died)
        + ",16800,AKTIF\n");
    var death = server.post("/api/v1/workers/" + died + "/death", adminToken,
        new JsonObject().put("deathDate", last.minusMonths(1).atDay(15).toString()));
    assertThat(death.statusCode()).as(death.bodyAsString()).isEqualTo(200);

    try (Tab tab = signedIn("admin", TestServer.ADMIN_PASSWORD)) {
      Page page = tab.page;
      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("BPJS")).click();
      expect(heading(page)).hasText("BPJS");
      Locator difference = page.locator("tr[data-difference-id]");
      expect(difference).hasCount(1);
      expect(difference).containsText("Ahmad Dahlan");
      expect(difference).containsText("Jumlah berbeda");
      button(difference, "Terima angka BPJS").click();
      Locator dialog = page.locator("dialog[open]");
      dialog.getByLabel("Alasan").fill("BPJS memakai penghasilan yang lebih tinggi");
      button(dialog, "Terima angka BPJS").click();
      expect(page.locator("tr[data-difference-id]")).hasCount(0);
      expect(page.getByText("Tidak ada selisih yang menunggu keputusan.")).isVisible();

      Locator refund = page.locator("tr[data-refund-id]");
      expect(refund).hasCount(1);
      expect(refund).containsText("Sri Wahyuni");
      button(refund, "Diterima").click();
      dialog = page.locator("dialog[open]");
      dialog.getByLabel("Referensi transfer").fill("BPJS-RET-0042");
      button(dialog, "Diterima").click();
      expect(page.getByText("Tidak ada pengembalian iuran yang tertunda.")).isVisible();
      assertCleanConsole(tab, NO_SESSION_YET);
    }
    var refunds = server.get("/api/v1/bpjs/refunds?status=RECEIVED", adminToken).bodyAsJsonObject();
    assertThat(refunds.getJsonArray("items").getJsonObject(0).getString("reference")).isEqualTo("BPJS-RET-0042");
  }
}
