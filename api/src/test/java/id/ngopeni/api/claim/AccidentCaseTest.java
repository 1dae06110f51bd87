package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A JKK temporary-incapacity (STMB) case from filing to BPJS's payment, checked against the
 * amount the regulation gives and paid to the worker; a disability claim's expected amount; bad
 * facts name their field and file nothing.
 */
class AccidentCaseTest {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
  private static final long INCOME = 2_000_000;
  private static ClaimsApi api;

  @BeforeAll
  static void start() {
    api = new ClaimsApi("accident-cases");
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static UUID member(String name) {
    UUID worker = api.registry.worker(ClaimsApi.KELURAHAN, name);
    api.registry.membership(worker, TODAY.minusYears(2), INCOME);
    return worker;
  }

  private static JsonObject accidentClaim(UUID worker, String type, LocalDate accident) {
    return new JsonObject().put("workerId", worker.toString()).put("type", type)
        .put("incidentDate", accident.toString()).put("description", "Jatuh dari perancah saat bekerja.");
  }

  private static List<String> fieldCodes(HttpResponse<Buffer> response) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(422);
    return response.bodyAsJsonObject().getJsonArray("errors").stream().map(o -> (JsonObject) o)
        .map(e -> e.getString("field") + ":" + e.getString("code")).toList();
  }

  private static int claimsOf(UUID worker) {
    var list = api.get("/api/v1/claims?workerId=" + worker, api.operator);
    assertThat(list.statusCode()).isEqualTo(200);
    return list.bodyAsJsonObject().getJsonArray("items").size();
  }

  private static JsonObject line(JsonObject claim, String code) {
    return claim.getJsonObject("entitlement").getJsonArray("lines").stream().map(o -> (JsonObject) o)
        .filter(l -> l.getString("code").equals(code)).findFirst().orElseThrow();
  }

  @Test
  void aJkkIncapacityCaseFromFilingToBpjsPaymentToTheWorkerCheckedAgainstTheExpectedStmb() {
    UUID worker = member("Suparman Wibowo");
    LocalDate accident = TODAY.minusDays(60);
    // One month and 15 days unable to work: 100 % of Rp2.000.000 for the month, 15/30 of it for the days.
    var filed = api.post("/api/v1/claims", api.operator, accidentClaim(worker, "JKK_INCAPACITY", accident)
        .put("unableToWorkFrom", accident.toString()).put("unableToWorkUntil", accident.plusMonths(1).plusDays(14).toString()));
    assertThat(filed.statusCode()).as(filed.bodyAsString()).isEqualTo(201);
    JsonObject claim = filed.bodyAsJsonObject();
    String id = claim.getString("id");
    assertThat(claim.getJsonObject("eligibility").getBoolean("eligible")).isTrue();
    assertThat(claim.getJsonObject("entitlement").getLong("total")).isEqualTo(3_000_000L);
    JsonObject stmb = line(claim, "JKK_STMB_FULL");
    assertThat(stmb.getString("payee")).isEqualTo("WORKER");
    assertThat(stmb.getString("regulation")).startsWith("PP 82/2019").contains("STMB");
    assertThat(claim.getJsonObject("accident").getString("unableToWorkFrom")).isEqualTo(accident.toString());
    assertThat(claim.getJsonArray("requiredDocuments").getList())
        .containsExactlyInAnyOrder("KTP_MEMBER", "BANK_BOOK", "ACCIDENT_FORM", "INCIDENT_REPORT", "WITNESS_KTP");
    assertThat(claim.getJsonObject("case").getJsonArray("clocks").getJsonObject(0).getString("clock"))
        .isEqualTo("ACCIDENT_REPORT");

    var reported = api.post("/api/v1/claims/" + id + "/accident-report", api.operator,
        new JsonObject().put("reportedAt", accident + "T10:00:00+07:00"));
    assertThat(reported.statusCode()).as(reported.bodyAsString()).isEqualTo(200);
    for (Object kind : claim.getJsonArray("requiredDocuments")) {
      assertThat(api.upload(api.operator, id, (String) kind, "doc.pdf", ClaimsApi.PDF).statusCode()).isEqualTo(201);
    }
    var verified = api.post("/api/v1/claims/" + id + "/verify", api.operator, null);
    assertThat(verified.statusCode()).as(verified.bodyAsString()).isEqualTo(200);
    var handed = api.post("/api/v1/claims/" + id + "/handover", api.operator, new JsonObject()
        .put("handedOverOn", TODAY.toString()).put("bpjsBranch", "Malang").put("bpjsCaseNumber", "JKK-2026-STMB-1"));
    assertThat(handed.statusCode()).as(handed.bodyAsString()).isEqualTo(200);
    JsonObject payment = handed.bodyAsJsonObject().getJsonObject("case").getJsonArray("clocks").stream()
        .map(o -> (JsonObject) o).filter(c -> c.getString("clock").equals("JKK_PAYMENT")).findFirst().orElseThrow();
    assertThat(payment.getInteger("duration")).isEqualTo(7);

    var paid = api.post("/api/v1/claims/" + id + "/bpjs-answer", api.operator, new JsonObject()
        .put("outcome", "PAID").put("answeredOn", TODAY.toString()).put("amount", 3_000_000)
        .put("paidToName", "Suparman Wibowo").put("reference", "BPJS-TRX-STMB-1")
        .put("lines", new JsonArray().add(new JsonObject().put("code", "JKK_STMB_FULL").put("amount", 3_000_000))));
    assertThat(paid.statusCode()).as(paid.bodyAsString()).isEqualTo(200);
    JsonObject after = paid.bodyAsJsonObject();
    assertThat(after.getString("status")).isEqualTo("BPJS_PAID");
    JsonObject check = after.getJsonObject("case").getJsonObject("check");
    assertThat(check.getLong("expectedTotal")).isEqualTo(3_000_000L);
    assertThat(check.getLong("paidTotal")).isEqualTo(3_000_000L);
    assertThat(check.getJsonArray("lines").getJsonObject(0).getBoolean("shortfall")).isFalse();
    assertThat(after.getJsonArray("followUp")).isEmpty();
    assertThat(after.getBoolean("followUpOpen")).isFalse();
    assertThat(api.auditActions("claim", id)).containsExactly("claim.submitted", "claim.accident_reported",
        "claim.verified", "claim.handed_over", "claim.bpjs_answered");
  }

