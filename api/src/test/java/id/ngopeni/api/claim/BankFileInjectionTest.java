package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13.2: a CR/LF inside an account holder's name made a second transfer record appear to
 * any line-based bank importer. The API refuses it on input; the transfer file refuses to write
 * one that reached the database some other way.
 */
class BankFileInjectionTest {
  private static final String INJECTED = "Siti Aminah\r\n019c0000-0000-7000-8000-000000000001,002,012301000999305,Eve,1,NGP-X";
  @RegisterExtension static final ClaimsApi api = new ClaimsApi("bank-file-injection");

  @Test
  void aLineBreakInTheAccountNameIsAFieldErrorAndNoPayoutIsMade() {
    ClaimsApi.Worker worker = api.deceasedWorker();
    String entitlementId = api.santunan(worker).getString("id");
    for (String name : new String[] {INJECTED, "Siti\nAminah", "Siti\rAminah", "Siti\u0000"}) {
      var refused = api.post("/api/v1/santunan-entitlements/" + entitlementId + "/payouts", api.operator, payout(worker.spouse(), name));
      assertThat(refused.statusCode()).as(refused.bodyAsString()).isEqualTo(422);
      assertThat(fieldErrors(refused.bodyAsJsonObject())).containsExactly("accountName:control_characters");
    }
    var comma = api.post("/api/v1/santunan-entitlements/" + entitlementId + "/payouts", api.operator, payout(worker.spouse(), "Siti, Aminah"));
    assertThat(comma.statusCode()).as(comma.bodyAsString()).isEqualTo(422);
    assertThat(fieldErrors(comma.bodyAsJsonObject())).containsExactly("accountName:account_name_characters");
    assertThat(api.registry.count("SELECT count(*) FROM payout WHERE santunan_entitlement_id = $1", UUID.fromString(entitlementId))).isZero();
  }

  @Test
  void theTransferFileRefusesALineBreakWrittenStraightIntoTheDatabase() {
    ClaimsApi.Worker worker = api.deceasedWorker("Sugeng Rahayu");
    String entitlementId = api.santunan(worker).getString("id");
    String payout = api.pendingPayout(entitlementId, worker.spouse(), 1_000_000L);
    assertThat(api.post("/api/v1/payouts/" + payout + "/approve", api.approver, null).statusCode()).isEqualTo(200);
    api.registry.execute("UPDATE payout SET account_name = $1 WHERE id = $2", INJECTED, UUID.fromString(payout));
    var batch = api.post("/api/v1/payout-batches", api.operator, new JsonObject().put("payoutIds", new JsonArray().add(payout)));
    assertThat(batch.statusCode()).as(batch.bodyAsString()).isEqualTo(201);

    var file = api.get("/api/v1/payout-batches/" + batch.bodyAsJsonObject().getString("id") + "/disbursement.csv", api.operator);

    assertThat(file.statusCode()).as(file.bodyAsString()).isEqualTo(409);
    assertThat(file.getHeader("Content-Type")).isEqualTo("application/problem+json");
    assertThat(file.getHeader("Content-Disposition")).isNull();
    assertThat(file.bodyAsJsonObject().getString("code")).isEqualTo("unsafe_file_value");
    assertThat(file.bodyAsString()).doesNotContain("Eve").doesNotContain("012301000999305");
  }

  private static JsonObject payout(UUID heir, String accountName) {
    return new JsonObject().put("heirId", heir.toString()).put("bankCode", "002")
        .put("accountNumber", "0123-01-000123-30-5").put("accountName", accountName).put("amount", 1_000_000L);
  }

  private static java.util.List<String> fieldErrors(JsonObject problem) {
    return problem.getJsonArray("errors").stream()
        .map(e -> ((JsonObject) e).getString("field") + ":" + ((JsonObject) e).getString("code")).toList();
  }
}
