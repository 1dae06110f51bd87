package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The city's own santunan from the recorded death to PAID over HTTP, under four eyes, through the
 * bank file and its reconciliation, with the audit trail proving every step.
 */
class SantunanToPaidTest {
  @RegisterExtension static final ClaimsApi api = new ClaimsApi("santunan-to-paid");

  @Test
  void aSantunanGoesFromTheDeathToPaidInTwoTransfersOneOfWhichFailsFirst() {
    ClaimsApi.Worker worker = api.deceasedWorker();
    String programme = api.programme();

    // The death is recorded: one entitlement under the programme in force, Rp10.000.000 to the heirs.
    var recorded = api.recordEvent(api.operator, worker.id(), "DEATH");
    assertThat(recorded.statusCode()).as(recorded.bodyAsString()).isEqualTo(201);
    JsonObject entitlement = recorded.bodyAsJsonObject().getJsonArray("entitlements").getJsonObject(0);
    assertThat(entitlement.getString("programmeId")).isEqualTo(programme);
    assertThat(entitlement.getLong("amount")).isEqualTo(ClaimsApi.SANTUNAN_DEATH);
    assertThat(entitlement.getString("beneficiary")).isEqualTo("HEIR");
    String entitlementId = entitlement.getString("id");
    String eventId = recorded.bodyAsJsonObject().getString("eventId");

    // Two payouts to the spouse: 6 million, then what is left by default.
    String first = api.pendingPayout(entitlementId, worker.spouse(), 6_000_000L);
    var rest = api.createPayout(api.operator, entitlementId, worker.spouse(), null);
    assertThat(rest.statusCode()).as(rest.bodyAsString()).isEqualTo(201);
    assertThat(rest.bodyAsJsonObject().getLong("amount")).isEqualTo(4_000_000L);
    assertThat(rest.bodyAsJsonObject().getString("entitlementId")).isEqualTo(entitlementId);
    assertThat(rest.bodyAsJsonObject().getString("claimId")).isNull();
    assertThat(rest.bodyAsJsonObject().getString("status")).isEqualTo("PENDING_APPROVAL");
    assertThat(rest.bodyAsJsonObject().getString("createdBy")).isEqualTo(api.operatorId);
    String second = rest.bodyAsJsonObject().getString("id");
    // Four eyes: the maker never approves, whatever role they hold.
    var self = api.post("/api/v1/payouts/" + first + "/approve", api.operator, null);
    assertThat(self.statusCode()).isEqualTo(403);
    assertThat(ClaimsApi.code(self)).isEqualTo("self_approval_forbidden");
    assertThat(api.post("/api/v1/payouts/" + first + "/approve", api.approver, null).statusCode()).isEqualTo(200);
    assertThat(api.post("/api/v1/payouts/" + second + "/approve", api.approver, null).statusCode()).isEqualTo(200);

    var batch = api.post("/api/v1/payout-batches", api.operator, new JsonObject().put("payoutIds", new JsonArray().add(first).add(second)));
    assertThat(batch.statusCode()).as(batch.bodyAsString()).isEqualTo(201);
    String batchId = batch.bodyAsJsonObject().getString("id");
    assertThat(batch.bodyAsJsonObject().getLong("total")).isEqualTo(ClaimsApi.SANTUNAN_DEATH);
    // A payout is in at most one open batch.
    var again = api.post("/api/v1/payout-batches", api.operator, new JsonObject().put("payoutIds", new JsonArray().add(first)));
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(again.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("payoutIds[0]");

    var file = api.get("/api/v1/payout-batches/" + batchId + "/disbursement.csv", api.operator);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.getHeader("Content-Type")).startsWith("text/csv");
    String[] lines = file.bodyAsString().split("\r\n");
    assertThat(lines[0]).isEqualTo("payout_id,bank_code,account_number,account_name,amount,reference");
    assertThat(lines).hasSize(3);
    assertThat(file.bodyAsString()).contains(first + ",002,012301000123305,Siti Aminah,6000000,NGP-");

    // The bank pays the first and fails the second: the santunan is not fully paid yet.
    String answer = "transfer_reference,amount,status,bank_reference\n" + api.transfer(batchId, first) + ",PAID,BRI-778812\n"
        + api.transfer(batchId, second) + ",FAILED,\n";
    // Four eyes on the bank's answer: the maker of the batch and its payouts may not record it.
    var byMaker = api.postCsv("/api/v1/payout-batches/" + batchId + "/reconcile", api.operator, answer);
    assertThat(byMaker.statusCode()).as(byMaker.bodyAsString()).isEqualTo(403);
    assertThat(ClaimsApi.code(byMaker)).isEqualTo("reconciler_is_maker");
    var partly = api.postCsv("/api/v1/payout-batches/" + batchId + "/reconcile", api.reconciler, answer);
    assertThat(partly.statusCode()).as(partly.bodyAsString()).isEqualTo(200);
    assertThat(partly.bodyAsJsonObject().getString("status")).isEqualTo("RECONCILED");
    assertThat(paidOf(entitlementId)).isEqualTo(6_000_000L);
    assertThat(api.get("/api/v1/payouts/" + second, api.operator).bodyAsJsonObject().getString("status")).isEqualTo("FAILED");

    // The failed transfer is tried again: back to approval, approved anew, batched and paid: now all of it is paid.
    var sentBack = api.post("/api/v1/payouts/" + second + "/retry", api.operator, null);
    assertThat(sentBack.statusCode()).as(sentBack.bodyAsString()).isEqualTo(200);
    assertThat(sentBack.bodyAsJsonObject().getString("status")).isEqualTo("PENDING_APPROVAL");
    assertThat(api.post("/api/v1/payouts/" + second + "/approve", api.approver, null).statusCode()).isEqualTo(200);
    var retry = api.post("/api/v1/payout-batches", api.operator, new JsonObject().put("payoutIds", new JsonArray().add(second)));
    assertThat(retry.statusCode()).as(retry.bodyAsString()).isEqualTo(201);
    String retryBatch = retry.bodyAsJsonObject().getString("id");
    var paid = api.postCsv("/api/v1/payout-batches/" + retryBatch + "/reconcile", api.reconciler,
        "transfer_reference,amount,status,bank_reference\r\n" + api.transfer(retryBatch, second) + ",PAID,BRI-778990\r\n");
    assertThat(paid.statusCode()).as(paid.bodyAsString()).isEqualTo(200);
    assertThat(paidOf(entitlementId)).isEqualTo(ClaimsApi.SANTUNAN_DEATH);
    assertThat(api.get("/api/v1/payouts/" + second, api.operator).bodyAsJsonObject().getString("bankReference"))
        .isEqualTo("BRI-778990");

    // The audit trail proves who did what, and the chain is intact.
    assertThat(api.auditActions("santunan_event", eventId)).containsExactly("santunan_event.recorded");
    assertThat(api.auditActions("payout", first)).containsExactly("payout.created", "payout.approved", "payout.batched", "payout.paid");
    assertThat(api.auditActions("payout", second))
        .containsExactly("payout.created", "payout.approved", "payout.batched", "payout.failed", "payout.retried",
            "payout.approved", "payout.batched", "payout.paid");
    assertThat(api.auditActions("payout_batch", batchId)).containsExactly("batch.created", "batch.reconciled");
    var chain = api.get("/api/v1/audit/verify", api.auditor).bodyAsJsonObject();
    assertThat(chain.getBoolean("valid")).isTrue();
  }

