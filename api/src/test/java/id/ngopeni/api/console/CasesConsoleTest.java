package id.ngopeni.api.console;

import static id.ngopeni.api.console.ConsoleBrowser.httpStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Cases the city follows with BPJS, in a real Chromium: the dashboard card, the "cases overdue"
 * queue with the flagged cases, and one case's page — stage, clocks, hand-over, expected vs
 * paid — where BPJS's answer is recorded through the form (a refused amount first).
 */
class CasesConsoleTest extends BrowserTest {
  static final String PASSWORD = "Bakso-Presiden-Malang-2026";
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

  private static void handOver(String token, String claimId, LocalDate on, String number) {
    var response = server.post("/api/v1/claims/" + claimId + "/handover", token, new JsonObject()
        .put("handedOverOn", on.toString()).put("bpjsBranch", "Malang").put("bpjsCaseNumber", number));
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
  }

  @Test
  void theOverdueQueueAndACasePageWithBpjsAnswerRecordedThroughTheForm() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    String operator = userToken("rina.operator", PASSWORD, "OPERATOR");
    String late = fixtures.member(adminToken, "Suparman Hadi", LocalDate.of(1961, 2, 3), "M", ConsoleFixtures.KELURAHAN_KLOJEN);
    String spouse = fixtures.spouse(adminToken, late, "Sulastri");
    String overdue = fixtures.verifiedDeathClaim(operator, late);
    handOver(operator, overdue, TODAY.minusDays(8), "JKM-MLG-0815");
    String shortPaid = fixtures.member(adminToken, "Kasiman Wiryo", LocalDate.of(1958, 7, 9), "M", ConsoleFixtures.KELURAHAN_KLOJEN);
    String flagged = fixtures.verifiedDeathClaim(operator, shortPaid);
    handOver(operator, flagged, TODAY, "JKM-MLG-0816");
    var answered = server.post("/api/v1/claims/" + flagged + "/bpjs-answer", operator, new JsonObject()
        .put("outcome", "PARTLY_PAID").put("answeredOn", TODAY.toString()).put("amount", 10_000_000)
        .put("paidToName", "Pak Kasno (yang mengurus pemakaman)"));
    assertThat(answered.statusCode()).as(answered.bodyAsString()).isEqualTo(200);

    try (Tab tab = signedIn("rina.operator", PASSWORD)) {
      Page page = tab.page;
      Locator card = page.locator("#dashboard-cases");
      expect(card.locator("[data-queue=overdue] .count")).hasText("1");
      expect(card.locator("[data-queue=flagged] .count")).hasText("1");

      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Kasus terlambat")).click();
      expect(heading(page)).hasText("Kasus terlambat");
      Locator overdueRow = page.locator("[data-table=overdue] tr[data-claim-id='" + overdue + "']");
      expect(overdueRow).containsText("BPJS membayar JKM (3 hari kerja)");
      expect(overdueRow).containsText("Lewat batas");
      Locator flaggedRow = page.locator("[data-table=flagged] tr[data-claim-id='" + flagged + "']");
      expect(flaggedRow).containsText("BPJS membayar kurang dari ketentuan peraturan.");
      expect(flaggedRow).containsText(PayoutsConsoleTest.rupiah(10_000_000));
      tab.screenshot("cases-overdue");

      overdueRow.getByRole(AriaRole.LINK).first().click();
      expect(heading(page)).hasText("JKM – kematian · Suparman Hadi");
      Locator caseCard = page.locator("[data-case]");
      expect(caseCard.locator(".stage-steps li[aria-current=step]")).hasText("Diserahkan ke BPJS");
      expect(caseCard.locator("tr[data-clock=JKM_PAYMENT]")).containsText("Lewat batas");
      expect(caseCard.locator("[data-handover]")).containsText("JKM-MLG-0815");
      expect(caseCard.locator("[data-paid-total]")).hasText(PayoutsConsoleTest.rupiah(0));
      tab.screenshot("case-overdue");

      Locator form = caseCard.getByRole(AriaRole.FORM, new Locator.GetByRoleOptions().setName("Catat jawaban BPJS"));
      form.getByLabel("Jumlah dibayar (Rp)").fill("42.000.001");
      form.getByLabel("Dibayar kepada (ahli waris terdaftar)").selectOption(spouse);
      form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Catat")).click();
      expect(form.locator("[data-field=amount] .field-error")).hasText("Melebihi ketentuan peraturan: catat alasan dari BPJS.");
      assertThat(server.get("/api/v1/claims/" + overdue, adminToken).bodyAsJsonObject().getString("status"))
          .isEqualTo("HANDED_OVER");

      form.getByLabel("Jumlah dibayar (Rp)").fill("42.000.000");
      form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Catat")).click();
      expect(page.getByRole(AriaRole.STATUS).first()).hasText("Tersimpan.");
      expect(caseCard.locator(".stage-steps li[aria-current=step]")).hasText("BPJS menjawab");
      expect(caseCard.locator("[data-paid-total]")).hasText(PayoutsConsoleTest.rupiah(42_000_000));
      expect(caseCard.locator("tr[data-clock=JKM_PAYMENT]")).containsText("Terlambat");
      expect(caseCard.locator("[data-follow-up]")).hasCount(0);
      expect(caseCard.locator("[data-outcome=PAID]")).containsText("Sulastri");
      tab.screenshot("case-paid");
      JsonObject stored = server.get("/api/v1/claims/" + overdue, adminToken).bodyAsJsonObject();
      assertThat(stored.getString("status")).isEqualTo("BPJS_PAID");
      assertThat(stored.getLong("paidTotal")).isEqualTo(42_000_000L);
      assertCleanConsole(tab, NO_SESSION_YET, httpStatus(422, "/bpjs-answer"));
    }
  }
}
