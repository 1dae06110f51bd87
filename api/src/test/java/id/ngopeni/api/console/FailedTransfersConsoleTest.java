package id.ngopeni.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ngopeni.api.console.ConsoleBrowser.Tab;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an office does when the bank refuses transfers: one is given up (cancelled, with a reason,
 * freeing its share for a new payout), the other goes into the next batch when ticked for another
 * try — and only then.
 */
class FailedTransfersConsoleTest extends BrowserTest {
  static final String PASSWORD = "Tahu-Campur-Lamongan-2025";

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  private static JsonObject get(String path) {
    var response = server.get(path, adminToken);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject();
  }

  @Test
  void aRefusedTransferIsCancelledOrTriedAgainInTheNextBatch() {
    server.createUser(adminToken, "dewi.operator", PASSWORD, "OPERATOR", List.of());
    server.createUser(adminToken, "hadi.penyetuju", PASSWORD, "APPROVER", List.of());
    String operator = server.login("dewi.operator", PASSWORD).getString("accessToken");
    String approver = server.login("hadi.penyetuju", PASSWORD).getString("accessToken");
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    String worker = fixtures.worker(adminToken, "Bambang Pamungkas", LocalDate.of(1964, 2, 2), "M", ConsoleFixtures.KELURAHAN_KLOJEN);
    fixtures.activeMembership(worker, LocalDate.now().minusYears(2));
    String heir = fixtures.spouse(adminToken, worker, "Sri Rejeki");
    String claim = fixtures.verifiedDeathClaim(operator, worker);
    String[] payouts = new String[2];
    for (int i = 0; i < 2; i++) {
      payouts[i] = fixtures.approvedPayout(operator, approver, claim, heir, "Sri Rejeki", 10_000_000L);
    }
    var batch = server.post("/api/v1/payout-batches", operator,
        new JsonObject().put("payoutIds", new JsonArray().add(payouts[0]).add(payouts[1])));
    assertThat(batch.statusCode()).as(batch.bodyAsString()).isEqualTo(201);
    String firstBatch = batch.bodyAsJsonObject().getString("id");
    var answered = server.http.post("/api/v1/payout-batches/" + firstBatch + "/reconcile")
        .putHeader("Authorization", "Bearer " + operator).putHeader("Content-Type", "text/csv")
        .sendBuffer(Buffer.buffer("payout_id,status,bank_reference\n" + payouts[0] + ",FAILED,\n" + payouts[1] + ",FAILED,\n"))
        .await();
    assertThat(answered.statusCode()).as(answered.bodyAsString()).isEqualTo(200);
    String closed = payouts[0];
    String retried = payouts[1];

    try (Tab tab = signedIn("dewi.operator", PASSWORD)) {
      Page page = PayoutsConsoleTest.openPayouts(tab);
      button(page.locator(".status-tabs"), "Gagal").click();
      expect(PayoutsConsoleTest.row(page, closed)).containsText("Sri Rejeki");
      button(PayoutsConsoleTest.row(page, closed), "Batalkan Rp10.000.000 untuk Sri Rejeki").click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog.getByRole(AriaRole.HEADING)).hasText("Batalkan transfer yang gagal?");
      dialog.getByLabel("Alasan pembatalan").fill("Rekening sudah ditutup; ahli waris membuka rekening baru.");
      tab.screenshot("payout-cancel-confirm");
      button(dialog, "Batalkan").click();
      expect(dialog).isHidden();
      expect(page.getByRole(AriaRole.STATUS)).hasText("Pembayaran Rp10.000.000 untuk Sri Rejeki telah dibatalkan.");
      assertThat(get("/api/v1/payouts/" + closed).getString("status")).isEqualTo("CANCELLED");
      expect(PayoutsConsoleTest.row(page, closed)).hasCount(0);

      page.navigate("/#/payouts/batches");
      button(page.locator("main"), "Buat batch").click();
      dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog).containsText("Tidak ada pembayaran disetujui yang menunggu batch.");
      expect(dialog).containsText("1 transfer ditolak bank.");
      Locator again = dialog.getByLabel("Coba lagi Rp10.000.000 untuk Sri Rejeki");
      expect(again).not().isChecked();
      // Nothing ticked: nothing is sent.
      button(dialog, "Buat batch").click();
      expect(dialog.locator(":scope form > .form-error")).hasText("Tidak ada pembayaran yang dipilih untuk batch ini.");
      again.check();
      expect(dialog.locator(":scope form > .form-error")).isHidden();
      tab.screenshot("batch-retry");
      button(dialog, "Buat batch").click();
      expect(dialog).isHidden();
      expect(page.getByRole(AriaRole.STATUS)).containsText("Batch dibuat: 1 transfer, total Rp10.000.000.");
      expect(page.locator("table tbody tr[data-payout-id='" + retried + "']")).containsText("Sri Rejeki");
      String secondBatch = page.evaluate("() => location.hash.split('/').pop()").toString();
      assertThat(secondBatch).isNotEqualTo(firstBatch);
      JsonObject payout = get("/api/v1/payouts/" + retried);
      assertThat(payout.getString("status")).isEqualTo("APPROVED");
      assertThat(payout.getString("batchId")).isEqualTo(secondBatch);
      assertCleanConsole(tab, NO_SESSION_YET);
    }
  }
}