  @Test
  void aReconciliationWithBadRowsAppliesNothingAndNamesEveryBadRow() {
    ClaimsApi.Worker worker = api.deceasedWorker();
    String entitlementId = api.santunan(worker).getString("id");
    String inBatch = api.pendingPayout(entitlementId, worker.spouse(), 6_000_000L);
    String outside = api.pendingPayout(entitlementId, worker.spouse(), 1_000_000L);
    api.post("/api/v1/payouts/" + inBatch + "/approve", api.approver, null);
    var batch = api.post("/api/v1/payout-batches", api.operator, new JsonObject().put("payoutIds", new JsonArray().add(inBatch)));
    String batchId = batch.bodyAsJsonObject().getString("id");

    String sent = api.transfer(batchId, inBatch);
    String reference = sent.split(",")[0];
    String csv = "payout_id,transfer_reference,amount,status,bank_reference\n"
        + inBatch + "," + sent + ",PAID,REF-1\n"                      // fine on its own
        + ",NGP-0000000000000000,20000000,PAID,REF-2\n"              // no such transfer in this batch
        + outside + "," + sent + ",PAID,REF-3\n"                      // another payout's id (and a duplicate)
        + inBatch.substring(0, 8) + "," + sent + ",PAID,REF-5\n"      // not an id (and a duplicate)
        + inBatch + "," + sent + ",SETTLED,REF-6\n"                   // bad status (and a duplicate)
        + "," + reference + ",20000001,PAID,REF-7\n";                 // a duplicate with another amount
    var refused = api.postCsv("/api/v1/payout-batches/" + batchId + "/reconcile", api.reconciler, csv);
    assertThat(refused.statusCode()).as(refused.bodyAsString()).isEqualTo(422);
    assertThat(ClaimsApi.code(refused)).isEqualTo("reconciliation_rejected");
    List<String> errors = refused.bodyAsJsonObject().getJsonArray("errors").stream()
        .map(e -> ((JsonObject) e).getString("field") + ":" + ((JsonObject) e).getString("code")).toList();
    assertThat(errors).containsExactlyInAnyOrder(
        "rows[1].transfer_reference:transfer_reference_unknown",
        "rows[2].transfer_reference:payout_duplicate",
        "rows[3].payout_id:payout_id_invalid",
        "rows[3].transfer_reference:payout_duplicate",
        "rows[4].status:status_invalid",
        "rows[4].transfer_reference:payout_duplicate",
        "rows[5].transfer_reference:payout_duplicate");

    // Nothing was applied: not even the good first row.
    assertThat(api.get("/api/v1/payouts/" + inBatch, api.operator).bodyAsJsonObject().getString("status")).isEqualTo("APPROVED");
    assertThat(api.get("/api/v1/payout-batches/" + batchId, api.operator).bodyAsJsonObject().getString("status")).isEqualTo("OPEN");
    assertThat(api.auditActions("payout_batch", batchId)).containsExactly("batch.created");

    // A wrong header is refused too; a correct file then applies.
    assertThat(api.postCsv("/api/v1/payout-batches/" + batchId + "/reconcile", api.reconciler, "id,state\n").statusCode())
        .isEqualTo(422);
    // The old id-only format is refused: a row is matched by reference and amount, never by an id alone.
    var idOnly = api.postCsv("/api/v1/payout-batches/" + batchId + "/reconcile", api.reconciler,
        "payout_id,status,bank_reference\n" + inBatch + ",PAID,REF-1\n");
    assertThat(idOnly.statusCode()).isEqualTo(422);
    assertThat(idOnly.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("header");
    var applied = api.postCsv("/api/v1/payout-batches/" + batchId + "/reconcile", api.reconciler,
        "transfer_reference,amount,status,bank_reference\n" + sent + ",PAID,REF-1\n");
    assertThat(applied.statusCode()).as(applied.bodyAsString()).isEqualTo(200);
    // Reconciling a closed batch again is a conflict.
    assertThat(api.postCsv("/api/v1/payout-batches/" + batchId + "/reconcile", api.reconciler,
        "transfer_reference,amount,status,bank_reference\n" + sent + ",PAID,REF-1\n").statusCode()).isEqualTo(409);
    // Only part of the santunan is paid.
    assertThat(paidOf(entitlementId)).isEqualTo(6_000_000L);
  }

  @Test
  void aFailedTransferThatIsCancelledFreesItsShareForANewPayout() {
    ClaimsApi.Worker worker = api.deceasedWorker();
    String entitlementId = api.santunan(worker).getString("id");
    String payout = api.pendingPayout(entitlementId, worker.spouse(), null);
    assertThat(api.post("/api/v1/payouts/" + payout + "/approve", api.approver, null).statusCode()).isEqualTo(200);
    // Not failed yet: nothing to cancel.
    var early = api.post("/api/v1/payouts/" + payout + "/cancel", api.operator, new JsonObject().put("reason", "Rekening ditutup"));
    assertThat(early.statusCode()).isEqualTo(409);
    String batchId = api.post("/api/v1/payout-batches", api.operator, null).bodyAsJsonObject().getString("id");
    var failed = api.postCsv("/api/v1/payout-batches/" + batchId + "/reconcile", api.reconciler,
        "transfer_reference,amount,status,bank_reference\n" + api.transfer(batchId, payout) + ",FAILED,REKENING TUTUP\n");
    assertThat(failed.statusCode()).as(failed.bodyAsString()).isEqualTo(200);
    // A failed payout still holds its share until it is cancelled.
    assertThat(ClaimsApi.code(api.createPayout(api.operator, entitlementId, worker.spouse(), null))).isEqualTo("entitlement_exhausted");
    var cancelled = api.post("/api/v1/payouts/" + payout + "/cancel", api.operator, new JsonObject().put("reason", "Rekening ditutup"));
    assertThat(cancelled.statusCode()).as(cancelled.bodyAsString()).isEqualTo(200);
    assertThat(cancelled.bodyAsJsonObject().getString("status")).isEqualTo("CANCELLED");
    assertThat(api.createPayout(api.operator, entitlementId, worker.spouse(), null).statusCode()).isEqualTo(201);
    assertThat(api.auditActions("payout", payout))
        .containsExactly("payout.created", "payout.approved", "payout.batched", "payout.failed", "payout.cancelled");
  }

  private static long paidOf(String entitlementId) {
    var e = api.get("/api/v1/santunan-entitlements/" + entitlementId, api.auditor);
    assertThat(e.statusCode()).as(e.bodyAsString()).isEqualTo(200);
    return e.bodyAsJsonObject().getLong("paid");
  }
}
