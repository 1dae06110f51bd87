package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.Ids;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * City santunan programmes and events over HTTP: who is eligible, the budget ceiling under
 * concurrency, the beneficiary, and that no endpoint pays a claim (BPJS pays the statutory benefit).
 */
class SantunanApiTest {
  @RegisterExtension static final ClaimsApi api = new ClaimsApi("santunan-api");

  @Test
  void anAdminCreatesAndEditsAProgrammeOthersReadItAndEveryWriteIsAudited() {
    String id = api.programme("Santunan kematian pekerja rentan Kota Malang", 50_000_000L);
    var read = api.get("/api/v1/santunan-programmes/" + id, api.approver);
    assertThat(read.statusCode()).isEqualTo(200);
    JsonObject p = read.bodyAsJsonObject();
    assertThat(p.getJsonObject("amounts").getLong("DEATH")).isEqualTo(ClaimsApi.SANTUNAN_DEATH);
    assertThat(p.getLong("budgetCeiling")).isEqualTo(50_000_000L);
    assertThat(p.getLong("committed")).isZero();
    assertThat(p.getString("regulationNumber")).isEqualTo("Perwali Kota Malang No. 7 Tahun 2025");
    assertThat(api.get("/api/v1/santunan-programmes", api.auditor).bodyAsJsonObject().getJsonArray("items").stream()
        .map(o -> ((JsonObject) o).getString("id")).toList()).contains(id);

    // Only an admin writes; an operator is refused and a field officer does not even read.
    var byOperator = api.post("/api/v1/santunan-programmes", api.operator, ClaimsApi.programmeBody("X", 1));
    assertThat(byOperator.statusCode()).isEqualTo(403);
    assertThat(api.get("/api/v1/santunan-programmes", api.fieldOfficer).statusCode()).isEqualTo(403);

    // Edit under If-Match: the name changes, the version moves on; a stale version is refused.
    var edited = api.server.http.put("/api/v1/santunan-programmes/" + id).putHeader("Authorization", "Bearer " + api.admin)
        .putHeader("If-Match", read.getHeader("ETag"))
        .sendJsonObject(ClaimsApi.programmeBody("Santunan duka pekerja rentan", 60_000_000L)).await();
    assertThat(edited.statusCode()).as(edited.bodyAsString()).isEqualTo(200);
    assertThat(edited.bodyAsJsonObject().getString("name")).isEqualTo("Santunan duka pekerja rentan");
    var stale = api.server.http.put("/api/v1/santunan-programmes/" + id).putHeader("Authorization", "Bearer " + api.admin)
        .putHeader("If-Match", read.getHeader("ETag")).sendJsonObject(ClaimsApi.programmeBody("Y", 1L)).await();
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(api.auditActions("santunan_programme", id))
        .containsExactly("santunan_programme.created", "santunan_programme.updated");

    // A malformed programme names every bad field.
    var bad = api.post("/api/v1/santunan-programmes", api.admin, ClaimsApi.programmeBody(" ", -1)
        .put("amounts", new JsonObject()).put("effectiveTo", LocalDate.now().minusYears(2).toString()));
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(fields(bad)).contains("name", "amounts", "budgetCeiling", "effectiveTo");
  }

