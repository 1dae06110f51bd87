package id.ngopeni.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.Ids;
import id.ngopeni.domain.Jakarta;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 19.6: claims, payouts and batches carry a number people can read aloud (KLM-2026-000123,
 * BYR-…, BTH-…), assigned by the database from a per-kind, per-year sequence: unique under
 * concurrent filing, shown in lists and details, and a way to find the record.
 */
class RecordNumbersTest {
  @RegisterExtension static final ClaimsApi api = new ClaimsApi("record-numbers");

  private static final String YEAR = String.valueOf(LocalDate.now(Jakarta.ZONE).getYear());

  @Test
  void twentyClaimsFiledAtOnceGetTwentyDistinctNumbersOfTheYear() {
    List<UUID> workers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      workers.add(api.deceasedWorker("Pekerja " + i).id());
    }
    List<Future<HttpResponse<Buffer>>> calls = new ArrayList<>();
    for (UUID worker : workers) {
      calls.add(api.wide.post("/api/v1/claims").putHeader("Authorization", "Bearer " + api.operator)
          .sendJsonObject(new JsonObject().put("workerId", worker.toString()).put("type", "JKM_DEATH")
              .put("incidentDate", LocalDate.now().minusDays(3).toString()).put("description", "Meninggal dunia.")));
    }
    Future.join(calls).await();
    List<String> numbers = calls.stream().map(f -> {
      assertThat(f.result().statusCode()).as(f.result().bodyAsString()).isEqualTo(201);
      return f.result().bodyAsJsonObject().getString("number");
    }).toList();
    assertThat(numbers).doesNotHaveDuplicates().hasSize(20)
        .allSatisfy(n -> assertThat(n).matches("KLM-" + YEAR + "-\\d{6}"));
    assertThat(api.registry.count("SELECT count(DISTINCT number) FROM claim WHERE number = ANY($1)",
        (Object) numbers.toArray(String[]::new))).isEqualTo(20);
  }

  @Test
  void aClaimsNumberIsInItsDetailInTheListAndFindsIt() {
    UUID worker = api.deceasedWorker("Ratna Sari").id();
    var filed = api.fileDeathClaim(api.operator, worker);
    assertThat(filed.statusCode()).as(filed.bodyAsString()).isEqualTo(201);
    String id = filed.bodyAsJsonObject().getString("id");
    String number = filed.bodyAsJsonObject().getString("number");
    assertThat(number).matches("KLM-" + YEAR + "-\\d{6}");

    assertThat(api.get("/api/v1/claims/" + id, api.auditor).bodyAsJsonObject().getString("number")).isEqualTo(number);
    assertThat(items("/api/v1/claims?workerId=" + worker, api.auditor)).singleElement()
        .satisfies(c -> assertThat(c.getString("number")).isEqualTo(number));
    // Typed loosely: lower case, without the leading zeros.
    String loose = number.toLowerCase().replaceFirst("-0+", "-");
    assertThat(items("/api/v1/claims?number=" + loose, api.operator)).singleElement()
        .satisfies(c -> assertThat(c.getString("id")).isEqualTo(id));
    // The field officer of the kelurahan finds it; one of another kelurahan finds nothing.
    assertThat(items("/api/v1/claims?number=" + number, api.fieldOfficer)).hasSize(1);
    assertThat(items("/api/v1/claims?number=" + number, api.strangerOfficer)).isEmpty();
    assertThat(items("/api/v1/claims?number=KLM-1999-000001", api.operator)).isEmpty();

    var malformed = api.get("/api/v1/claims?number=BYR-2026-000001", api.operator);
    assertThat(malformed.statusCode()).isEqualTo(422);
    assertThat(malformed.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("code"))
        .isEqualTo("parameter_malformed");
  }

  @Test
  void payoutsAndBatchesAreNumberedListedAndFoundByNumber() {
    ClaimsApi.Worker worker = api.deceasedWorker("Sri Wahyuni");
    String entitlementId = api.santunan(worker).getString("id");
    var created = api.createPayout(api.operator, entitlementId, worker.spouse(), 4_000_000L);
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    String payoutId = created.bodyAsJsonObject().getString("id");
    String payoutNumber = created.bodyAsJsonObject().getString("number");
    assertThat(payoutNumber).matches("BYR-" + YEAR + "-\\d{6}");
    assertThat(api.get("/api/v1/payouts/" + payoutId, api.auditor).bodyAsJsonObject().getString("number"))
        .isEqualTo(payoutNumber);
    assertThat(items("/api/v1/payouts?number=" + payoutNumber, api.approver)).singleElement()
        .satisfies(p -> assertThat(p.getString("id")).isEqualTo(payoutId));

    assertThat(api.post("/api/v1/payouts/" + payoutId + "/approve", api.approver, null).statusCode()).isEqualTo(200);
    var batch = api.post("/api/v1/payout-batches", api.operator, new JsonObject().put("payoutIds", new JsonArray().add(payoutId)));
    assertThat(batch.statusCode()).as(batch.bodyAsString()).isEqualTo(201);
    String batchId = batch.bodyAsJsonObject().getString("id");
    String batchNumber = batch.bodyAsJsonObject().getString("number");
    assertThat(batchNumber).matches("BTH-" + YEAR + "-\\d{6}");
    assertThat(batch.bodyAsJsonObject().getJsonArray("items").getJsonObject(0).getString("payoutNumber")).isEqualTo(payoutNumber);
    assertThat(items("/api/v1/payout-batches?number=" + batchNumber, api.auditor)).singleElement()
        .satisfies(b -> assertThat(b.getString("id")).isEqualTo(batchId));
    assertThat(items("/api/v1/payout-batches", api.auditor).get(0).getString("number")).isEqualTo(batchNumber);

    // The audit trail names the entity by its number.
    var trail = api.get("/api/v1/audit?entityType=payout&entityId=" + payoutId, api.auditor);
    assertThat(trail.bodyAsJsonObject().getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("entityNumber")))
        .isNotEmpty().containsOnly(payoutNumber);
  }

  /** Gap-tolerant: a transaction that rolls back after its insert has used its number up; none is reused. */
  @Test
  void aRolledBackInsertSkipsItsNumberAndANumberNeverChanges() {
    var pool = api.server.ownerPool();
    UUID userId = UUID.fromString(api.operatorId);
    String insert = "INSERT INTO payout_batch (id, status, created_by) VALUES ($1, 'OPEN', $2) RETURNING number";
    String last = pool.preparedQuery(insert).execute(Tuple.of(Ids.newId(), userId)).await().iterator().next().getString(0);
    String lost = pool.withTransaction(tx -> tx.preparedQuery(
            "INSERT INTO payout_batch (id, status, created_by) VALUES ($1, 'OPEN', $2) RETURNING number")
        .execute(Tuple.of(Ids.newId(), userId))
        .compose(rows -> Future.<String>failedFuture(new IllegalStateException(rows.iterator().next().getString(0)))))
        .otherwise(e -> e.getMessage()).await();
    String kept = pool.preparedQuery("INSERT INTO payout_batch (id, status, created_by) VALUES ($1, 'OPEN', $2) RETURNING id, number")
        .execute(Tuple.of(Ids.newId(), userId)).await().iterator().next().getString("number");
    assertThat(sequence(lost)).isEqualTo(sequence(last) + 1);
    assertThat(sequence(kept)).isEqualTo(sequence(lost) + 1);
    assertThat(api.registry.count("SELECT count(*) FROM payout_batch WHERE number = $1", lost)).isZero();

    Throwable refused = pool.preparedQuery("UPDATE payout_batch SET number = 'BTH-2000-000001' WHERE number = $1")
        .execute(Tuple.of(kept)).map(r -> (Throwable) null).otherwise(e -> e).await();
    assertThat(refused).isNotNull().hasMessageContaining("never changes");
  }

  private static long sequence(String number) {
    return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
  }

  private static List<JsonObject> items(String path, String token) {
    var response = api.get(path, token);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast).toList();
  }
}
