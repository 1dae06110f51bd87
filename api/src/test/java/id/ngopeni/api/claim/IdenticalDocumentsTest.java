package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 19.6: a file identical (same SHA-256) to a document already on the claim, or on another
 * claim of the same worker, is stored all the same and answered with a warning naming it.
 */
class IdenticalDocumentsTest {
  @RegisterExtension static final ClaimsApi api = new ClaimsApi("identical-documents");

  @Test
  void theSameFileTwiceIsStoredWithAWarningAndAnotherFileWithNone() {
    String claimId = claim(api.deceasedWorker("Budi Santoso").id());
    Buffer kk = pdf("kartu keluarga Budi");
    JsonObject first = uploaded(claimId, "FAMILY_CARD", kk);
    assertThat(first.getJsonArray("warnings")).isEmpty();

    JsonObject second = uploaded(claimId, "KTP_HEIR", kk);
    assertThat(second.getString("id")).isNotEqualTo(first.getString("id"));
    assertThat(second.getJsonArray("warnings")).singleElement().satisfies(w -> {
      JsonObject warning = (JsonObject) w;
      assertThat(warning.getString("code")).isEqualTo("document_identical");
      assertThat(warning.getString("documentId")).isEqualTo(first.getString("id"));
      assertThat(warning.getString("claimId")).isEqualTo(claimId);
      assertThat(warning.getString("kind")).isEqualTo("FAMILY_CARD");
    });
    assertThat(uploaded(claimId, "BANK_BOOK", pdf("buku tabungan Budi")).getJsonArray("warnings")).isEmpty();
    // Both copies are there: a warning refuses nothing.
    assertThat(api.get("/api/v1/claims/" + claimId + "/documents", api.auditor).bodyAsJsonObject().getJsonArray("items"))
        .hasSize(3);
    assertThat(api.auditActions("claim_document", second.getString("id"))).containsExactly("document.uploaded");
  }

  @Test
  void anotherClaimOfTheSameWorkerCountsAnotherWorkersDoesNot() {
    UUID worker = api.registry.worker(ClaimsApi.KELURAHAN, "Wati Lestari");
    api.registry.membership(worker, java.time.LocalDate.now().minusYears(2), 1_000_000);
    String death = claim(worker);
    String medical = medicalClaim(worker);
    Buffer ktp = pdf("KTP Wati");
    JsonObject onDeath = uploaded(death, "KTP_MEMBER", ktp);
    JsonArray warnings = uploaded(medical, "KTP_MEMBER", ktp).getJsonArray("warnings");
    assertThat(warnings).singleElement().satisfies(w -> {
      JsonObject warning = (JsonObject) w;
      assertThat(warning.getString("documentId")).isEqualTo(onDeath.getString("id"));
      assertThat(warning.getString("claimId")).isEqualTo(death);
      assertThat(warning.getString("claimNumber")).matches("KLM-\\d{4}-\\d{6}");
    });

    String stranger = claim(api.deceasedWorker("Orang Lain").id());
    assertThat(uploaded(stranger, "KTP_MEMBER", ktp).getJsonArray("warnings")).isEmpty();
  }

  private static Buffer pdf(String text) {
    return Buffer.buffer("%PDF-1.4\n% " + text + "\n%%EOF\n");
  }

  private static String claim(UUID worker) {
    var filed = api.fileDeathClaim(api.operator, worker);
    assertThat(filed.statusCode()).as(filed.bodyAsString()).isEqualTo(201);
    return filed.bodyAsJsonObject().getString("id");
  }

  private static String medicalClaim(UUID worker) {
    var filed = api.post("/api/v1/claims", api.operator, new JsonObject().put("workerId", worker.toString())
        .put("type", "JKK_MEDICAL").put("incidentDate", java.time.LocalDate.now().minusDays(5).toString())
        .put("description", "Terluka saat bekerja.").put("medicalCosts", 2_500_000L));
    assertThat(filed.statusCode()).as(filed.bodyAsString()).isEqualTo(201);
    return filed.bodyAsJsonObject().getString("id");
  }

  private static JsonObject uploaded(String claimId, String kind, Buffer bytes) {
    var response = api.upload(api.operator, claimId, kind, "scan.pdf", bytes);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
    return response.bodyAsJsonObject();
  }
}