  @Test
  void anIneligibleWorkerIsRefusedNamingTheFieldAndNothingIsRecorded() {
    api.programme();
    // A worker without any membership.
    UUID bare = api.registry.worker(ClaimsApi.KELURAHAN, "Tanpa Kepesertaan");
    var refused = api.recordEvent(api.operator, bare, "DEATH");
    assertThat(refused.statusCode()).as(refused.bodyAsString()).isEqualTo(422);
    assertThat(firstError(refused)).isEqualTo("workerId:no_membership_on_event_date");
    // A self-paid member: the programme covers DBHCHT- and APBD-paid members only.
    UUID mandiri = api.registry.worker(ClaimsApi.KELURAHAN, "Peserta Mandiri");
    api.registry.execute("""
        INSERT INTO membership (id, worker_id, programs, declared_income, funding_source, start_date, status)
        VALUES ($1, $2, ARRAY['JKK', 'JKM'], 1000000, 'MANDIRI', $3, 'ACTIVE')""", Ids.newId(), mandiri,
        LocalDate.now().minusYears(1));
    assertThat(firstError(api.recordEvent(api.operator, mandiri, "DEATH"))).isEqualTo("workerId:funding_source_not_covered");
    // An event before any programme was in force.
    ClaimsApi.Worker worker = api.deceasedWorker("Lama Sekali");
    var early = api.post("/api/v1/santunan-events", api.operator, new JsonObject().put("workerId", worker.id().toString())
        .put("kind", "DEATH").put("eventDate", LocalDate.now().minusYears(3).toString()).put("proofNote", "Akta."));
    assertThat(firstError(early)).isEqualTo("eventDate:no_programme_in_force");
    assertThat(api.registry.count("SELECT count(*) FROM santunan_event WHERE worker_id = ANY($1)",
        (Object) new UUID[] {bare, mandiri, worker.id()})).isZero();
    // A worker dies once.
    api.santunan(worker);
    var twice = api.recordEvent(api.operator, worker.id(), "DEATH");
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(ClaimsApi.code(twice)).isEqualTo("death_already_recorded");
    // Only an operator records events.
    assertThat(api.recordEvent(api.approver, worker.id(), "WORK_ACCIDENT").statusCode()).isEqualTo(403);
  }

  @Test
  void aWorkAccidentSantunanIsPaidToTheWorker() {
    ClaimsApi.Worker worker = api.deceasedWorker("Korban Kecelakaan");
    api.programme();
    var recorded = api.recordEvent(api.operator, worker.id(), "WORK_ACCIDENT");
    assertThat(recorded.statusCode()).as(recorded.bodyAsString()).isEqualTo(201);
    JsonObject entitlement = recorded.bodyAsJsonObject().getJsonArray("entitlements").getJsonObject(0);
    assertThat(entitlement.getString("beneficiary")).isEqualTo("WORKER");
    String id = entitlement.getString("id");
    assertThat(firstError(api.createPayout(api.operator, id, worker.spouse(), null))).isEqualTo("heirId:beneficiary_is_worker");
    var made = api.createPayout(api.operator, id, null, null);
    assertThat(made.statusCode()).as(made.bodyAsString()).isEqualTo(201);
    assertThat(made.bodyAsJsonObject().getLong("amount")).isEqualTo(ClaimsApi.SANTUNAN_ACCIDENT);
    assertThat(made.bodyAsJsonObject().getString("heirId")).isEqualTo(worker.id().toString());
    assertThat(made.bodyAsJsonObject().getString("heirRelationship")).isEqualTo("WORKER");
  }

