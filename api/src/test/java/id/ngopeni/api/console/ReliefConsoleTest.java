package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.api.testing.TestServer;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.membership.Sector;
import id.ngopeni.domain.tariff.ContributionRelief;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PP 50/2025 in the console: the sector chosen at enrolment and changed on the membership (both
 * priced by the server), and an overpayment of February 2026 carried to March on the BPJS screen.
 */
class ReliefConsoleTest extends BrowserTest {
  private static final YearMonth CURRENT = YearMonth.from(Jakarta.today(Clock.systemUTC()));

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Locator label(Locator scope, String text) {
    return scope.getByLabel(text, new Locator.GetByLabelOptions().setExact(true));
  }

  private static String premium(Sector sector) {
    return ContributionRelief.relieves(Program.JKK, FundingSource.MANDIRI, sector, CURRENT) ? "Rp8.400" : "Rp16.800";
  }

  @Test
  void anAdminEnrolsATransportWorkerAndMovesTheMembershipToAnotherSector() {
    String id = new ConsoleFixtures(server).worker(adminToken, "Budi Santoso", LocalDate.of(1980, 1, 2), "M",
        ConsoleFixtures.KELURAHAN_KLOJEN);
    try (Tab tab = signedIn("admin", TestServer.ADMIN_PASSWORD)) {
      Page page = tab.page;
      page.navigate("/#/workers/" + id);
      expect(heading(page)).hasText("Budi Santoso");
      Locator card = page.locator("section.memberships");
      button(card, "Daftarkan kepesertaan").click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      label(dialog, "Sumber dana").selectOption("MANDIRI");
      expect(label(dialog, "Sektor (BPJS)")).hasValue("OTHER");
      label(dialog, "Sektor (BPJS)").selectOption("TRANSPORT");
      button(dialog, "Daftarkan").click();
      expect(dialog).isHidden();
      expect(page.getByRole(AriaRole.STATUS).first())
          .hasText("Kepesertaan telah didaftarkan; iuran " + premium(Sector.TRANSPORT) + " per bulan.");
      Locator row = card.locator("tbody tr[data-status=ACTIVE]");
      expect(row).containsText("sektor: Transportasi (pengemudi, kurir)");

      button(row, "Sektor").click();
      dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog.getByRole(AriaRole.HEADING)).hasText("Ubah sektor");
      expect(label(dialog, "Sektor (BPJS)")).hasValue("TRANSPORT");
      label(dialog, "Sektor (BPJS)").selectOption("OTHER");
      tab.screenshot("membership-sector");
      button(dialog, "Simpan sektor").click();
      expect(dialog).isHidden();
      expect(page.getByRole(AriaRole.STATUS).first())
          .hasText("Sektor diubah; iuran kini " + premium(Sector.OTHER) + " per bulan.");
      expect(card.locator("tbody tr[data-status=ACTIVE]")).containsText("sektor: Sektor lainnya");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
    JsonObject stored = server.get("/api/v1/workers/" + id + "/memberships", adminToken).bodyAsJsonObject()
        .getJsonArray("items").getJsonObject(0);
    assertThat(stored.getString("sector")).isEqualTo("OTHER");
    assertThat(stored.getInteger("version")).isEqualTo(1);
  }

  @Test
  void anOverpaymentOfAReconciledMonthIsCarriedToTheNextFromTheBpjsScreen() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    YearMonth february = YearMonth.of(2026, 2);
    List<String> workers = List.of(
        fixtures.worker(adminToken, "Sutrisno", LocalDate.of(1972, 2, 3), "M", ConsoleFixtures.KELURAHAN_KLOJEN),
        fixtures.worker(adminToken, "Wahyu Hidayat", LocalDate.of(1977, 4, 5), "M", ConsoleFixtures.KELURAHAN_KLOJEN));
    StringBuilder bill = new StringBuilder("nik,iuran,status\n");
    long[] billed = {16_800, 8_400};
    for (int i = 0; i < workers.size(); i++) {
      var enrolled = server.post("/api/v1/workers/" + workers.get(i) + "/memberships", adminToken, new JsonObject()
          .put("programs", List.of("JKK", "JKM")).put("declaredIncome", 1_000_000).put("fundingSource", "MANDIRI")
          .put("startDate", february.atDay(1).toString()));
      assertThat(enrolled.statusCode()).as(enrolled.bodyAsString()).isEqualTo(201);
      // Answers mask the NIK (issue 17); the bill needs it in full, as BPJS sends it.
      String nik = server.post("/api/v1/workers/" + workers.get(i) + "/reveal", adminToken,
          new JsonObject().put("purpose", "BPJS_REGISTRATION")).bodyAsJsonObject().getString("nik");
      bill.append(nik).append(',').append(billed[i]).append(",AKTIF\n");
    }
    fixtures.invoicedAndPaid(adminToken, february);
    fixtures.reconciled(adminToken, february, bill.toString());
    String difference = server.get("/api/v1/bpjs/differences?status=OPEN", adminToken).bodyAsJsonObject()
        .getJsonArray("items").getJsonObject(0).getString("id");
    var accepted = server.post("/api/v1/bpjs/differences/" + difference + "/resolve", adminToken,
        new JsonObject().put("action", "ACCEPT").put("reason", "Sektor transportasi menurut BPJS (PP 50/2025)"));
    assertThat(accepted.statusCode()).as(accepted.bodyAsString()).isEqualTo(200);

    try (Tab tab = signedIn("admin", TestServer.ADMIN_PASSWORD)) {
      Page page = tab.page;
      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("BPJS")).click();
      expect(heading(page)).hasText("BPJS");
      Locator row = page.locator("tr[data-overpayment='2026-02/MANDIRI']");
      expect(row).hasCount(1);
      expect(row).containsText("Rp8.400");
      expect(row).containsText("Belum diperhitungkan");
      button(row, "Perhitungkan ke bulan berikutnya").click();
      Locator dialog = page.locator("dialog[open]");
      expect(dialog).containsText("2026-02");
      tab.screenshot("bpjs-overpayment");
      button(dialog, "Perhitungkan ke bulan berikutnya").click();
      expect(row).containsText("ke 2026-03");
      expect(row).hasAttribute("data-pending", "false");
      expect(button(row, "Perhitungkan ke bulan berikutnya")).hasCount(0);
      assertCleanConsole(tab, NO_SESSION_YET);
    }
    var carried = server.get("/api/v1/bpjs/overpayments", adminToken).bodyAsJsonObject().getJsonArray("items");
    assertThat(carried.getJsonObject(0).getLong("amount")).isEqualTo(8_400L);
  }
}
