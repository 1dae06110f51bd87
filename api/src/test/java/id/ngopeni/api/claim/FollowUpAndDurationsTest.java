package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A flagged case is followed up and closed by a person, audited, and leaves the flagged list
 * until a later BPJS answer flags it again; the service clocks' durations are read by every case
 * reader and changed by an ADMIN with an effective date, a running clock keeping its own.
 */
class FollowUpAndDurationsTest {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
  private static ClaimsApi api;

  @BeforeAll
  static void start() {
    api = new ClaimsApi("follow-up");
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static String handedOver(ClaimsApi.Worker worker, LocalDate on) {
    String id = api.verifiedClaim(worker).getString("id");
    var handed = api.post("/api/v1/claims/" + id + "/handover", api.operator, new JsonObject()
        .put("handedOverOn", on.toString()).put("bpjsBranch", "Malang").put("bpjsCaseNumber", "JKM-FU-" + id.substring(0, 8)));
    assertThat(handed.statusCode()).as(handed.bodyAsString()).isEqualTo(200);
    return id;
  }

  private static HttpResponse<Buffer> pay(String id, String outcome, long amount, java.util.UUID heir) {
    return api.post("/api/v1/claims/" + id + "/bpjs-answer", api.operator, new JsonObject().put("outcome", outcome)
        .put("answeredOn", TODAY.toString()).put("amount", amount).put("paidToHeirId", heir.toString()));
  }

  private static HttpResponse<Buffer> resolve(String id, String token, String outcome, String reason) {
    JsonObject body = new JsonObject().put("outcome", outcome);
    if (reason != null) {
      body.put("reason", reason);
    }
    return api.post("/api/v1/claims/" + id + "/follow-up/resolve", token, body);
  }

  private static List<String> flagged() {
    var list = api.get("/api/v1/claims/flagged", api.operator);
    assertThat(list.statusCode()).isEqualTo(200);
    return list.bodyAsJsonObject().getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("id")).toList();
  }

  private static JsonObject claim(String id) {
    return api.get("/api/v1/claims/" + id, api.operator).bodyAsJsonObject();
  }

