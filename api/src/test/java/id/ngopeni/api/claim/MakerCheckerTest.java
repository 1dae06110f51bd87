package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Payouts under maker–checker: four eyes, one decision, heir priority, the entitlement ceiling. */
class MakerCheckerTest {
  @RegisterExtension static final ClaimsApi api = new ClaimsApi("maker-checker");

  @Test
  void ofFiftyParallelApprovalsExactlyOneSucceedsAndTheRestAre409() {
    ClaimsApi.Worker worker = api.deceasedWorker();
    String entitlementId = api.santunan(worker).getString("id");
    String payout = api.pendingPayout(entitlementId, worker.spouse(), null);
    String secondApprover = api.token(createUser("approver2", "APPROVER"));

    List<Future<HttpResponse<Buffer>>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String token = i % 2 == 0 ? api.approver : secondApprover;
      calls.add(api.wide.post("/api/v1/payouts/" + payout + "/approve")
          .putHeader("Authorization", "Bearer " + token).send());
    }
    Future.join(calls).await();
    Map<Integer, Long> byStatus = calls.stream()
        .collect(Collectors.groupingBy(f -> f.result().statusCode(), Collectors.counting()));
    assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(200, 1L, 409, 49L));
    calls.stream().map(Future::result).filter(r -> r.statusCode() == 409)
        .forEach(r -> assertThat(ClaimsApi.code(r)).isEqualTo("payout_already_decided"));
    assertThat(api.auditActions("payout", payout)).containsExactly("payout.created", "payout.approved");
    assertThat(api.get("/api/v1/payouts/" + payout, api.auditor).bodyAsJsonObject().getString("status")).isEqualTo("APPROVED");
    // Issue 17: the trail keeps the account number masked (the last four digits).
    String trail = api.get("/api/v1/audit?entityType=payout&entityId=" + payout, api.auditor).bodyAsString();
    String account = api.server.post("/api/v1/payouts/" + payout + "/reveal", api.approver,
        new JsonObject().put("purpose", "PAYOUT")).bodyAsJsonObject().getString("accountNumber");
    assertThat(account).matches("\\d{10,}");
    assertThat(trail).doesNotContain(account).contains("••••" + account.substring(account.length() - 4));
  }

  @Test
  void whoeverCreatedAPayoutCanNeverDecideItWhateverRoleTheyHoldNow() {
    ClaimsApi.Worker worker = api.deceasedWorker();
    String entitlementId = api.santunan(worker).getString("id");
    String makerId = api.server.createUser(api.admin, "maker", ClaimsApi.PASSWORD, "OPERATOR", List.of());
    var created = api.createPayout(api.token("maker"), entitlementId, worker.spouse(), 1_000_000L);
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    String payout = created.bodyAsJsonObject().getString("id");

    // OPERATOR first (as made), then promoted to APPROVER (the interesting case), then every other role.
    for (String role : List.of("OPERATOR", "APPROVER", "ADMIN", "AUDITOR", "FIELD_OFFICER")) {
      if (!role.equals("OPERATOR")) {
        changeRole(makerId, role);
      }
      String token = api.token("maker");
      var approve = api.post("/api/v1/payouts/" + payout + "/approve", token, null);
      assertThat(approve.statusCode()).as("approve as %s: %s", role, approve.bodyAsString()).isEqualTo(403);
      assertThat(ClaimsApi.code(approve)).as(role).isEqualTo("self_approval_forbidden");
      var reject = api.post("/api/v1/payouts/" + payout + "/reject", token, new JsonObject().put("reason", "Saya sendiri"));
      assertThat(reject.statusCode()).as("reject as %s", role).isEqualTo(403);
      assertThat(ClaimsApi.code(reject)).as(role).isEqualTo("self_approval_forbidden");
    }
    assertThat(api.get("/api/v1/payouts/" + payout, api.auditor).bodyAsJsonObject().getString("status"))
        .isEqualTo("PENDING_APPROVAL");
    // Somebody else who is not an APPROVER may not decide either; an APPROVER may.
    assertThat(ClaimsApi.code(api.post("/api/v1/payouts/" + payout + "/approve", api.operator, null))).isEqualTo("role_forbidden");
    assertThat(api.post("/api/v1/payouts/" + payout + "/approve", api.approver, null).statusCode()).isEqualTo(200);
  }

  @Test
  void aPayoutToASiblingWhileASpouseIsRegisteredIsRefused() {
    ClaimsApi.Worker worker = api.deceasedWorker();
    String entitlementId = api.santunan(worker).getString("id");
    var refused = api.createPayout(api.operator, entitlementId, worker.sibling(), null);
    assertThat(refused.statusCode()).as(refused.bodyAsString()).isEqualTo(422);
    assertThat(ClaimsApi.code(refused)).isEqualTo("heir_not_highest_priority");
    assertThat(refused.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("heirId");
    // An heir of another worker is not registered for this one.
    ClaimsApi.Worker other = api.deceasedWorker();
    var stranger = api.createPayout(api.operator, entitlementId, other.spouse(), null);
    assertThat(stranger.statusCode()).isEqualTo(422);
    assertThat(stranger.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("heir_not_registered");
    // Bank and account are checked, every field at once.
    var badAccount = api.post("/api/v1/santunan-entitlements/" + entitlementId + "/payouts", api.operator, new JsonObject()
        .put("heirId", worker.spouse().toString()).put("bankCode", "999").put("accountNumber", "12ab").put("accountName", "X"));
    assertThat(badAccount.statusCode()).isEqualTo(422);
    assertThat(badAccount.bodyAsJsonObject().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")).toList())
        .containsExactlyInAnyOrder("bankCode", "accountNumber", "accountName");
    assertThat(api.get("/api/v1/payouts?entitlementId=" + entitlementId, api.operator).bodyAsJsonObject().getJsonArray("items")).isEmpty();
  }

  @Test
  void theSumOfASantunansPayoutsNeverExceedsItsEntitlement() {
    ClaimsApi.Worker worker = api.deceasedWorker();
    String entitlementId = api.santunan(worker).getString("id");
    api.pendingPayout(entitlementId, worker.spouse(), 8_000_000L);
    var tooMuch = api.createPayout(api.operator, entitlementId, worker.spouse(), 2_000_001L);
    assertThat(tooMuch.statusCode()).as(tooMuch.bodyAsString()).isEqualTo(422);
    assertThat(ClaimsApi.code(tooMuch)).isEqualTo("amount_exceeds_entitlement");
    String rest = api.pendingPayout(entitlementId, worker.spouse(), null);
    assertThat(api.get("/api/v1/payouts/" + rest, api.operator).bodyAsJsonObject().getLong("amount")).isEqualTo(2_000_000L);
    assertThat(ClaimsApi.code(api.createPayout(api.operator, entitlementId, worker.spouse(), null))).isEqualTo("entitlement_exhausted");
    // A rejected payout gives its share back.
    var rejected = api.post("/api/v1/payouts/" + rest + "/reject", api.approver, new JsonObject().put("reason", "Rekening salah"));
    assertThat(rejected.statusCode()).isEqualTo(200);
    assertThat(api.createPayout(api.operator, entitlementId, worker.spouse(), 2_000_000L).statusCode()).isEqualTo(201);
  }

  @Test
  void twentyParallelMakersNeverOverspendTheEntitlement() {
    ClaimsApi.Worker worker = api.deceasedWorker();
    String entitlementId = api.santunan(worker).getString("id");
    List<Future<HttpResponse<Buffer>>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(api.wide.post("/api/v1/santunan-entitlements/" + entitlementId + "/payouts")
          .putHeader("Authorization", "Bearer " + api.operator)
          .sendJsonObject(new JsonObject().put("heirId", worker.spouse().toString()).put("bankCode", "014")
              .put("accountNumber", "1234567890").put("accountName", "Siti Aminah").put("amount", 3_000_000L)));
    }
    Future.join(calls).await();
    Map<Integer, Long> byStatus = calls.stream().collect(Collectors.groupingBy(f -> f.result().statusCode(), Collectors.counting()));
    // 10 million holds three payouts of 3 million.
    assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(201, 3L, 422, 17L));
  }

  @Test
  void stateMachineViolationsAreConflicts() {
    ClaimsApi.Worker worker = api.deceasedWorker();
    String entitlementId = api.santunan(worker).getString("id");
    String claimId = api.verifiedClaim(worker).getString("id");
    String payout = api.pendingPayout(entitlementId, worker.spouse(), 1_000_000L);
    assertThat(api.post("/api/v1/payouts/" + payout + "/reject", api.approver, new JsonObject().put("reason", "Ganda")).statusCode())
        .isEqualTo(200);
    Function<HttpResponse<Buffer>, String> statusAndCode = r -> r.statusCode() + " " + ClaimsApi.code(r);
    // Approve or reject a rejected payout.
    assertThat(statusAndCode.apply(api.post("/api/v1/payouts/" + payout + "/approve", api.approver, null)))
        .isEqualTo("409 payout_already_decided");
    assertThat(statusAndCode.apply(api.post("/api/v1/payouts/" + payout + "/reject", api.approver,
        new JsonObject().put("reason", "Lagi")))).isEqualTo("409 payout_already_decided");
    // Verify a verified claim.
    assertThat(statusAndCode.apply(api.post("/api/v1/claims/" + claimId + "/verify", api.operator, null)))
        .isEqualTo("409 claim_not_submitted");
    ClaimsApi.Worker other = api.deceasedWorker();
    String submitted = api.fileDeathClaim(api.operator, other.id()).bodyAsJsonObject().getString("id");
    // Reject it, then verify or reject it again.
    var rejected = api.post("/api/v1/claims/" + submitted + "/reject", api.operator, new JsonObject().put("reason", "Data palsu"));
    assertThat(rejected.statusCode()).isEqualTo(200);
    assertThat(rejected.bodyAsJsonObject().getString("rejectionReason")).isEqualTo("Data palsu");
    assertThat(statusAndCode.apply(api.post("/api/v1/claims/" + submitted + "/verify", api.operator, null)))
        .isEqualTo("409 claim_not_submitted");
    assertThat(statusAndCode.apply(api.post("/api/v1/claims/" + submitted + "/reject", api.operator,
        new JsonObject().put("reason", "Lagi")))).isEqualTo("409 claim_already_decided");
    assertThat(api.auditActions("claim", submitted)).containsExactly("claim.submitted", "claim.rejected");
  }

  private static String createUser(String username, String role) {
    api.server.createUser(api.admin, username, ClaimsApi.PASSWORD, role, List.of());
    return username;
  }

  private static void changeRole(String userId, String role) {
    var current = api.get("/api/v1/users/" + userId, api.admin);
    JsonObject patch = new JsonObject().put("role", role);
    if (role.equals("FIELD_OFFICER")) {
      patch.put("kelurahanCodes", List.of(ClaimsApi.KELURAHAN));
    } else {
      patch.put("kelurahanCodes", List.of());
    }
    var response = api.server.http.patch("/api/v1/users/" + userId)
        .putHeader("Authorization", "Bearer " + api.admin)
        .putHeader("If-Match", current.getHeader("ETag"))
        .sendJsonObject(patch).await();
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    // OPERATOR, APPROVER and ADMIN take effect once a second admin confirms them (issue 13.8).
    JsonObject grant = response.bodyAsJsonObject().getJsonObject("roleGrant");
    if (grant != null && "PENDING".equals(grant.getString("status"))) {
      api.server.confirmGrant(grant.getString("id"), grant.getString("requestedBy"));
    }
  }
}
