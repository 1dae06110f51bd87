package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Filing: eligibility, entitlement and documents from the membership in force; one death per worker. */
class ClaimFilingTest {
  @RegisterExtension static final ClaimsApi api = new ClaimsApi("claim-filing");

  @Test
  void aDeathInsideTheWaitingPeriodPaysTheFuneralCostOnly() {
    UUID worker = api.registry.worker(ClaimsApi.KELURAHAN);
    api.registry.membership(worker, LocalDate.now().minusMonths(1), 1_000_000);
    JsonObject claim = api.fileDeathClaim(api.operator, worker).bodyAsJsonObject();
    assertThat(claim.getJsonObject("eligibility").getBoolean("eligible")).isTrue();
    assertThat(claim.getJsonObject("entitlement").getLong("total")).isEqualTo(10_000_000L);
    assertThat(claim.getJsonObject("entitlement").getJsonArray("lines").stream()
            .map(l -> ((JsonObject) l).getString("code") + "/" + ((JsonObject) l).getBoolean("flagged")).toList())
        .containsExactly("FUNERAL_COST/false", "JKM_WAITING_PERIOD/true");
    JsonObject funeral = claim.getJsonObject("entitlement").getJsonArray("lines").getJsonObject(0);
    assertThat(funeral.getString("nameId")).isNotBlank().isNotEqualTo(funeral.getString("nameEn"));
    assertThat(funeral.getString("nameEn")).isNotBlank();
    // The names of the first version, deprecated, for one more version.
    assertThat(funeral.getString("label")).isEqualTo(funeral.getString("nameId"));
    assertThat(funeral.getString("labelEn")).isEqualTo(funeral.getString("nameEn"));
  }

  @Test
  void withoutAMembershipOnTheIncidentDateTheClaimIsFiledButCanNeverBeVerified() {
    UUID worker = api.registry.worker(ClaimsApi.KELURAHAN);
    JsonObject claim = api.fileDeathClaim(api.operator, worker).bodyAsJsonObject();
    assertThat(claim.getJsonObject("eligibility").getBoolean("eligible")).isFalse();
    assertThat(claim.getJsonObject("eligibility").getJsonArray("reasons").getJsonObject(0).getString("code"))
        .isEqualTo("no_active_membership");
    // The reason in Indonesian by default, in English when asked; the code is the same.
    assertThat(claim.getJsonObject("eligibility").getJsonArray("reasons").getJsonObject(0).getString("message"))
        .isEqualTo("Tidak ada kepesertaan aktif pada tanggal kejadian.");
    var english = api.server.http.get("/api/v1/claims/" + claim.getString("id")).putHeader("Authorization", "Bearer " + api.operator)
        .putHeader("Accept-Language", "en-US,en;q=0.9").send().await();
    assertThat(english.getHeader("Content-Language")).isEqualTo("en");
    JsonObject reason = english.bodyAsJsonObject().getJsonObject("eligibility").getJsonArray("reasons").getJsonObject(0);
    assertThat(reason.getString("code")).isEqualTo("no_active_membership");
    assertThat(reason.getString("message")).isEqualTo("There was no active membership on the incident date.");
    assertThat(claim.getJsonObject("entitlement").getLong("total")).isZero();
    var verify = api.post("/api/v1/claims/" + claim.getString("id") + "/verify", api.operator, null);
    assertThat(verify.statusCode()).isEqualTo(422);
    assertThat(ClaimsApi.code(verify)).isEqualTo("claim_not_eligible");
  }

  @Test
  void aWorkAccidentOnTheRoadNeedsAPoliceReportAndMedicalCostsAreRequired() {
    UUID worker = api.registry.worker(ClaimsApi.KELURAHAN);
    api.registry.membership(worker, LocalDate.now().minusYears(1), 2_000_000);
    JsonObject body = new JsonObject().put("workerId", worker.toString()).put("type", "JKK_MEDICAL")
        .put("incidentDate", LocalDate.now().minusDays(3).toString()).put("description", "Jatuh dari motor saat bertugas.")
        .put("trafficAccident", true);
    var missing = api.post("/api/v1/claims", api.operator, body);
    assertThat(missing.statusCode()).isEqualTo(422);
    assertThat(missing.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("medical_costs_required");

    var filed = api.post("/api/v1/claims", api.operator, body.copy().put("medicalCosts", 7_350_000L));
    assertThat(filed.statusCode()).as(filed.bodyAsString()).isEqualTo(201);
    JsonObject claim = filed.bodyAsJsonObject();
    assertThat(claim.getJsonObject("entitlement").getLong("total")).isEqualTo(7_350_000L);
    assertThat(claim.getJsonArray("requiredDocuments").getList()).containsExactlyInAnyOrder("KTP_MEMBER", "BANK_BOOK",
        "ACCIDENT_FORM", "INCIDENT_REPORT", "WITNESS_KTP", "POLICE_REPORT", "MEDICAL_RECEIPTS");
  }

  @Test
  void everyBadFieldIsReportedAtOnceAndNothingIsWritten() {
    long before = api.registry.count("SELECT count(*) FROM claim");
    var response = api.post("/api/v1/claims", api.operator, new JsonObject().put("workerId", "nope").put("type", "JKM")
        .put("incidentDate", "13-11-2026").put("medicalCosts", -5).put("createdBy", "me"));
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.bodyAsJsonObject().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")).toList())
        .containsExactlyInAnyOrder("workerId", "type", "incidentDate", "description", "medicalCosts", "createdBy");
    assertThat(api.registry.count("SELECT count(*) FROM claim")).isEqualTo(before);
    assertThat(api.fileDeathClaim(api.operator, UUID.randomUUID()).statusCode()).isEqualTo(404);
  }

  @Test
  void aWorkerDiesOnceEvenWhenTenDeathClaimsArriveTogether() {
    ClaimsApi.Worker worker = api.deceasedWorker();
    List<Future<HttpResponse<Buffer>>> calls = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      calls.add(api.wide.post("/api/v1/claims").putHeader("Authorization", "Bearer " + api.operator)
          .sendJsonObject(new JsonObject().put("workerId", worker.id().toString()).put("type", i % 2 == 0 ? "JKM_DEATH" : "JKK_DEATH")
              .put("incidentDate", LocalDate.now().minusDays(2).toString()).put("description", "Meninggal dunia.")));
    }
    Future.join(calls).await();
    List<JsonObject> claims = calls.stream().map(f -> {
      assertThat(f.result().statusCode()).as(f.result().bodyAsString()).isEqualTo(201);
      return f.result().bodyAsJsonObject();
    }).toList();
    List<JsonObject> eligible = claims.stream().filter(c -> c.getJsonObject("eligibility").getBoolean("eligible")).toList();
    assertThat(eligible).hasSize(1);
    claims.stream().filter(c -> !c.getJsonObject("eligibility").getBoolean("eligible")).forEach(c ->
        assertThat(c.getJsonObject("eligibility").getJsonArray("reasons").getJsonObject(0).getString("code"))
            .isEqualTo("already_claimed_death"));
    assertThat(api.registry.count(
        "SELECT count(*) FROM claim WHERE worker_id = $1::uuid AND eligible", worker.id().toString())).isEqualTo(1);
  }
}
