package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17 on claims and santunan: a claim holds data about health (the incident, the injury,
 * its costs) and names the worker, so each read of one is on record in the access log with the
 * field {@code claim}: a case's view as a DETAIL (with {@code heir_name} once BPJS paid an heir),
 * a page of the list or of the overdue and flagged queues as one SEARCH naming each worker on it;
 * a santunan entitlement's view and list likewise with the worker's name. A read that finds
 * nobody (another kelurahan's claim, an empty page) records no one.
 */
class ClaimReadsOnRecordTest {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
  @RegisterExtension static final ClaimsApi api = new ClaimsApi("claim-reads-on-record");

  @Test
  void aCaseViewIsADetailAndEachListOrQueuePageASearchWithTheClaimField() {
    ClaimsApi.Worker worker = api.deceasedWorker("Sutrisno Wibowo");
    ClaimsApi.Worker other = api.deceasedWorker("Mulyadi Santoso");
    String id = api.fileDeathClaim(api.operator, worker.id()).bodyAsJsonObject().getString("id");
    api.fileDeathClaim(api.operator, other.id());
    assertThat(reads(worker.id())).as("filing is on the audit trail, not a read").isEmpty();

    assertThat(api.get("/api/v1/claims/" + id, api.auditor).statusCode()).isEqualTo(200);
    assertThat(reads(worker.id(), "DETAIL")).singleElement().satisfies(r -> {
      assertThat(r.getString("username")).isEqualTo("auditor");
      assertThat(r.getString("role")).isEqualTo("AUDITOR");
      assertThat(r.getJsonArray("fields").getList()).containsExactlyInAnyOrder("name", "claim");
      assertThat(r.getJsonObject("detail").getString("claimId")).isEqualTo(id);
    });
    assertThat(reads(other.id())).as("another worker's claim was not read").isEmpty();

    // A field officer of another kelurahan finds nothing: nobody read, nothing recorded.
    assertThat(api.get("/api/v1/claims/" + id, api.strangerOfficer).statusCode()).isEqualTo(404);
    assertThat(api.get("/api/v1/claims?workerId=" + worker.id(), api.strangerOfficer).statusCode()).isEqualTo(200);
    assertThat(reads(worker.id())).hasSize(1);

    // One page of the list: one record naming both workers, once each.
    var page = api.get("/api/v1/claims?status=SUBMITTED", api.fieldOfficer);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.bodyAsString()).contains("Sutrisno Wibowo", "Mulyadi Santoso");
    JsonObject search = reads(worker.id(), "SEARCH").get(0);
    assertThat(search.getString("username")).isEqualTo("field");
    assertThat(search.getJsonArray("fields").getList()).containsExactlyInAnyOrder("name", "claim");
    assertThat(search.getJsonArray("personIds").getList()).contains(worker.id().toString(), other.id().toString());
    assertThat(reads(other.id(), "SEARCH")).singleElement().extracting(r -> r.getValue("id")).isEqualTo(search.getValue("id"));
  }

  @Test
  void theOverdueAndFlaggedQueuesAndAPaidCaseAreOnRecord() {
    ClaimsApi.Worker worker = api.deceasedWorker("Kasiyem Rahayu");
    String id = api.verifiedClaim(worker).getString("id");
    var handed = api.post("/api/v1/claims/" + id + "/handover", api.operator, new JsonObject()
        .put("handedOverOn", TODAY.minusDays(8).toString()).put("bpjsBranch", "Malang").put("bpjsCaseNumber", "JKM-1"));
    assertThat(handed.statusCode()).as(handed.bodyAsString()).isEqualTo(200);
    assertThat(reads(worker.id())).isEmpty();

    assertThat(ids(api.get("/api/v1/claims/overdue", api.approver))).contains(id);
    assertThat(reads(worker.id(), "SEARCH")).singleElement().satisfies(r -> {
      assertThat(r.getString("username")).isEqualTo("approver");
      assertThat(r.getJsonArray("fields").getList()).containsExactlyInAnyOrder("name", "claim");
    });

    var answered = api.post("/api/v1/claims/" + id + "/bpjs-answer", api.operator, new JsonObject()
        .put("outcome", "PARTLY_PAID").put("answeredOn", TODAY.toString()).put("amount", 20_000_000)
        .put("paidToHeirId", worker.sibling().toString()).put("reference", "TRX-1")
        .put("lines", new JsonArray().add(new JsonObject().put("code", "JKM_DEATH_LUMP_SUM").put("amount", 20_000_000))));
    assertThat(answered.statusCode()).as(answered.bodyAsString()).isEqualTo(200);
    assertThat(ids(api.get("/api/v1/claims/flagged", api.admin))).contains(id);
    assertThat(reads(worker.id(), "SEARCH")).hasSize(2).first()
        .satisfies(r -> assertThat(r.getString("username")).isEqualTo("admin"));

    // BPJS paid an heir: the case's view now carries that heir's name.
    assertThat(api.get("/api/v1/claims/" + id, api.operator).bodyAsString()).contains("paidToName");
    assertThat(reads(worker.id(), "DETAIL")).singleElement()
        .satisfies(r -> assertThat(r.getJsonArray("fields").getList()).containsExactlyInAnyOrder("name", "claim", "heir_name"));
  }

  @Test
  void aSantunanEntitlementsViewAndListAreOnRecord() {
    ClaimsApi.Worker worker = api.deceasedWorker("Paimin Sugiarto");
    String entitlement = api.santunan(worker).getString("id");
    assertThat(reads(worker.id())).as("recording the event is a write").isEmpty();

    assertThat(api.get("/api/v1/santunan-entitlements/" + entitlement, api.approver).statusCode()).isEqualTo(200);
    assertThat(reads(worker.id(), "DETAIL")).singleElement().satisfies(r -> {
      assertThat(r.getString("username")).isEqualTo("approver");
      assertThat(r.getJsonArray("fields").getList()).containsExactly("name");
      assertThat(r.getJsonObject("detail").getString("entitlementId")).isEqualTo(entitlement);
    });
    var list = api.get("/api/v1/santunan-entitlements?workerId=" + worker.id(), api.auditor);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.bodyAsString()).contains(entitlement);
    assertThat(reads(worker.id(), "SEARCH")).singleElement().satisfies(r -> {
      assertThat(r.getString("username")).isEqualTo("auditor");
      assertThat(r.getJsonArray("personIds").getList()).containsExactly(worker.id().toString());
    });
    assertThat(api.get("/api/v1/santunan-entitlements?workerId=" + UUID.randomUUID(), api.auditor).statusCode())
        .isEqualTo(200);
    assertThat(reads(worker.id())).hasSize(2);
  }

  private static List<String> ids(io.vertx.ext.web.client.HttpResponse<io.vertx.core.buffer.Buffer> list) {
    assertThat(list.statusCode()).as(list.bodyAsString()).isEqualTo(200);
    return list.bodyAsJsonObject().getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("id")).toList();
  }

  /** The access log's records naming the worker, newest first. */
  private static List<JsonObject> reads(UUID workerId) {
    var log = api.get("/api/v1/access-log?personId=" + workerId, api.auditor);
    assertThat(log.statusCode()).as(log.bodyAsString()).isEqualTo(200);
    return log.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast).toList();
  }

  private static List<JsonObject> reads(UUID workerId, String kind) {
    return reads(workerId).stream().filter(o -> o.getString("kind").equals(kind)).toList();
  }
}