  @Test
  void aShortPaidCaseIsFollowedUpAndClosedThenReopenedByALaterAnswerUntilPaidInFull() {
    ClaimsApi.Worker worker = api.deceasedWorker("Sarmini Utami");
    String id = handedOver(worker, TODAY);
    var part = pay(id, "PARTLY_PAID", 32_000_000, worker.spouse());
    assertThat(part.statusCode()).as(part.bodyAsString()).isEqualTo(200);
    assertThat(part.bodyAsJsonObject().getBoolean("followUpOpen")).isTrue();
    assertThat(flagged()).contains(id);

    long version = claim(id).getLong("version");
    var noReason = resolve(id, api.operator, "ACCEPTED", null);
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(noReason.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
    assertThat(resolve(id, api.fieldOfficer, "ACCEPTED", "x").statusCode()).isEqualTo(403);
    assertThat(resolve(id, api.auditor, "ACCEPTED", "x").statusCode()).isEqualTo(403);
    assertThat(claim(id).getLong("version")).isEqualTo(version);
    assertThat(flagged()).contains(id);

    var closed = resolve(id, api.operator, "DIFFERENCE_PAID", "BPJS mentransfer selisih Rp10.000.000 langsung ke ahli waris.");
    assertThat(closed.statusCode()).as(closed.bodyAsString()).isEqualTo(200);
    JsonObject c = closed.bodyAsJsonObject();
    assertThat(c.getBoolean("followUpOpen")).isFalse();
    assertThat(c.getJsonArray("followUp").getList()).containsExactly("SHORTFALL");
    JsonObject resolution = c.getJsonObject("followUpResolution");
    assertThat(resolution.getString("outcome")).isEqualTo("DIFFERENCE_PAID");
    assertThat(resolution.getString("resolvedBy")).isEqualTo(api.operatorId);
    assertThat(resolution.getJsonArray("flags").getList()).containsExactly("SHORTFALL");
    assertThat(flagged()).doesNotContain(id);
    var again = resolve(id, api.operator, "ACCEPTED", "Sekali lagi.");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(ClaimsApi.code(again)).isEqualTo("follow_up_not_open");
    assertThat(api.auditActions("claim", id)).endsWith("claim.bpjs_answered", "claim.follow_up_resolved");

    // A further part payment is checked afresh: still short, so the case is open again.
    assertThat(pay(id, "PARTLY_PAID", 5_000_000, worker.spouse()).statusCode()).isEqualTo(200);
    assertThat(claim(id).getBoolean("followUpOpen")).isTrue();
    assertThat(claim(id).getValue("followUpResolution")).isNull();
    assertThat(flagged()).contains(id);
    var rest = pay(id, "PAID", 5_000_000, worker.spouse());
    assertThat(rest.statusCode()).as(rest.bodyAsString()).isEqualTo(200);
    assertThat(rest.bodyAsJsonObject().getJsonArray("followUp")).isEmpty();
    assertThat(flagged()).doesNotContain(id);
  }

  @Test
  void aPaymentToALowerHeirClassIsAcceptedWithAReasonButNeverAsADifferencePaid() {
    ClaimsApi.Worker worker = api.deceasedWorker("Jumadi Santoso");
    String id = handedOver(worker, TODAY);
    assertThat(pay(id, "PAID", 42_000_000, worker.sibling()).statusCode()).isEqualTo(200);
    long version = claim(id).getLong("version");
    var wrong = resolve(id, api.operator, "DIFFERENCE_PAID", "Dibayar.");
    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(wrong.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("code"))
        .isEqualTo("outcome_not_for_flags");
    assertThat(claim(id).getLong("version")).isEqualTo(version);
    var accepted = resolve(id, api.admin, "ACCEPTED",
        "Janda telah meninggal; saudara kandung ditetapkan ahli waris oleh pengadilan agama.");
    assertThat(accepted.statusCode()).as(accepted.bodyAsString()).isEqualTo(200);
    assertThat(accepted.bodyAsJsonObject().getJsonObject("followUpResolution").getJsonArray("flags").getList())
        .containsExactly("PAYEE_NOT_FIRST_HEIR");
    assertThat(flagged()).doesNotContain(id);
  }

  @Test
  void anAdminChangesADurationFromADateAndOnlyClocksStartingThenUseIt() {
    var read = api.get("/api/v1/service-durations", api.fieldOfficer);
    assertThat(read.statusCode()).as(read.bodyAsString()).isEqualTo(200);
    assertThat(read.bodyAsJsonObject().getJsonArray("items").stream().map(o -> (JsonObject) o)
        .filter(d -> d.getBoolean("inForce")).map(d -> d.getString("clock") + "=" + d.getInteger("amount")).toList())
        .containsExactlyInAnyOrder("JKM_PAYMENT=3", "JKK_PAYMENT=7", "ACCIDENT_REPORT=48");
    ClaimsApi.Worker before = api.deceasedWorker("Paimin Sugiarto");
    String started = handedOver(before, TODAY.minusDays(1));

    JsonObject change = new JsonObject().put("clock", "JKM_PAYMENT").put("validFrom", TODAY.toString()).put("amount", 5);
    assertThat(api.post("/api/v1/service-durations", api.operator, change).statusCode()).isEqualTo(403);
    var bad = api.post("/api/v1/service-durations", api.admin, new JsonObject().put("clock", "JKM_PAYMENT")
        .put("validFrom", TODAY.minusDays(1).toString()).put("amount", 0));
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.bodyAsJsonObject().getJsonArray("errors").stream().map(o -> ((JsonObject) o).getString("field")))
        .containsExactlyInAnyOrder("amount", "validFrom");
    var unknown = api.post("/api/v1/service-durations", api.admin, change.copy().put("clock", "SANTUNAN"));
    assertThat(unknown.statusCode()).isEqualTo(422);
    var added = api.post("/api/v1/service-durations", api.admin, change);
    assertThat(added.statusCode()).as(added.bodyAsString()).isEqualTo(201);
    assertThat(added.bodyAsJsonObject().getBoolean("inForce")).isTrue();
    var twice = api.post("/api/v1/service-durations", api.admin, change);
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(ClaimsApi.code(twice)).isEqualTo("duration_exists");
    assertThat(api.auditActions("service_duration", "JKM_PAYMENT@" + TODAY)).containsExactly("service_duration.added");

    assertThat(jkmClock(started).getInteger("duration")).as("started yesterday: keeps 3").isEqualTo(3);
    String fresh = handedOver(api.deceasedWorker("Sukarni Wulandari"), TODAY);
    assertThat(jkmClock(fresh).getInteger("duration")).as("started today: 5").isEqualTo(5);
  }

  private static JsonObject jkmClock(String id) {
    JsonArray clocks = claim(id).getJsonObject("case").getJsonArray("clocks");
    return clocks.stream().map(o -> (JsonObject) o).filter(c -> c.getString("clock").equals("JKM_PAYMENT"))
        .findFirst().orElseThrow();
  }
}
