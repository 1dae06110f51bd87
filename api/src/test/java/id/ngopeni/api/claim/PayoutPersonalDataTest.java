package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.privacy.Masks;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17 on payouts: where the money goes is personal data. Lists, a payout's view and a
 * batch's view show the account number masked, and each is on record in the access log; the
 * number in full only by a reveal for the purpose PAYOUT, by a role that pays, recorded with that
 * purpose; the bank's transfer file (full numbers) only to the OPERATOR, recorded as an export.
 */
class PayoutPersonalDataTest {
  @RegisterExtension static final ClaimsApi api = new ClaimsApi("payout-personal-data");
  private static final String ACCOUNT = "012301000123305";

  @Test
  void accountNumbersAreMaskedUntilRevealedForPayoutAndEveryReadIsOnRecord() {
    ClaimsApi.Worker worker = api.deceasedWorker();
    api.programme();
    var recorded = api.recordEvent(api.operator, worker.id(), "DEATH");
    assertThat(recorded.statusCode()).as(recorded.bodyAsString()).isEqualTo(201);
    String entitlementId = recorded.bodyAsJsonObject().getJsonArray("entitlements").getJsonObject(0).getString("id");
    String payout = api.pendingPayout(entitlementId, worker.spouse(), 6_000_000L);
    String masked = Masks.accountNumber(ACCOUNT);

    // Masked in a payout's view and in a list; each read recorded (names in full, the account not).
    JsonObject one = api.get("/api/v1/payouts/" + payout, api.auditor).bodyAsJsonObject();
    assertThat(one.getString("accountNumber")).isEqualTo(masked).endsWith("3305");
    String page = api.get("/api/v1/payouts?status=PENDING_APPROVAL", api.admin).bodyAsString();
    assertThat(page).contains(masked).doesNotContain(ACCOUNT);
    assertThat(reads(worker.id(), "DETAIL")).singleElement().satisfies(r -> {
      assertThat(r.getString("username")).isEqualTo("auditor");
      assertThat(r.getJsonArray("fields").getList()).containsExactlyInAnyOrder("name", "heir_name");
    });
    assertThat(reads(worker.id(), "SEARCH")).singleElement().satisfies(r -> assertThat(r.getString("username")).isEqualTo("admin"));

    // In full only for PAYOUT, to the roles that pay; a refused reveal reads nothing.
    String reveal = "/api/v1/payouts/" + payout + "/reveal";
    assertThat(ClaimsApi.code(api.post(reveal, api.approver, new JsonObject().put("purpose", "VERIFICATION"))))
        .isEqualTo("reveal_not_allowed");
    assertThat(ClaimsApi.code(api.post(reveal, api.operator, new JsonObject().put("purpose", "CORRECTION"))))
        .isEqualTo("reveal_not_allowed");
    assertThat(api.post(reveal, api.admin, new JsonObject().put("purpose", "PAYOUT")).statusCode()).isEqualTo(403);
    assertThat(api.post(reveal, api.auditor, new JsonObject().put("purpose", "PAYOUT")).statusCode()).isEqualTo(403);
    var noPurpose = api.post(reveal, api.approver, new JsonObject());
    assertThat(noPurpose.statusCode()).isEqualTo(422);
    assertThat(noPurpose.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("purpose_required");
    assertThat(reads(worker.id(), "REVEAL")).isEmpty();
    var shown = api.post(reveal, api.approver, new JsonObject().put("purpose", "PAYOUT"));
    assertThat(shown.statusCode()).as(shown.bodyAsString()).isEqualTo(200);
    assertThat(shown.bodyAsJsonObject().getString("accountNumber")).isEqualTo(ACCOUNT);
    assertThat(shown.bodyAsJsonObject().getString("purpose")).isEqualTo("PAYOUT");
    assertThat(reads(worker.id(), "REVEAL")).singleElement().satisfies(r -> {
      assertThat(r.getString("username")).isEqualTo("approver");
      assertThat(r.getString("purpose")).isEqualTo("PAYOUT");
      assertThat(r.getJsonArray("fields").getList()).contains("bank_account");
      assertThat(r.getJsonObject("detail").getString("payoutId")).isEqualTo(payout);
    });

    // A batch's view masks its transfers and is recorded; its bank file is the operator's alone.
    assertThat(api.post("/api/v1/payouts/" + payout + "/approve", api.approver, null).statusCode()).isEqualTo(200);
    var batch = api.post("/api/v1/payout-batches", api.operator, new JsonObject().put("payoutIds", new JsonArray().add(payout)));
    assertThat(batch.statusCode()).as(batch.bodyAsString()).isEqualTo(201);
    String batchId = batch.bodyAsJsonObject().getString("id");
    assertThat(batch.bodyAsString()).doesNotContain(ACCOUNT);
    String view = api.get("/api/v1/payout-batches/" + batchId, api.approver).bodyAsString();
    assertThat(view).contains(masked).doesNotContain(ACCOUNT);
    assertThat(reads(worker.id(), "SEARCH")).hasSize(2);
    String file = "/api/v1/payout-batches/" + batchId + "/disbursement.csv";
    for (String other : List.of(api.admin, api.approver, api.auditor)) {
      assertThat(api.get(file, other).statusCode()).isEqualTo(403);
    }
    assertThat(reads(worker.id(), "EXPORT")).isEmpty();
    var taken = api.get(file, api.operator);
    assertThat(taken.statusCode()).isEqualTo(200);
    assertThat(taken.bodyAsString()).contains("," + ACCOUNT + ",");
    assertThat(reads(worker.id(), "EXPORT")).singleElement().satisfies(r -> {
      assertThat(r.getString("purpose")).isEqualTo("PAYOUT");
      assertThat(r.getJsonArray("fields").getList()).containsExactlyInAnyOrder("name", "heir_name", "bank_account");
      assertThat(r.getJsonObject("detail").getString("export")).isEqualTo("disbursement-" + batchId + ".csv");
      assertThat(r.getJsonObject("detail").getBoolean("full")).isTrue();
    });
  }

  /** The access log's records of one kind naming the worker, newest first. */
  private static List<JsonObject> reads(java.util.UUID workerId, String kind) {
    var log = api.get("/api/v1/access-log?personId=" + workerId, api.auditor);
    assertThat(log.statusCode()).as(log.bodyAsString()).isEqualTo(200);
    return log.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(o -> o.getString("kind").equals(kind)).toList();
  }
}
