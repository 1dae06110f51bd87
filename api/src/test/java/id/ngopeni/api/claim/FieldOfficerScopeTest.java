package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A field officer files and sees claims of workers in their kelurahan only; anything else
 * answers exactly like something that does not exist. Other roles' reach is checked too.
 */
class FieldOfficerScopeTest {
  @RegisterExtension static final ClaimsApi api = new ClaimsApi("field-officer-scope");
  private static ClaimsApi.Worker worker;
  private static String claimId;
  private static String docId;

  @BeforeAll
  static void start() {
    worker = api.deceasedWorker();
    var filed = api.fileDeathClaim(api.fieldOfficer, worker.id());
    assertThat(filed.statusCode()).as(filed.bodyAsString()).isEqualTo(201);
    claimId = filed.bodyAsJsonObject().getString("id");
    var doc = api.upload(api.fieldOfficer, claimId, "KTP_MEMBER", "ktp.pdf", ClaimsApi.PDF);
    assertThat(doc.statusCode()).isEqualTo(201);
    docId = doc.bodyAsJsonObject().getString("id");
  }

  @Test
  void everyClaimRouteIs404ForAFieldOfficerOfAnotherKelurahan() {
    String stranger = api.strangerOfficer;
    String missing = UUID.randomUUID().toString();
    // Exactly the answer for a claim that does not exist.
    var absent = api.get("/api/v1/claims/" + missing, stranger);
    var hidden = api.get("/api/v1/claims/" + claimId, stranger);
    assertThat(hidden.statusCode()).isEqualTo(404);
    assertThat(hidden.bodyAsString()).isEqualTo(absent.bodyAsString());

    assertThat(api.get("/api/v1/claims/" + claimId + "/documents", stranger).statusCode()).isEqualTo(404);
    assertThat(api.get("/api/v1/claims/" + claimId + "/documents/" + docId, stranger).statusCode()).isEqualTo(404);
    assertThat(api.upload(stranger, claimId, "BANK_BOOK", "b.pdf", ClaimsApi.PDF).statusCode()).isEqualTo(404);
    assertThat(api.fileDeathClaim(stranger, worker.id()).statusCode()).isEqualTo(404);
    assertThat(api.get("/api/v1/claims?limit=500", stranger).bodyAsJsonObject().getJsonArray("items").stream()
        .map(c -> ((JsonObject) c).getString("id"))).doesNotContain(claimId);
    // Office work is not a field officer's, in or out of their area (a role refusal, before any lookup).
    assertThat(api.post("/api/v1/claims/" + claimId + "/verify", stranger, null).statusCode()).isEqualTo(403);
    assertThat(api.post("/api/v1/claims/" + claimId + "/reject", api.fieldOfficer, new JsonObject().put("reason", "x"))
        .statusCode()).isEqualTo(403);
    // Santunan is office work too: no event, no payout, no entitlement read for a field officer.
    String entitlementId = api.santunan(worker).getString("id");
    assertThat(api.createPayout(api.fieldOfficer, entitlementId, worker.spouse(), null).statusCode()).isEqualTo(403);
    assertThat(api.recordEvent(api.fieldOfficer, worker.id(), "WORK_ACCIDENT").statusCode()).isEqualTo(403);
    assertThat(api.get("/api/v1/santunan-entitlements/" + entitlementId, api.fieldOfficer).statusCode()).isEqualTo(403);
    assertThat(api.get("/api/v1/payouts", api.fieldOfficer).statusCode()).isEqualTo(403);
    // Nothing was written by the stranger.
    assertThat(api.registry.count("SELECT count(*) FROM claim_document WHERE claim_id = $1::uuid", claimId)).isEqualTo(1);
  }

  @Test
  void aFieldOfficerSeesTheClaimsOfTheirOwnKelurahan() {
    assertThat(api.get("/api/v1/claims/" + claimId, api.fieldOfficer).statusCode()).isEqualTo(200);
    assertThat(api.get("/api/v1/claims/" + claimId + "/documents/" + docId, api.fieldOfficer).statusCode()).isEqualTo(200);
    var list = api.get("/api/v1/claims?status=SUBMITTED&type=JKM_DEATH", api.fieldOfficer).bodyAsJsonObject();
    assertThat(list.getJsonArray("items").stream().map(c -> ((JsonObject) c).getString("id"))).contains(claimId);
    // A claim elsewhere in the city is not in their list, but is in an operator's.
    UUID elsewhere = api.registry.worker(ClaimsApi.OTHER_KELURAHAN);
    api.registry.membership(elsewhere, LocalDate.now().minusYears(1), 1_000_000);
    String otherClaim = api.fileDeathClaim(api.operator, elsewhere).bodyAsJsonObject().getString("id");
    assertThat(api.get("/api/v1/claims?limit=500", api.fieldOfficer).bodyAsJsonObject().getJsonArray("items").stream()
        .map(c -> ((JsonObject) c).getString("id"))).doesNotContain(otherClaim);
    assertThat(api.get("/api/v1/claims?limit=500", api.operator).bodyAsJsonObject().getJsonArray("items").stream()
        .map(c -> ((JsonObject) c).getString("id"))).contains(otherClaim, claimId);
  }

  @Test
  void auditorsAndApproversReadButDoNotFileOrDecideClaims() {
    assertThat(api.get("/api/v1/claims/" + claimId, api.auditor).statusCode()).isEqualTo(200);
    assertThat(api.get("/api/v1/claims/" + claimId, api.approver).statusCode()).isEqualTo(200);
    assertThat(api.fileDeathClaim(api.auditor, worker.id()).statusCode()).isEqualTo(403);
    assertThat(api.post("/api/v1/claims/" + claimId + "/verify", api.approver, null).statusCode()).isEqualTo(403);
    assertThat(api.upload(api.auditor, claimId, "BANK_BOOK", "b.pdf", ClaimsApi.PDF).statusCode()).isEqualTo(403);
    assertThat(api.get("/api/v1/claims?status=NOPE", api.operator).statusCode()).isEqualTo(422);
  }
}
