package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the console's lists need: one worker's claims (still within a field officer's scope),
 * names instead of ids in the claim and payout lists (never a NIK), and the batches with
 * their totals, newest first.
 */
class ClaimAndPayoutListsTest {
  @RegisterExtension static final ClaimsApi api = new ClaimsApi("claim-payout-lists");

  private static List<JsonObject> items(String path, String token) {
    var response = api.get(path, token);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertThat(response.bodyAsString()).as("no NIK in a list").doesNotContain(RegistryFixtures.NIK_PREFIX);
    List<JsonObject> items = response.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast).toList();
    items.forEach(item -> assertThat(item.fieldNames()).doesNotContain("nik"));
    return items;
  }

  private static List<String> ids(List<JsonObject> items, String field) {
    return items.stream().map(i -> i.getString(field)).toList();
  }

  @Test
  void claimsOfOneWorkerWithTheWorkersNameAndWithinTheCallersScope() {
    ClaimsApi.Worker ani = api.deceasedWorker("Ani Suryani");
    ClaimsApi.Worker budi = api.deceasedWorker("Budi Santoso");
    String aniFirst = api.fileDeathClaim(api.operator, ani.id()).bodyAsJsonObject().getString("id");
    // A second death claim is filed (ineligible): the worker then has two claims.
    String aniSecond = api.fileDeathClaim(api.operator, ani.id()).bodyAsJsonObject().getString("id");
    String budis = api.fileDeathClaim(api.operator, budi.id()).bodyAsJsonObject().getString("id");

    List<JsonObject> anis = items("/api/v1/claims?workerId=" + ani.id(), api.operator);
    assertThat(ids(anis, "id")).containsExactly(aniSecond, aniFirst);
    assertThat(ids(anis, "workerName")).containsOnly("Ani Suryani");
    assertThat(ids(items("/api/v1/claims?workerId=" + budi.id() + "&status=SUBMITTED", api.auditor), "id"))
        .containsExactly(budis);
    assertThat(items("/api/v1/claims?workerId=" + budi.id() + "&status=PAID", api.operator)).isEmpty();
    // Paging within one worker's claims.
    var firstPage = api.get("/api/v1/claims?workerId=" + ani.id() + "&limit=1", api.operator).bodyAsJsonObject();
    assertThat(firstPage.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(aniSecond);
    var secondPage = api.get("/api/v1/claims?workerId=" + ani.id() + "&limit=1&cursor=" + firstPage.getString("nextCursor"),
        api.operator).bodyAsJsonObject();
    assertThat(ids(secondPage.getJsonArray("items").stream().map(JsonObject.class::cast).toList(), "id"))
        .containsExactly(aniFirst);
    assertThat(secondPage.getString("nextCursor")).isNull();
    // The single claim names its worker too.
    assertThat(api.get("/api/v1/claims/" + budis, api.operator).bodyAsJsonObject().getString("workerName"))
        .isEqualTo("Budi Santoso");

    // Field officers: their own kelurahan's worker is listed; for anyone else's, the list is
    // empty, exactly as for a worker without claims.
    assertThat(ids(items("/api/v1/claims?workerId=" + ani.id(), api.fieldOfficer), "id")).containsExactly(aniSecond, aniFirst);
    assertThat(items("/api/v1/claims?workerId=" + ani.id(), api.strangerOfficer)).isEmpty();
    UUID elsewhere = api.registry.worker(ClaimsApi.OTHER_KELURAHAN, "Citra Lestari");
    api.registry.membership(elsewhere, LocalDate.now().minusYears(1), 1_000_000);
    String elsewhereClaim = api.fileDeathClaim(api.operator, elsewhere).bodyAsJsonObject().getString("id");
    assertThat(items("/api/v1/claims?workerId=" + elsewhere, api.fieldOfficer)).isEmpty();
    assertThat(ids(items("/api/v1/claims?workerId=" + elsewhere, api.strangerOfficer), "id")).containsExactly(elsewhereClaim);
    assertThat(items("/api/v1/claims?workerId=" + UUID.randomUUID(), api.operator)).isEmpty();

    var malformed = api.get("/api/v1/claims?workerId=ani", api.operator);
    assertThat(malformed.statusCode()).isEqualTo(422);
    JsonObject error = malformed.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("workerId");
    assertThat(error.getString("code")).isEqualTo("uuid_invalid");
  }

  @Test
  void payoutsNameTheWorkerAndTheHeirAndBatchesListNewestFirstWithTheirTotals() {
    ClaimsApi.Worker dewi = api.deceasedWorker("Dewi Kartika");
    String entitlementId = api.santunan(dewi).getString("id");
    String first = api.pendingPayout(entitlementId, dewi.spouse(), 6_000_000L);
    String second = api.pendingPayout(entitlementId, dewi.spouse(), 2_000_000L);
    String third = api.pendingPayout(entitlementId, dewi.spouse(), 1_000_000L);

    List<JsonObject> pending = items("/api/v1/payouts?entitlementId=" + entitlementId + "&status=PENDING_APPROVAL", api.approver);
    assertThat(ids(pending, "id")).containsExactly(third, second, first);
    assertThat(ids(pending, "workerName")).containsOnly("Dewi Kartika");
    assertThat(ids(pending, "heirName")).containsOnly("Ahli Waris SPOUSE");
    assertThat(api.get("/api/v1/payouts/" + first, api.auditor).bodyAsJsonObject().getString("workerName"))
        .isEqualTo("Dewi Kartika");

    for (String id : List.of(first, second, third)) {
      assertThat(api.post("/api/v1/payouts/" + id + "/approve", api.approver, null).statusCode()).isEqualTo(200);
    }
    var older = api.post("/api/v1/payout-batches", api.operator, new JsonObject().put("payoutIds", new JsonArray().add(first).add(second)));
    assertThat(older.statusCode()).as(older.bodyAsString()).isEqualTo(201);
    String olderId = older.bodyAsJsonObject().getString("id");
    JsonObject olderItem = older.bodyAsJsonObject().getJsonArray("items").getJsonObject(0);
    assertThat(olderItem.getString("workerName")).isEqualTo("Dewi Kartika");
    assertThat(olderItem.getString("heirName")).isEqualTo("Ahli Waris SPOUSE");
    var reconciled = api.postCsv("/api/v1/payout-batches/" + olderId + "/reconcile", api.reconciler,
        "transfer_reference,amount,status,bank_reference\n" + api.transfer(olderId, first) + ",PAID,BRI-1\n"
            + api.transfer(olderId, second) + ",FAILED,\n");
    assertThat(reconciled.statusCode()).as(reconciled.bodyAsString()).isEqualTo(200);
    assertThat(reconciled.bodyAsJsonObject().getLong("paid")).isEqualTo(1L);
    assertThat(reconciled.bodyAsJsonObject().getLong("failed")).isEqualTo(1L);
    var newer = api.post("/api/v1/payout-batches", api.operator, null);
    assertThat(newer.statusCode()).as(newer.bodyAsString()).isEqualTo(201);
    String newerId = newer.bodyAsJsonObject().getString("id");

    List<JsonObject> all = items("/api/v1/payout-batches", api.auditor);
    assertThat(ids(all, "id")).containsExactly(newerId, olderId);
    JsonObject open = all.get(0);
    assertThat(open.getString("status")).isEqualTo("OPEN");
    assertThat(open.getLong("count")).isEqualTo(1L);
    assertThat(open.getLong("total")).isEqualTo(1_000_000L);
    assertThat(open.getLong("paid")).isZero();
    assertThat(open.getLong("failed")).isZero();
    assertThat(open.getString("reconciledAt")).isNull();
    assertThat(open.fieldNames()).doesNotContain("items");
    JsonObject done = all.get(1);
    assertThat(done.getString("status")).isEqualTo("RECONCILED");
    assertThat(done.getLong("count")).isEqualTo(2L);
    assertThat(done.getLong("total")).isEqualTo(8_000_000L);
    assertThat(done.getLong("paid")).isEqualTo(1L);
    assertThat(done.getLong("failed")).isEqualTo(1L);
    assertThat(done.getString("reconciledAt")).isNotNull();

    assertThat(ids(items("/api/v1/payout-batches?status=OPEN", api.operator), "id")).containsExactly(newerId);
    assertThat(ids(items("/api/v1/payout-batches?status=RECONCILED", api.approver), "id")).containsExactly(olderId);
    var page = api.get("/api/v1/payout-batches?limit=1", api.admin).bodyAsJsonObject();
    assertThat(page.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(newerId);
    var rest = api.get("/api/v1/payout-batches?limit=1&cursor=" + page.getString("nextCursor"), api.admin).bodyAsJsonObject();
    assertThat(rest.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(olderId);
    assertThat(rest.getString("nextCursor")).isNull();

    var badStatus = api.get("/api/v1/payout-batches?status=CLOSED", api.operator);
    assertThat(badStatus.statusCode()).isEqualTo(422);
    assertThat(badStatus.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("status");
    assertThat(api.get("/api/v1/payout-batches", api.fieldOfficer).statusCode()).isEqualTo(403);
  }
}
