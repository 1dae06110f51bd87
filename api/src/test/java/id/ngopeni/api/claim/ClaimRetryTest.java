package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.multipart.MultipartForm;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A field officer on a bad connection retries: nothing is ever created twice. */
class ClaimRetryTest {
  @RegisterExtension static final ClaimsApi api = new ClaimsApi("claim_retry");

  private static HttpResponse<Buffer> postWithKey(String path, String token, String key, JsonObject body) {
    return api.server.postWithKey(path, token, key, body).await();
  }

  @Test
  void aRetriedClaimIsFiledOnce() {
    ClaimsApi.Worker worker = api.deceasedWorker();
    JsonObject claim = new JsonObject().put("workerId", worker.id().toString()).put("type", "JKM_DEATH")
        .put("incidentDate", LocalDate.now().minusDays(3).toString()).put("description", "Meninggal dunia di rumah.");
    String key = UUID.randomUUID().toString();
    var first = postWithKey("/api/v1/claims", api.fieldOfficer, key, claim);
    var retry = postWithKey("/api/v1/claims", api.fieldOfficer, key, claim);
    assertThat(first.statusCode()).as(first.bodyAsString()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.bodyAsJsonObject().getString("id")).isEqualTo(first.bodyAsJsonObject().getString("id"));
    assertThat(api.registry.count("SELECT count(*) FROM claim WHERE worker_id = $1", worker.id())).isEqualTo(1);
  }

  @Test
  void aRetriedUploadStoresOneDocumentEvenWithANewMultipartBoundary() {
    ClaimsApi.Worker worker = api.deceasedWorker();
    String claimId = api.fileDeathClaim(api.operator, worker.id()).bodyAsJsonObject().getString("id");
    String key = UUID.randomUUID().toString();
    HttpResponse<Buffer> first = upload(claimId, key);
    HttpResponse<Buffer> retry = upload(claimId, key);
    assertThat(first.statusCode()).as(first.bodyAsString()).isEqualTo(201);
    assertThat(retry.statusCode()).as(retry.bodyAsString()).isEqualTo(201);
    assertThat(retry.getHeader("Idempotent-Replayed")).isEqualTo("true");
    var listed = api.get("/api/v1/claims/" + claimId + "/documents", api.operator).bodyAsJsonObject();
    assertThat(listed.getJsonArray("items")).hasSize(1);
  }

  @Test
  void aRetriedSantunanPayoutIsCreatedOnce() {
    ClaimsApi.Worker worker = api.deceasedWorker();
    String entitlementId = api.santunan(worker).getString("id");
    JsonObject payout = new JsonObject().put("heirId", worker.spouse().toString()).put("bankCode", "002")
        .put("accountNumber", "012301000123305").put("accountName", "Siti Aminah").put("amount", 1_000_000);
    String key = UUID.randomUUID().toString();
    var first = postWithKey("/api/v1/santunan-entitlements/" + entitlementId + "/payouts", api.operator, key, payout);
    var retry = postWithKey("/api/v1/santunan-entitlements/" + entitlementId + "/payouts", api.operator, key, payout);
    assertThat(first.statusCode()).as(first.bodyAsString()).isEqualTo(201);
    assertThat(retry.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(api.registry.count("SELECT count(*) FROM payout WHERE santunan_entitlement_id = $1",
        UUID.fromString(entitlementId))).isEqualTo(1);
  }

  private static HttpResponse<Buffer> upload(String claimId, String key) {
    MultipartForm form = MultipartForm.create().attribute("kind", "DEATH_CERTIFICATE")
        .binaryFileUpload("file", "akta.pdf", ClaimsApi.PDF, "application/pdf");
    return api.server.http.post("/api/v1/claims/" + claimId + "/documents")
        .putHeader("Authorization", "Bearer " + api.operator).putHeader("Idempotency-Key", key)
        .sendMultipartForm(form).await();
  }
}
