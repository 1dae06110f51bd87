package id.ngopeni.api.console;

import static id.ngopeni.api.console.ConsoleBrowser.httpStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bank transfer batches against real approved payouts: an OPERATOR makes a batch, downloads the
 * transfer file, uploads the bank's answer (one PAID, one FAILED) and sees it applied; a wrong
 * file is refused row by row with nothing applied. The worker's page lists the worker's claims.
 */
class BatchesConsoleTest extends BrowserTest {
  static final String PASSWORD = "Bakso-Bakar-Malang-2025";
  private static String operator;
  private static String approver;

  @BeforeAll
  static void users() {
    operator = userToken("bayu.operator", PASSWORD, "OPERATOR");
    approver = userToken("wati.penyetuju", PASSWORD, "APPROVER");
    // Records the bank's answers: never the maker of a batch or of its payouts.
    server.createUser(adminToken, "rina.kasir", PASSWORD, "OPERATOR", List.of());
  }

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Locator link(Locator scope, String name) {
    return scope.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  /** A recorded death of a new worker with a spouse; returns {worker, santunan entitlement, heir} ids. */
  private static String[] santunan(ConsoleFixtures fixtures, String workerName, String heirName) {
    String worker = fixtures.member(adminToken, workerName, LocalDate.of(1966, 7, 9), "M", ConsoleFixtures.KELURAHAN_KLOJEN);
    String heir = fixtures.spouse(adminToken, worker, heirName);
    return new String[] {worker, fixtures.santunan(operator, worker), heir};
  }

  /** "reference,amount" of a payout's line in the transfer file. */
  private static String transfer(List<String> lines, String payout) {
    String[] cells = lines.stream().filter(l -> l.startsWith(payout + ",")).findFirst().orElseThrow().split(",");
    return cells[5] + "," + cells[4];
  }

  private static String status(String path) {
    return server.get(path, adminToken).bodyAsJsonObject().getString("status");
  }

  @Test
  void anOperatorBatchesDownloadsAndReconcilesOnePaidAndOneFailedTransfer() throws Exception {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    String[] made = santunan(fixtures, "Slamet Riyadi", "Siti Aminah");
    String first = fixtures.approvedPayout(operator, approver, made[1], made[2], "Siti Aminah", 6_000_000L);
    String second = fixtures.approvedPayout(operator, approver, made[1], made[2], "Siti Aminah", null);
    List<String> lines;
    String batchId;

    try (Tab tab = signedIn("bayu.operator", PASSWORD)) {
      Page page = PayoutsConsoleTest.openPayouts(tab);
      // The inbox names the worker whose santunan a payout pays.
      button(page.locator(".status-tabs"), "Disetujui").click();
      expect(PayoutsConsoleTest.row(page, first)).containsText("Slamet Riyadi");

      link(page.locator("main"), "Batch transfer bank").click();
      expect(page.locator(".view-switch [aria-current=page]")).hasText("Batch transfer bank");
      button(page.locator("main"), "Buat batch").click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog.getByRole(AriaRole.HEADING)).hasText("Buat batch transfer?");
      expect(dialog).containsText("2 pembayaran yang disetujui menunggu batch, total Rp10.000.000.");
      expect(dialog.locator("tbody tr")).hasCount(2);
      expect(dialog.locator("tr[data-payout-id='" + first + "']")).containsText("Slamet Riyadi");
      expect(dialog.locator("tr[data-payout-id='" + first + "']")).containsText("Rp6.000.000");
      // Cancel has the focus (issue 19.6): Enter never sends money to the bank by reflex.
      expect(button(dialog, "Batal")).isFocused();
      tab.screenshot("batch-create");
      button(dialog, "Buat batch").click();
      expect(dialog).isHidden();

      expect(page.getByRole(AriaRole.STATUS)).hasText(
          "Batch dibuat: 2 transfer, total Rp10.000.000. Unduh berkas transfer untuk bank.");
      expect(heading(page)).containsText("Batch transfer ");
      batchId = page.evaluate("() => location.hash.split('/').pop()").toString();
      assertThat(status("/api/v1/payout-batches/" + batchId)).isEqualTo("OPEN");
      expect(page.locator("dl.facts")).containsText("Menunggu hasil bank");
      Locator firstRow = page.locator("table tbody tr[data-payout-id='" + first + "']");
      expect(firstRow).containsText("Siti Aminah");
      expect(firstRow).containsText("Slamet Riyadi");
      expect(firstRow).containsText("Menunggu bank");
      // Issue 19.6: the batch and its transfers by their numbers, not by UUID fragments.
      expect(heading(page)).containsText(server.get("/api/v1/payout-batches/" + batchId, adminToken).bodyAsJsonObject()
          .getString("number"));
      expect(firstRow).containsText(server.get("/api/v1/payouts/" + first, adminToken).bodyAsJsonObject().getString("number"));

      Download download = page.waitForDownload(() -> button(page.locator("main"), "Unduh berkas transfer (CSV)").click());
      assertThat(download.suggestedFilename()).isEqualTo("disbursement-" + batchId + ".csv");
      lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
      assertThat(lines).hasSize(3);
      assertThat(lines.get(0)).isEqualTo("payout_id,bank_code,account_number,account_name,amount,reference");
      assertThat(lines.subList(1, 3)).anySatisfy(l -> assertThat(l).startsWith(first + ",002,012301000123305,Siti Aminah,6000000,NGP-"));
      assertThat(lines.subList(1, 3)).anySatisfy(l -> assertThat(l).startsWith(second + ",002,012301000123305,Siti Aminah,4000000,NGP-"));
      tab.screenshot("batch-open");
      // The maker of the batch does not record the bank's answer.
      expect(page.getByLabel("Berkas hasil bank (CSV)")).hasCount(0);
      expect(page.locator("main")).containsText("Anda membuat batch ini");
      assertCleanConsole(tab, NO_SESSION_YET);
    }

    try (Tab tab = signedIn("rina.kasir", PASSWORD)) {
      Page page = tab.page;
      page.navigate("/#/payouts/batches/" + batchId);
      Locator firstRow = page.locator("table tbody tr[data-payout-id='" + first + "']");
      expect(firstRow).containsText("Menunggu bank");
      // The bank paid the first transfer and failed the second: rows name the transfer file's reference and amount.
      String answer = "transfer_reference,amount,status,bank_reference\r\n" + transfer(lines, first) + ",PAID,BRI-20250101-1\r\n"
          + transfer(lines, second) + ",FAILED,\r\n";
      page.getByLabel("Berkas hasil bank (CSV)").setInputFiles(
          new FilePayload("hasil-bank.csv", "text/csv", answer.getBytes(StandardCharsets.UTF_8)));
      button(page.locator("main"), "Terapkan hasil bank").click();
      expect(page.getByRole(AriaRole.STATUS)).hasText("Hasil bank diterapkan: 1 dibayar, 1 gagal.");
      expect(firstRow.locator("td").last()).containsText("Dibayar");
      expect(firstRow).containsText("BRI-20250101-1");
      expect(page.locator("table tbody tr[data-payout-id='" + second + "'] td").last()).hasText("Gagal");
      expect(page.locator("dl.facts")).containsText("Direkonsiliasi");
      expect(page.locator("dl.facts")).containsText("1 dibayar · 1 gagal");
      expect(page.getByLabel("Berkas hasil bank (CSV)")).hasCount(0);
      tab.screenshot("batch-reconciled");
      assertThat(status("/api/v1/payouts/" + first)).isEqualTo("PAID");
      assertThat(status("/api/v1/payouts/" + second)).isEqualTo("FAILED");
      assertThat(status("/api/v1/payout-batches/" + batchId)).isEqualTo("RECONCILED");

      link(page.locator("main"), "← Kembali ke daftar batch").click();
      Locator listed = page.locator("table tbody tr[data-batch-id='" + batchId + "']");
      expect(listed).containsText("Direkonsiliasi");
      expect(listed).containsText("1 dibayar · 1 gagal");
      expect(listed.locator(".money")).hasText("Rp10.000.000");
      tab.screenshot("batches");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }

  @Test
  void aWrongBankFileIsRefusedRowByRowAndNothingIsApplied() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    String[] made = santunan(fixtures, "Joko Susilo", "Rina Marlina");
    String payout = fixtures.approvedPayout(operator, approver, made[1], made[2], "Rina Marlina", 5_000_000L);
    var created = server.post("/api/v1/payout-batches", operator, new JsonObject().put("payoutIds", new JsonArray().add(payout)));
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    String batchId = created.bodyAsJsonObject().getString("id");
    String sent = created.bodyAsJsonObject().getJsonArray("items").getJsonObject(0).getString("reference") + ",5000000";
    String stranger = "NGP-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();

    try (Tab tab = signIn(browser.open(800, 1000), "rina.kasir", PASSWORD)) {
      expect(menu(tab.page)).isVisible();
      Page page = tab.page;
      page.navigate("/#/payouts/batches/" + batchId);
      expect(page.locator("table tbody tr[data-payout-id='" + payout + "']")).containsText("Rina Marlina");
      String bad = "transfer_reference,amount,status,bank_reference\n"
          + sent + ",PAID,BRI-1\n"
          + stranger + ",5000000,PAID,BRI-2\n"
          + ",5000000,PAID,BRI-3\n";
      page.getByLabel("Berkas hasil bank (CSV)").setInputFiles(
          new FilePayload("hasil-salah.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)));
      button(page.locator("main"), "Terapkan hasil bank").click();
      Locator refusal = page.locator(".rejected-rows");
      expect(refusal).containsText("Berkas ditolak. Tidak ada yang diterapkan");
      expect(refusal).isFocused();
      expect(refusal.locator("li")).hasCount(2);
      expect(refusal.locator("li").nth(0)).containsText(
          "Baris 3 (transfer_reference): Tidak ada transfer dalam batch ini dengan referensi ini.");
      expect(refusal.locator("li").nth(0)).containsText(stranger + ",5000000,PAID,BRI-2");
      expect(refusal.locator("li").nth(1)).containsText("Baris 4 (transfer_reference): Referensi transfer dari berkas transfer wajib diisi.");
      expect(refusal.locator("li").nth(1)).containsText(",5000000,PAID,BRI-3");
      assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
          .as("no horizontal scrolling at 800 px").isTrue();
      tab.screenshot("batch-reconcile-rejected");
      // Nothing was applied, not even the good first row.
      assertThat(status("/api/v1/payouts/" + payout)).isEqualTo("APPROVED");
      assertThat(status("/api/v1/payout-batches/" + batchId)).isEqualTo("OPEN");
      expect(page.locator("dl.facts")).containsText("Menunggu hasil bank");
      assertCleanConsole(tab, NO_SESSION_YET, httpStatus(422, "/reconcile"));
    }
  }

  @Test
  void theWorkersPageListsTheWorkersClaims() {
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    String worker = fixtures.worker(adminToken, "Sri Wahyuni", LocalDate.of(1972, 3, 14), "F", ConsoleFixtures.KELURAHAN_SAMAAN);
    fixtures.activeMembership(worker, LocalDate.now().minusYears(3));
    String claim = fixtures.filedDeathClaim(operator, worker).getString("id");
    String other = fixtures.worker(adminToken, "Agus Salim", LocalDate.of(1975, 5, 5), "M", ConsoleFixtures.KELURAHAN_SAMAAN);

    try (Tab tab = signedIn("bayu.operator", PASSWORD)) {
      Page page = tab.page;
      // The claims queue names the worker instead of an id.
      menu(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Klaim")).click();
      Locator queued = page.locator("table tbody tr[data-claim-id='" + claim + "']");
      expect(queued).containsText("Sri Wahyuni");

      page.navigate("/#/workers/" + worker);
      expect(heading(page)).hasText("Sri Wahyuni");
      Locator card = page.locator("section.worker-claims");
      expect(card.getByRole(AriaRole.HEADING)).hasText("Klaim pekerja ini");
      Locator row = card.locator("tbody tr[data-claim-id='" + claim + "']");
      expect(row).containsText("JKM – kematian");
      expect(row).containsText("Diajukan");
      expect(row).containsText("Layak");
      expect(card.locator("tbody tr")).hasCount(1);
      tab.screenshot("worker-claims");
      link(row, "JKM – kematian").click();
      expect(heading(page)).hasText("JKM – kematian · Sri Wahyuni");

      page.navigate("/#/workers/" + other);
      expect(heading(page)).hasText("Agus Salim");
      expect(page.locator("section.worker-claims tbody")).hasText("Belum ada klaim untuk pekerja ini.");
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }
}