  @Test
  void concurrentMakersNeverSpendBeyondTheProgrammesBudget() {
    // Rp25.000.000 carries two deaths of Rp10.000.000, not three.
    String programme = api.programme("Santunan dengan pagu kecil", 25_000_000L);
    List<String> entitlements = new ArrayList<>();
    List<UUID> spouses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ClaimsApi.Worker w = api.deceasedWorker("Pekerja Pagu " + (char) ('A' + i));
      var recorded = api.recordEvent(api.operator, w.id(), "DEATH").bodyAsJsonObject();
      entitlements.add(recorded.getJsonArray("entitlements").stream().map(o -> (JsonObject) o)
          .filter(e -> e.getString("programmeId").equals(programme)).findFirst().orElseThrow().getString("id"));
      spouses.add(w.spouse());
    }
    List<Future<HttpResponse<Buffer>>> calls = new ArrayList<>();
    for (int i = 0; i < entitlements.size(); i++) {
      calls.add(api.wide.post("/api/v1/santunan-entitlements/" + entitlements.get(i) + "/payouts")
          .putHeader("Authorization", "Bearer " + api.operator)
          .sendJsonObject(new JsonObject().put("heirId", spouses.get(i).toString()).put("bankCode", "014")
              .put("accountNumber", "1234567890").put("accountName", "Siti Aminah")));
    }
    Future.join(calls).await();
    Map<Integer, Long> byStatus = calls.stream().collect(Collectors.groupingBy(f -> f.result().statusCode(), Collectors.counting()));
    assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(201, 2L, 422, 4L));
    var refused = calls.stream().map(Future::result).filter(r -> r.statusCode() == 422).findFirst().orElseThrow();
    assertThat(firstError(refused)).isEqualTo("amount:santunan_budget_exceeded");
    JsonObject after = api.get("/api/v1/santunan-programmes/" + programme, api.operator).bodyAsJsonObject();
    assertThat(after.getLong("committed")).isEqualTo(20_000_000L);
    assertThat(after.getLong("budgetLeft")).isEqualTo(5_000_000L);
    // What is left still pays a smaller payout; and the ceiling cannot fall below what is committed.
    String waiting = entitlements.get(calls.indexOf(calls.stream().filter(f -> f.result().statusCode() == 422).findFirst().orElseThrow()));
    String spouse = spouses.get(entitlements.indexOf(waiting)).toString();
    assertThat(api.createPayout(api.operator, waiting, UUID.fromString(spouse), 5_000_000L).statusCode()).isEqualTo(201);
    var lower = api.server.http.put("/api/v1/santunan-programmes/" + programme).putHeader("Authorization", "Bearer " + api.admin)
        .putHeader("If-Match", "\"" + after.getInteger("version") + "\"")
        .sendJsonObject(ClaimsApi.programmeBody("Santunan dengan pagu kecil", 24_999_999L)).await();
    assertThat(lower.statusCode()).as(lower.bodyAsString()).isEqualTo(422);
    assertThat(firstError(lower)).isEqualTo("budgetCeiling:ceiling_below_committed");
  }

  @Test
  void noEndpointMakesAPayoutFromAClaimAndTheDatabaseRefusesOneToo() {
    ClaimsApi.Worker worker = api.deceasedWorker("Klaim BPJS");
    String claimId = api.verifiedClaim(worker).getString("id");
    JsonObject body = new JsonObject().put("heirId", worker.spouse().toString()).put("bankCode", "002")
        .put("accountNumber", "012301000123305").put("accountName", "Siti Aminah").put("amount", 1_000_000);
    var viaClaim = api.post("/api/v1/claims/" + claimId + "/payouts", api.operator, body);
    assertThat(viaClaim.statusCode()).isIn(404, 405);
    // A claim id is not an entitlement id either.
    var claimAsEntitlement = api.post("/api/v1/santunan-entitlements/" + claimId + "/payouts", api.operator, body);
    assertThat(claimAsEntitlement.statusCode()).isEqualTo(404);
    assertThat(ClaimsApi.code(claimAsEntitlement)).isEqualTo("entitlement_not_found");
    // The OpenAPI document lists no payout route under a claim.
    var openapi = api.server.http.get("/api/openapi.yaml").send().await().bodyAsString();
    assertThat(openapi).doesNotContain("/claims/{id}/payouts");
    assertThat(api.registry.count("SELECT count(*) FROM payout WHERE claim_id = $1", UUID.fromString(claimId))).isZero();
    // Even written straight into the database, a new payout of a claim is refused.
    assertThatThrownBy(() -> api.registry.execute("""
        INSERT INTO payout (id, claim_id, worker_id, heir_id, heir_name, heir_relationship, bank_code, account_cipher,
                            account_name, amount, status, created_by)
        VALUES ($1, $2, $3, $4, 'Siti', 'SPOUSE', '002', $6, 'Siti Aminah', 42000000, 'PENDING_APPROVAL', $5)""",
        Ids.newId(), UUID.fromString(claimId), worker.id(), worker.spouse(), UUID.fromString(api.operatorId),
        Buffer.buffer(new byte[] {1})))
        .hasMessageContaining("never a claim");
  }

  private static String firstError(HttpResponse<Buffer> response) {
    JsonArray errors = response.bodyAsJsonObject().getJsonArray("errors");
    assertThat(errors).as(response.bodyAsString()).isNotNull().isNotEmpty();
    JsonObject e = errors.getJsonObject(0);
    return e.getString("field") + ":" + e.getString("code");
  }

  private static List<String> fields(HttpResponse<Buffer> response) {
    return response.bodyAsJsonObject().getJsonArray("errors").stream().map(o -> ((JsonObject) o).getString("field")).toList();
  }
}
