package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13.7, "one operator controls the bank's answer": the maker could upload the bank's
 * result file, mark a transfer FAILED and batch it again to PAID with no approver, and a row
 * was matched by the payout id alone. Each test failed on the code before the fix.
 */
class BankAnswerFourEyesTest {
  private static final String HEADER = "transfer_reference,amount,status,bank_reference\n";
  @RegisterExtension static final ClaimsApi api = new ClaimsApi("bank-answer");

  /** A payout to the spouse of a new deceased worker, from their santunan, made by api.operator and approved. */
  private static String approvedPayout(String deceased, long amount) {
    ClaimsApi.Worker worker = api.deceasedWorker(deceased);
    String entitlementId = api.santunan(worker).getString("id");
    String payout = api.pendingPayout(entitlementId, worker.spouse(), amount);
    var approved = api.post("/api/v1/payouts/" + payout + "/approve", api.approver, null);
    assertThat(approved.statusCode()).as(approved.bodyAsString()).isEqualTo(200);
    return payout;
  }

  private static String batch(String token, String payout) {
    var batch = api.post("/api/v1/payout-batches", token, new JsonObject().put("payoutIds", new JsonArray().add(payout)));
    assertThat(batch.statusCode()).as(batch.bodyAsString()).isEqualTo(201);
    return batch.bodyAsJsonObject().getString("id");
  }

  private static String reconcilePath(String batchId) {
    return "/api/v1/payout-batches/" + batchId + "/reconcile";
  }

  @Test
  void neitherTheBatchsCreatorNorAPayoutsMakerMayRecordTheBanksAnswer() {
    // Made by api.operator, batched by api.reconciler: both are out.
    String payout = approvedPayout("Sutrisno", 5_000_000L);
    String batchId = batch(api.reconciler, payout);
    String answer = HEADER + api.transfer(batchId, payout) + ",PAID,BRI-1\n";

    var byMaker = api.postCsv(reconcilePath(batchId), api.operator, answer);
    assertThat(byMaker.statusCode()).as(byMaker.bodyAsString()).isEqualTo(403);
    assertThat(ClaimsApi.code(byMaker)).isEqualTo("reconciler_is_maker");
    var byCreator = api.postCsv(reconcilePath(batchId), api.reconciler, answer);
    assertThat(byCreator.statusCode()).as(byCreator.bodyAsString()).isEqualTo(403);
    assertThat(ClaimsApi.code(byCreator)).isEqualTo("reconciler_is_maker");
    assertThat(api.auditActions("payout_batch", batchId)).containsExactly("batch.created");

    api.server.createUser(api.admin, "third.operator", ClaimsApi.PASSWORD, "OPERATOR", java.util.List.of());
    var byThird = api.postCsv(reconcilePath(batchId), api.token("third.operator"), answer);
    assertThat(byThird.statusCode()).as(byThird.bodyAsString()).isEqualTo(200);
    assertThat(api.get("/api/v1/payouts/" + payout, api.auditor).bodyAsJsonObject().getString("status")).isEqualTo("PAID");
  }