  @Test
  void aDisabilityClaimExpectsTheTableOrTheTotalTimes80TimesTheDeclaredIncome() {
    UUID worker = member("Kasiyem Rahayu");
    var total = api.post("/api/v1/claims", api.operator, accidentClaim(worker, "JKK_DISABILITY", TODAY.minusDays(30))
        .put("totalDisability", true));
    assertThat(total.statusCode()).as(total.bodyAsString()).isEqualTo(201);
    JsonObject claim = total.bodyAsJsonObject();
    // 70 % × 80 × Rp2.000.000 + santunan berkala 24 × Rp500.000; the scholarship is a flagged line.
    assertThat(line(claim, "JKK_TOTAL_DISABILITY").getLong("amount")).isEqualTo(112_000_000L);
    assertThat(claim.getJsonObject("entitlement").getLong("total")).isEqualTo(124_000_000L);

    UUID other = member("Ngatini Lestari");
    var partial = api.post("/api/v1/claims", api.operator, accidentClaim(other, "JKK_DISABILITY", TODAY.minusDays(30))
        .put("disabilities", new JsonArray().add(new JsonObject().put("tableCode", "HEARING_ONE").put("functionLostPercent", 50))));
    assertThat(partial.statusCode()).as(partial.bodyAsString()).isEqualTo(201);
    // Hearing of one ear 20 %, half its function lost: 10 % × 80 × Rp2.000.000.
    assertThat(partial.bodyAsJsonObject().getJsonObject("entitlement").getLong("total")).isEqualTo(16_000_000L);

    var table = api.get("/api/v1/disability-table", api.fieldOfficer);
    assertThat(table.statusCode()).isEqualTo(200);
    assertThat(table.bodyAsJsonObject().getJsonArray("items").getJsonObject(0).getString("code")).isEqualTo("EYES_BOTH");
  }

  @Test
  void badAccidentFactsNameTheirFieldAndFileNothing() {
    UUID worker = member("Rohmat Hidayat");
    LocalDate accident = TODAY.minusDays(20);
    assertThat(fieldCodes(api.post("/api/v1/claims", api.operator, accidentClaim(worker, "JKK_INCAPACITY", accident)
        .put("unableToWorkFrom", accident.minusDays(1).toString()))))
        .containsExactlyInAnyOrder("unableToWorkFrom:incapacity_before_incident", "unableToWorkUntil:required");
    assertThat(fieldCodes(api.post("/api/v1/claims", api.operator, accidentClaim(worker, "JKK_INCAPACITY", accident)
        .put("unableToWorkFrom", accident.toString()).put("unableToWorkUntil", TODAY.plusDays(3).toString()))))
        .containsExactly("unableToWorkUntil:date_in_future");
    assertThat(fieldCodes(api.post("/api/v1/claims", api.operator, accidentClaim(worker, "JKK_DISABILITY", accident)
        .put("disabilities", new JsonArray().add(new JsonObject().put("tableCode", "EKOR"))))))
        .containsExactly("disabilities[0].tableCode:disability_code_unknown");
    assertThat(fieldCodes(api.post("/api/v1/claims", api.operator, accidentClaim(worker, "JKK_DISABILITY", accident))))
        .containsExactly("disabilities:disability_required");
    assertThat(fieldCodes(api.post("/api/v1/claims", api.operator, accidentClaim(worker, "JKM_DEATH", accident)
        .put("totalDisability", true))))
        .containsExactly("totalDisability:fact_not_for_type");
    assertThat(claimsOf(worker)).isZero();
  }
}
