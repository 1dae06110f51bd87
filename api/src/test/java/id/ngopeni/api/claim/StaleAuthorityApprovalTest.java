package id.ngopeni.api.claim;

import static id.ngopeni.api.testing.Sessions.patchUser;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.Sessions;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13.1, where money moves: an approver who was disabled or demoted cannot approve with
 * the token they still hold, and the approval's transaction decides by the user's row as stored
 * at that moment — not by the token, not by any cache.
 */
class StaleAuthorityApprovalTest {
  @RegisterExtension static final ClaimsApi api = new ClaimsApi("stale_authority");

  /** A pending payout of the whole JKM death benefit, Rp42.000.000. */
  private static String pendingPayout() {
    ClaimsApi.Worker worker = api.deceasedWorker();
    String entitlementId = api.santunan(worker).getString("id");
    return api.pendingPayout(entitlementId, worker.spouse(), ClaimsApi.SANTUNAN_DEATH);
  }

  private static String approverId(String username) {
    return api.server.createUser(api.admin, username, ClaimsApi.PASSWORD, "APPROVER", List.of());
  }

  private static void assertStillPending(String payout) {
    assertThat(api.get("/api/v1/payouts/" + payout, api.auditor).bodyAsJsonObject().getString("status"))
        .isEqualTo("PENDING_APPROVAL");
    assertThat(api.auditActions("payout", payout)).containsExactly("payout.created");
  }

  @Test
  void aDisabledApproverCannotApproveRp42JutaOnTheNextRequest() {
    String payout = pendingPayout();
    String id = approverId("approver.leaving");
    String token = api.token("approver.leaving");
    assertThat(api.get("/api/v1/payouts/" + payout, token).statusCode()).isEqualTo(200);
    patchUser(api.server, api.admin, id, new JsonObject().put("active", false));
    var approve = api.post("/api/v1/payouts/" + payout + "/approve", token, null);
    assertThat(approve.statusCode()).as(approve.bodyAsString()).isEqualTo(401);
    assertThat(ClaimsApi.code(approve)).isEqualTo("session_ended");
    assertStillPending(payout);
  }

  @Test
  void anApproverDemotedToAuditorCannotApprove() {
    String payout = pendingPayout();
    String id = approverId("approver.demoted");
    String token = api.token("approver.demoted");
    assertThat(api.get("/api/v1/payouts/" + payout, token).statusCode()).isEqualTo(200);
    patchUser(api.server, api.admin, id, new JsonObject().put("role", "AUDITOR"));
    var approve = api.post("/api/v1/payouts/" + payout + "/approve", token, null);
    assertThat(approve.statusCode()).as(approve.bodyAsString()).isEqualTo(401);
    var reject = api.post("/api/v1/payouts/" + payout + "/reject", token, new JsonObject().put("reason", "Tidak sesuai"));
    assertThat(reject.statusCode()).as(reject.bodyAsString()).isEqualTo(401);
    assertStillPending(payout);
  }

  /**
   * The row changes while the instance's cache still holds the old one (made deterministic by
   * changing it without the triggers: no notification, no version bump — the same as a request
   * that passed BearerAuth just before the change). Reads still pass on the cached row; the
   * approval's transaction reads the row FOR SHARE and refuses.
   */
  @Test
  void theApprovalTransactionDecidesByTheStoredRowNotByTheTokenOrTheCache() {
    String payout = pendingPayout();
    String id = approverId("approver.stale");
    String token = api.token("approver.stale");
    Sessions.awaitListening(api.server);
    assertThat(api.get("/api/v1/payouts/" + payout, token).statusCode()).isEqualTo(200);

    Sessions.changeSilently(api.server, id, "role = 'AUDITOR'");
    assertThat(api.get("/api/v1/payouts/" + payout, token).statusCode()).as("a read on the cached row").isEqualTo(200);
    var demoted = api.post("/api/v1/payouts/" + payout + "/approve", token, null);
    assertThat(demoted.statusCode()).as(demoted.bodyAsString()).isEqualTo(403);
    assertThat(ClaimsApi.code(demoted)).isEqualTo("role_forbidden");

    Sessions.changeSilently(api.server, id, "role = 'APPROVER', active = false");
    var disabled = api.post("/api/v1/payouts/" + payout + "/approve", token, null);
    assertThat(disabled.statusCode()).as(disabled.bodyAsString()).isEqualTo(401);
    assertThat(ClaimsApi.code(disabled)).isEqualTo("session_ended");
    assertStillPending(payout);

    Sessions.changeSilently(api.server, id, "active = true");
    var approved = api.post("/api/v1/payouts/" + payout + "/approve", token, null);
    assertThat(approved.statusCode()).as("the same token, the row as before: " + approved.bodyAsString()).isEqualTo(200);
  }
}