  @Test
  void aFailedTransferReachesTheBankAgainOnlyAfterANewApprovalByAnotherUser() {
    String payout = approvedPayout("Sumarsono", 7_000_000L);
    String first = batch(api.operator, payout);
    var failed = api.postCsv(reconcilePath(first), api.reconciler, HEADER + api.transfer(first, payout) + ",FAILED,\n");
    assertThat(failed.statusCode()).as(failed.bodyAsString()).isEqualTo(200);

    // No FAILED → batch path: named or not, it stays out.
    var named = api.post("/api/v1/payout-batches", api.operator, new JsonObject().put("payoutIds", new JsonArray().add(payout)));
    assertThat(named.statusCode()).as(named.bodyAsString()).isEqualTo(422);
    assertThat(named.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("payout_not_batchable");
    // Only an operator sends it back, and then it waits for an approval like a new payout.
    assertThat(api.post("/api/v1/payouts/" + payout + "/retry", api.approver, null).statusCode()).isEqualTo(403);
    var retried = api.post("/api/v1/payouts/" + payout + "/retry", api.operator, null);
    assertThat(retried.statusCode()).as(retried.bodyAsString()).isEqualTo(200);
    assertThat(retried.bodyAsJsonObject().getString("status")).isEqualTo("PENDING_APPROVAL");
    assertThat(retried.bodyAsJsonObject().getString("batchId")).isNull();
    assertThat(retried.bodyAsJsonObject().getString("decidedBy")).isNull();
    assertThat(api.post("/api/v1/payouts/" + payout + "/retry", api.operator, null).statusCode()).isEqualTo(409);
    assertThat(api.post("/api/v1/payout-batches", api.operator, new JsonObject().put("payoutIds", new JsonArray().add(payout)))
        .statusCode()).isEqualTo(422);
    var self = api.post("/api/v1/payouts/" + payout + "/approve", api.operator, null);
    assertThat(ClaimsApi.code(self)).isEqualTo("self_approval_forbidden");

    assertThat(api.post("/api/v1/payouts/" + payout + "/approve", api.approver, null).statusCode()).isEqualTo(200);
    String second = batch(api.operator, payout);
    var paid = api.postCsv(reconcilePath(second), api.reconciler, HEADER + api.transfer(second, payout) + ",PAID,BRI-9\n");
    assertThat(paid.statusCode()).as(paid.bodyAsString()).isEqualTo(200);
    assertThat(api.auditActions("payout", payout)).containsExactly("payout.created", "payout.approved", "payout.batched",
        "payout.failed", "payout.retried", "payout.approved", "payout.batched", "payout.paid");
  }

  @Test
  void aRowIsMatchedByTransferReferenceAndAmountNeverByTheIdAlone() {
    String payout = approvedPayout("Sukarmi", 3_000_000L);
    String batchId = batch(api.operator, payout);
    String sent = api.transfer(batchId, payout);
    String reference = sent.split(",")[0];
    // The reference is random, not derived from the payout's id.
    assertThat(reference).matches("NGP-[0-9A-Z]{16}");
    assertThat(payout.replace("-", "").toUpperCase()).doesNotContain(reference.substring(4));
    var file = api.get("/api/v1/payout-batches/" + batchId + "/disbursement.csv", api.operator).bodyAsString();
    assertThat(file).contains("," + reference + "\r\n");

    String withId = "payout_id," + HEADER;
    var wrongAmount = api.postCsv(reconcilePath(batchId), api.reconciler,
        withId + payout + "," + reference + ",3000001,PAID,BRI-1\n");
    assertThat(wrongAmount.statusCode()).as(wrongAmount.bodyAsString()).isEqualTo(422);
    assertThat(wrongAmount.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("amount_mismatch");
    String other = reference.substring(0, 19) + (reference.endsWith("X") ? "Y" : "X");
    var wrongReference = api.postCsv(reconcilePath(batchId), api.reconciler,
        withId + payout + "," + other + ",3000000,PAID,BRI-1\n");
    assertThat(wrongReference.statusCode()).as(wrongReference.bodyAsString()).isEqualTo(422);
    assertThat(wrongReference.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("code"))
        .isEqualTo("transfer_reference_unknown");
    var idOnly = api.postCsv(reconcilePath(batchId), api.reconciler, "payout_id,status,bank_reference\n" + payout + ",PAID,BRI-1\n");
    assertThat(idOnly.statusCode()).isEqualTo(422);
    assertThat(api.get("/api/v1/payouts/" + payout, api.auditor).bodyAsJsonObject().getString("status")).isEqualTo("APPROVED");

    var right = api.postCsv(reconcilePath(batchId), api.reconciler, withId + payout + "," + sent + ",PAID,BRI-1\n");
    assertThat(right.statusCode()).as(right.bodyAsString()).isEqualTo(200);
    assertThat(api.get("/api/v1/payouts/" + payout, api.auditor).bodyAsJsonObject().getString("status")).isEqualTo("PAID");
  }
}
