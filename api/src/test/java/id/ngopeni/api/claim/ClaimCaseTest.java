package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A claim is a case the city assists and BPJS pays: from the first visit to BPJS's payment,
 * checked against the expected amount; a shortfall and a refusal are flagged; overdue clocks
 * surface in the queue; bad input changes nothing.
 */
class ClaimCaseTest {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
  @RegisterExtension static final ClaimsApi api = new ClaimsApi("claim-cases");

  private static HttpResponse<Buffer> handOver(String id, LocalDate on) {
    return api.post("/api/v1/claims/" + id + "/handover", api.operator, new JsonObject()
        .put("handedOverOn", on.toString()).put("bpjsBranch", "Malang").put("bpjsCaseNumber", "JKM-2026-000123"));
  }

  private static HttpResponse<Buffer> answer(String id, JsonObject body) {
    return api.post("/api/v1/claims/" + id + "/bpjs-answer", api.operator, body);
  }

  private static JsonObject paid(String outcome, long amount, UUID heir) {
    return new JsonObject().put("outcome", outcome).put("answeredOn", TODAY.toString()).put("amount", amount)
        .put("paidToHeirId", heir.toString()).put("reference", "TRX-BPJS-1");
  }

  private static JsonObject claim(String id) {
    var response = api.get("/api/v1/claims/" + id, api.operator);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject();
  }

