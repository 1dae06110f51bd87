package id.ngopeni.api.console;

import static id.ngopeni.api.console.ConsoleBrowser.httpStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import id.ngopeni.domain.Jakarta;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Filing a claim from the worker's page against the real claim rules: a claim the server
 * refuses shows its field errors and files nothing; a death claim lands on the new claim's page
 * with the required documents the server computed. A field officer files in their kelurahan and
 * finds no worker of another. Roles that may not file see no button.
 */
class ClaimFileConsoleTest extends BrowserTest {
  static final String PASSWORD = "Bakso-Presiden-Malang-2025";
  private static final LocalDate TODAY = Jakarta.today(Clock.systemUTC());

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Locator label(Locator scope, String text) {
    return scope.getByLabel(text, new Locator.GetByLabelOptions().setExact(true));
  }

  private static JsonArray claimsOf(String workerId) {
    return server.get("/api/v1/claims?workerId=" + workerId, adminToken).bodyAsJsonObject().getJsonArray("items");
  }

  /** The worker's only claim, as the API has it: filed by that user, the page showing it. */
  private static JsonObject theOneFiled(Page page, String workerId, String filedBy) {
    JsonArray filed = claimsOf(workerId);
    assertThat(filed).hasSize(1);
    JsonObject claim = filed.getJsonObject(0);
    assertThat(page.url()).endsWith("#/claims/" + claim.getString("id"));
    assertThat(claim.getString("createdBy")).isEqualTo(filedBy);
    assertThat(claim.getString("status")).isEqualTo("SUBMITTED");
    return claim;
  }

  @Test
  void anOperatorFilesADeathClaimFromTheWorkerPageAndLandsOnItsRequiredDocuments() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    String operatorId = server.createUser(adminToken, "wulan.operator", PASSWORD, "OPERATOR", List.of());
    String worker = fixtures.member(adminToken, "Sumarni Rahayu", LocalDate.of(1966, 7, 14), "F", ConsoleFixtures.KELURAHAN_KLOJEN);

    try (Tab tab = signedIn("wulan.operator", PASSWORD)) {
      Page page = tab.page;
      page.navigate("/#/workers/" + worker);
      expect(heading(page)).hasText("Sumarni Rahayu");
      Locator card = page.locator("section.worker-claims");
      expect(card).containsText("Belum ada klaim untuk pekerja ini.");

      button(card, "Ajukan klaim").click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog.getByRole(AriaRole.HEADING)).hasText("Ajukan klaim");
      expect(label(dialog, "Jenis")).isFocused();
      expect(label(dialog, "Biaya pengobatan (Rp)")).isHidden();

      // A medical claim without its costs and without a description: refused, nothing filed.
      label(dialog, "Jenis").selectOption("JKK_MEDICAL");
      expect(label(dialog, "Biaya pengobatan (Rp)")).isVisible();
      label(dialog, "Tanggal kejadian").fill(TODAY.minusDays(3).toString());
      button(dialog, "Ajukan klaim").click();
      expect(dialog.locator("[data-field=description] .field-error")).hasText("Wajib diisi.");
      expect(dialog.locator("[data-field=medicalCosts] .field-error")).hasText("Isi jumlah biaya pengobatan.");
      expect(label(dialog, "Keterangan")).hasAttribute("aria-invalid", "true");
      expect(label(dialog, "Biaya pengobatan (Rp)")).hasAttribute("aria-invalid", "true");
      tab.screenshot("claim-file-refused");
      assertThat(claimsOf(worker)).isEmpty();

      // The same dialog, now a death claim.
      label(dialog, "Jenis").selectOption("JKM_DEATH");
      expect(label(dialog, "Biaya pengobatan (Rp)")).isHidden();
      label(dialog, "Tanggal kejadian").fill(TODAY.minusDays(10).toString());
      label(dialog, "Keterangan").fill("Meninggal dunia karena sakit di rumah.");
      tab.screenshot("claim-file");
      button(dialog, "Ajukan klaim").click();
      expect(dialog).isHidden();
      expect(heading(page)).hasText("JKM – kematian · Sumarni Rahayu");

      JsonObject claim = theOneFiled(page, worker, operatorId);
      assertThat(claim.getString("incidentDate")).isEqualTo(TODAY.minusDays(10).toString());
      assertThat(claim.getString("description")).isEqualTo("Meninggal dunia karena sakit di rumah.");
      assertThat(claim.getJsonObject("eligibility").getBoolean("eligible")).isTrue();

