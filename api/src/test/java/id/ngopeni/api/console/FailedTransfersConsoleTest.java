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
import org.junit.jupiter.api.Test;

/**
 * What an office does when the bank refuses transfers: one is given up (cancelled, with a reason,
 * freeing its share for a new payout), the other is tried again — back to the approver, and into
 * the next batch only once approved anew.
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
    String operator = userToken("dewi.operator", PASSWORD, "OPERATOR");
    String approver = userToken("hadi.penyetuju", PASSWORD, "APPROVER");
    String cashier = userToken("sari.kasir", PASSWORD, "OPERATOR");
    ConsoleFixtures fixtures = new ConsoleFixtures(server);
    String worker = fixtures.member(adminToken, "Bambang Pamungkas", LocalDate.of(1964, 2, 2), "M", ConsoleFixtures.KELURAHAN_KLOJEN);
    String heir = fixtures.spouse(adminToken, worker, "Sri Rejeki");
    String entitlement = fixtures.santunan(operator, worker);
    String[] payouts = new String[2];
    for (int i = 0; i < 2; i++) {
      payouts[i] = fixtures.approvedPayout(operator, approver, entitlement, heir, "Sri Rejeki", 5_000_000L);
    }
    var batch = server.post("/api/v1/payout-batches", operator,
        new JsonObject().put("payoutIds", new JsonArray().add(payouts[0]).add(payouts[1])));
    assertThat(batch.statusCode()).as(batch.bodyAsString()).isEqualTo(201);
    String firstBatch = batch.bodyAsJsonObject().getString("id");
    StringBuilder answer = new StringBuilder("transfer_reference,amount,status,bank_reference\n");
    batch.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast)
        .forEach(i -> answer.append(i.getString("reference")).append(',').append(i.getLong("amount")).append(",FAILED,\n"));
    // Another operator records the bank's answer (the maker may not).
    var answered = server.http.post("/api/v1/payout-batches/" + firstBatch + "/reconcile")
        .putHeader("Authorization", "Bearer " + cashier).putHeader("Content-Type", "text/csv")
        .sendBuffer(Buffer.buffer(answer.toString())).await();
    assertThat(answered.statusCode()).as(answered.bodyAsString()).isEqualTo(200);
    String closed = payouts[0];
    String retried = payouts[1];

    try (Tab tab = signedIn("dewi.operator", PASSWORD)) {
      Page page = PayoutsConsoleTest.openPayouts(tab);
      button(page.locator(".status-tabs"), "Gagal").click();
      expect(PayoutsConsoleTest.row(page, closed)).containsText("Sri Rejeki");
      button(PayoutsConsoleTest.row(page, closed), "Batalkan Rp5.000.000 untuk Sri Rejeki").click();
      Locator dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog.getByRole(AriaRole.HEADING)).hasText("Batalkan transfer yang gagal?");
      dialog.getByLabel("Alasan pembatalan").fill("Rekening sudah ditutup; ahli waris membuka rekening baru.");
      tab.screenshot("payout-cancel-confirm");
      button(dialog, "Batalkan").click();
      expect(dialog).isHidden();
      expect(page.getByRole(AriaRole.STATUS)).hasText("Pembayaran Rp5.000.000 untuk Sri Rejeki telah dibatalkan.");
      assertThat(get("/api/v1/payouts/" + closed).getString("status")).isEqualTo("CANCELLED");
      expect(PayoutsConsoleTest.row(page, closed)).hasCount(0);

      // The other is tried again: back to the approver first.
      expect(PayoutsConsoleTest.row(page, retried)).containsText("Sri Rejeki");
      button(PayoutsConsoleTest.row(page, retried), "Coba lagi Rp5.000.000 untuk Sri Rejeki").click();
      dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog.getByRole(AriaRole.HEADING)).hasText("Coba lagi transfer yang gagal?");
      tab.screenshot("payout-retry-confirm");
      button(dialog, "Coba lagi").click();
      expect(dialog).isHidden();
      expect(page.getByRole(AriaRole.STATUS)).hasText("Pembayaran Rp5.000.000 untuk Sri Rejeki menunggu persetujuan lagi.");
      assertThat(get("/api/v1/payouts/" + retried).getString("status")).isEqualTo("PENDING_APPROVAL");

      // Not in a batch until approved anew by somebody else.
      page.navigate("/#/payouts/batches");
      button(page.locator("main"), "Buat batch").click();
      dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog).containsText("Tidak ada pembayaran disetujui yang menunggu batch.");
      page.keyboard().press("Escape");
      expect(dialog).isHidden();
      var approved = server.post("/api/v1/payouts/" + retried + "/approve", approver, null);
      assertThat(approved.statusCode()).as(approved.bodyAsString()).isEqualTo(200);

      button(page.locator("main"), "Buat batch").click();
      dialog = page.getByRole(AriaRole.DIALOG);
      expect(dialog).containsText("1 pembayaran yang disetujui menunggu batch, total Rp5.000.000.");
      expect(dialog.locator("tr[data-payout-id='" + retried + "']")).containsText("Sri Rejeki");
      tab.screenshot("batch-retry");
      button(dialog, "Buat batch").click();
      expect(dialog).isHidden();
      expect(page.getByRole(AriaRole.STATUS)).containsText("Batch dibuat: 1 transfer, total Rp5.000.000.");
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