  private static List<String> ids(HttpResponse<Buffer> list) {
    assertThat(list.statusCode()).as(list.bodyAsString()).isEqualTo(200);
    return list.bodyAsJsonObject().getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("id")).toList();
  }

  @Test
  void aJkmDeathFromTheFirstVisitToBpjsPaymentCheckedAgainstTheExpectedAmount() {
    ClaimsApi.Worker worker = api.deceasedWorker("Sumarno Hadi");
    JsonObject filed = api.fileDeathClaim(api.operator, worker.id()).bodyAsJsonObject();
    String id = filed.getString("id");
    assertThat(filed.getString("status")).isEqualTo("SUBMITTED");
    assertThat(filed.getJsonObject("case").getJsonArray("clocks")).as("JKM: no accident report").isEmpty();

    var early = handOver(id, TODAY);
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(ClaimsApi.code(early)).isEqualTo("claim_not_complete");
    assertThat(early.bodyAsJsonObject().getString("field")).isEqualTo("status");
    assertThat(claim(id).getLong("version")).isEqualTo(filed.getLong("version"));

    for (Object kind : filed.getJsonArray("requiredDocuments")) {
      assertThat(api.upload(api.operator, id, (String) kind, "doc.pdf", ClaimsApi.PDF).statusCode()).isEqualTo(201);
    }
    var complete = api.post("/api/v1/claims/" + id + "/verify", api.operator, null);
    assertThat(complete.bodyAsJsonObject().getString("status")).isEqualTo("VERIFIED");

    var handed = handOver(id, TODAY.minusDays(8));
    assertThat(handed.statusCode()).as(handed.bodyAsString()).isEqualTo(200);
    JsonObject c = handed.bodyAsJsonObject();
    assertThat(c.getString("status")).isEqualTo("HANDED_OVER");
    assertThat(c.getJsonObject("handOver").getString("bpjsCaseNumber")).isEqualTo("JKM-2026-000123");
    JsonObject clock = c.getJsonObject("case").getJsonArray("clocks").getJsonObject(0);
    assertThat(clock.getString("clock")).isEqualTo("JKM_PAYMENT");
    assertThat(clock.getInteger("duration")).isEqualTo(3);
    assertThat(clock.getString("state")).isEqualTo("OVERDUE");
    assertThat(ids(api.get("/api/v1/claims/overdue", api.operator))).contains(id);
    assertThat(ids(api.get("/api/v1/claims/overdue", api.strangerOfficer))).doesNotContain(id);
    assertThat(ids(api.get("/api/v1/claims/overdue", api.fieldOfficer))).contains(id);

    var full = answer(id, paid("PAID", 42_000_000, worker.spouse()));
    assertThat(full.statusCode()).as(full.bodyAsString()).isEqualTo(200);
    JsonObject after = full.bodyAsJsonObject();
    assertThat(after.getString("status")).isEqualTo("BPJS_PAID");
    JsonObject check = after.getJsonObject("case").getJsonObject("check");
    assertThat(check.getLong("expectedTotal")).isEqualTo(42_000_000L);
    assertThat(check.getLong("paidTotal")).isEqualTo(42_000_000L);
    assertThat(check.getJsonArray("followUp")).isEmpty();
    assertThat(after.getJsonArray("followUp")).isEmpty();
    assertThat(after.getJsonObject("case").getJsonArray("answers").getJsonObject(0).getString("paidToRelationship"))
        .isEqualTo("SPOUSE");
    assertThat(after.getJsonObject("case").getJsonArray("clocks").getJsonObject(0).getString("state")).isEqualTo("MET_LATE");
    assertThat(ids(api.get("/api/v1/claims/overdue", api.operator))).doesNotContain(id);
    assertThat(ids(api.get("/api/v1/claims/flagged", api.operator))).doesNotContain(id);
    assertThat(api.auditActions("claim", id))
        .containsExactly("claim.submitted", "claim.verified", "claim.handed_over", "claim.bpjs_answered");
  }

  @Test
  void aShortPaymentAndAPaymentToALowerHeirClassAreFlaggedAndListed() {
    ClaimsApi.Worker worker = api.deceasedWorker("Paijo Suwito");
    String id = api.verifiedClaim(worker).getString("id");
    assertThat(handOver(id, TODAY).statusCode()).isEqualTo(200);
    JsonObject body = paid("PARTLY_PAID", 32_000_000, worker.sibling()).put("lines", new JsonArray()
        .add(new JsonObject().put("code", "JKM_DEATH_LUMP_SUM").put("amount", 20_000_000))
        .add(new JsonObject().put("code", "JKM_PERIODIC_BENEFIT").put("amount", 2_000_000))
        .add(new JsonObject().put("code", "FUNERAL_COST").put("amount", 10_000_000)));
    var response = answer(id, body);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    JsonObject c = response.bodyAsJsonObject();
    assertThat(c.getString("status")).isEqualTo("BPJS_PARTLY_PAID");
    assertThat(c.getJsonArray("followUp").getList()).containsExactly("PAYEE_NOT_FIRST_HEIR", "SHORTFALL");
    JsonObject periodic = c.getJsonObject("case").getJsonObject("check").getJsonArray("lines").stream()
        .map(o -> (JsonObject) o).filter(l -> l.getString("code").equals("JKM_PERIODIC_BENEFIT")).findFirst().orElseThrow();
    assertThat(periodic.getLong("expected")).isEqualTo(12_000_000L);
    assertThat(periodic.getLong("paid")).isEqualTo(2_000_000L);
    assertThat(periodic.getBoolean("shortfall")).isTrue();
    assertThat(ids(api.get("/api/v1/claims/flagged", api.operator))).contains(id);
    assertThat(ids(api.get("/api/v1/claims/flagged", api.strangerOfficer))).doesNotContain(id);
  }

  @Test
  void aRefusalIsRecordedWithItsReasonAndFlagged() {
    ClaimsApi.Worker worker = api.deceasedWorker("Tukiman Darmo");
    String id = api.verifiedClaim(worker).getString("id");
    assertThat(handOver(id, TODAY).statusCode()).isEqualTo(200);
    var noReason = answer(id, new JsonObject().put("outcome", "REFUSED").put("answeredOn", TODAY.toString()));
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(noReason.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
    var refused = answer(id, new JsonObject().put("outcome", "REFUSED").put("answeredOn", TODAY.toString())
        .put("reason", "Kepesertaan tidak aktif pada tanggal meninggal menurut data BPJS."));
    assertThat(refused.statusCode()).as(refused.bodyAsString()).isEqualTo(200);
    assertThat(refused.bodyAsJsonObject().getString("status")).isEqualTo("BPJS_REFUSED");
    assertThat(refused.bodyAsJsonObject().getJsonArray("followUp").getList()).containsExactly("SHORTFALL");
    var again = answer(id, paid("PAID", 1, worker.spouse()));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(ClaimsApi.code(again)).isEqualTo("claim_not_handed_over");
  }

  @Test
  void badAnswersNameTheirFieldAndChangeNothing() {
    var unknown = answer(UUID.randomUUID().toString(), paid("PAID", 1, UUID.randomUUID()));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(ClaimsApi.code(unknown)).isEqualTo("claim_not_found");

    ClaimsApi.Worker worker = api.deceasedWorker("Ngadiman Karso");
    String id = api.verifiedClaim(worker).getString("id");
    assertThat(fieldCodes(answer(id, new JsonObject().put("amount", 5))))
        .containsExactly("outcome:required", "answeredOn:required");
    JsonObject before = handOver(id, TODAY).bodyAsJsonObject();
    var negative = answer(id, paid("PAID", -1, worker.spouse()));
    assertThat(negative.statusCode()).isEqualTo(422);
    assertThat(fieldCodes(negative)).containsExactly("amount:amount_negative");
    var above = answer(id, paid("PAID", 42_000_001, worker.spouse()));
    assertThat(fieldCodes(above)).containsExactly("amount:amount_above_expected");
    var stranger = answer(id, paid("PAID", 42_000_000, UUID.randomUUID()));
    assertThat(fieldCodes(stranger)).containsExactly("paidToHeirId:payee_not_heir");
    JsonObject now = claim(id);
    assertThat(now.getString("status")).isEqualTo("HANDED_OVER");
    assertThat(now.getLong("version")).isEqualTo(before.getLong("version"));
    assertThat(now.getJsonObject("case").getJsonArray("answers")).isEmpty();
    var withReason = answer(id, paid("PAID", 42_420_000, worker.spouse())
        .put("reason", "Termasuk denda keterlambatan 1 % (PP 44/2015 Pasal 37)."));
    assertThat(withReason.statusCode()).as(withReason.bodyAsString()).isEqualTo(200);
    assertThat(withReason.bodyAsJsonObject().getJsonArray("followUp")).isEmpty();
  }

  @Test
  void onlyAnAdminLoadsAYearsHolidaysAndTheClocksCountThem() {
    int year = TODAY.getYear();
    JsonObject body = new JsonObject().put("holidays", new JsonArray()
        .add(new JsonObject().put("date", year + "-08-17").put("name", "Hari Kemerdekaan")));
    assertThat(api.server.send(HttpMethod.PUT, "/api/v1/holidays/" + year, api.operator, body).statusCode()).isEqualTo(403);
    var outside = api.server.send(HttpMethod.PUT, "/api/v1/holidays/" + year, api.admin, new JsonObject().put("holidays",
        new JsonArray().add(new JsonObject().put("date", (year + 1) + "-01-01").put("name", "Tahun Baru"))));
    assertThat(fieldCodes(outside)).containsExactly("holidays[0].date:holiday_outside_year");
    var loaded = api.server.send(HttpMethod.PUT, "/api/v1/holidays/" + year, api.admin, body);
    assertThat(loaded.statusCode()).as(loaded.bodyAsString()).isEqualTo(200);
    var read = api.get("/api/v1/holidays/" + year, api.fieldOfficer).bodyAsJsonObject();
    assertThat(read.getBoolean("loaded")).isTrue();
    assertThat(read.getJsonArray("holidays").getJsonObject(0).getString("name")).isEqualTo("Hari Kemerdekaan");
    assertThat(api.auditActions("holiday_year", Integer.toString(year))).containsExactly("holidays.replaced");
    assertThat(api.get("/api/v1/holidays/1999", api.admin).statusCode()).isEqualTo(422);
  }

  private static List<String> fieldCodes(HttpResponse<Buffer> response) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(422);
    return response.bodyAsJsonObject().getJsonArray("errors").stream()
        .map(o -> ((JsonObject) o).getString("field") + ":" + ((JsonObject) o).getString("code")).toList();
  }
}