      expect(page.locator("dl.facts .badge")).hasText("Diajukan");
      expect(page.locator("dl.facts")).containsText("Meninggal dunia karena sakit di rumah.");
      List<String> required = claim.getJsonArray("requiredDocuments").stream().map(String.class::cast).toList();
      assertThat(required).contains("DEATH_CERTIFICATE");
      expect(page.locator(".required-docs li")).hasCount(required.size());
      for (String kind : required) {
        expect(page.locator(".required-docs li.missing[data-kind='" + kind + "']")).hasCount(1);
      }
      expect(page.locator("section[aria-labelledby=claim-eligibility]")).containsText("Layak");
      tab.screenshot("claim-filed");

      // Back on the worker's page, the claim is in its list.
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sumarni Rahayu").setExact(true)).click();
      expect(card.locator("tr[data-claim-id='" + claim.getString("id") + "']")).containsText("JKM – kematian");
      assertCleanConsole(tab, NO_SESSION_YET, httpStatus(422, "/api/v1/claims"));
    }
  }

  @Test
  void aFieldOfficerFilesAClaimInTheirKelurahanAndCannotOpenAWorkerOfAnother() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    String officerId = server.createUser(adminToken, "sari.lapangan", PASSWORD, "FIELD_OFFICER",
        List.of(ConsoleFixtures.KELURAHAN_KLOJEN));
    String worker = fixtures.member(adminToken, "Ngatini Suprapti", LocalDate.of(1964, 2, 3), "F", ConsoleFixtures.KELURAHAN_KLOJEN);
    String outside = fixtures.member(adminToken, "Karyono Widodo", LocalDate.of(1960, 9, 19), "M", ConsoleFixtures.KELURAHAN_SAMAAN);
    String outsideClaim = fixtures.filedDeathClaim(adminToken, outside).getString("id");

    try (Tab tab = signedIn("sari.lapangan", PASSWORD)) {
      Page page = WorkersConsoleTest.openWorkers(tab);
      WorkersConsoleTest.rows(page).filter(new Locator.FilterOptions().setHasText("Ngatini Suprapti"))
          .getByRole(AriaRole.LINK).click();
      expect(heading(page)).hasText("Ngatini Suprapti");
      Locator card = page.locator("section.worker-claims");
      expect(card).containsText("Belum ada klaim untuk pekerja ini.");

      button(card, "Ajukan klaim").click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      expect(label(dialog, "Jenis")).isFocused();
      label(dialog, "Jenis").selectOption("JKM_DEATH");
      label(dialog, "Tanggal kejadian").fill(TODAY.minusDays(5).toString());
      label(dialog, "Keterangan").fill("Meninggal dunia di rumah, dilaporkan ketua RT.");
      button(dialog, "Ajukan klaim").click();
      expect(dialog).isHidden();
      expect(heading(page)).hasText("JKM – kematian · Ngatini Suprapti");

      JsonObject claim = theOneFiled(page, worker, officerId);
      expect(page.locator("dl.facts .badge")).hasText("Diajukan");
      expect(page.locator("dl.facts")).containsText("Meninggal dunia di rumah, dilaporkan ketua RT.");
      expect(page.locator(".required-docs li")).hasCount(claim.getJsonArray("requiredDocuments").size());
      tab.screenshot("claim-filed-field-officer");

      // A worker of another kelurahan, and that worker's claim, do not exist for them.
      page.navigate("/#/workers/" + outside);
      expect(heading(page)).hasText("Pekerja tidak ditemukan");
      expect(page.locator("section.worker-claims")).isHidden();
      expect(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajukan klaim"))).hasCount(0);
      page.navigate("/#/claims/" + outsideClaim);
      expect(heading(page)).hasText("Klaim tidak ditemukan");
      assertThat(claimsOf(outside)).hasSize(1);
      assertCleanConsole(tab, NO_SESSION_YET, httpStatus(404, "/api/v1/workers/" + outside),
          httpStatus(404, "/api/v1/claims/" + outsideClaim));
    }
  }

  @Test
  void anApproverReadsTheWorkersClaimsButCannotFileOne() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    server.createUser(adminToken, "bagus.penyetuju", PASSWORD, "APPROVER", List.of());
    String worker = fixtures.worker(adminToken, "Paijo Sastro", LocalDate.of(1959, 1, 9), "M", ConsoleFixtures.KELURAHAN_SAMAAN);
    fixtures.activeMembership(worker, LocalDate.now().minusYears(3));
    String claim = fixtures.filedDeathClaim(adminToken, worker).getString("id");

    try (Tab tab = signedIn("bagus.penyetuju", PASSWORD)) {
      Page page = tab.page;
      page.navigate("/#/workers/" + worker);
      expect(heading(page)).hasText("Paijo Sastro");
      Locator card = page.locator("section.worker-claims");
      expect(card.locator("tr[data-claim-id='" + claim + "']")).containsText("JKM – kematian");
      expect(card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ajukan klaim"))).hasCount(0);
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }
}
