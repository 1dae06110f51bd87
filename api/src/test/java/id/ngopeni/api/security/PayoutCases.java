package id.ngopeni.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.security.MassAssignmentCases.Call;
import id.ngopeni.domain.Ids;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The mass-assignment cases of the city's own santunan: its programmes, events and payouts
 * (rejected, cancelled after a failed transfer). Made with a programme, a member who died, their
 * spouse as heir and the entitlement the death gives; {@link #approved} gives a payout ready to batch.
 */
final class PayoutCases {
  private final MassAssignmentCases cases;
  private final Pool db;
  private final String operator;
  private final String approver;
  private final String reconciler;
  private final LocalDate today;
  private final Supplier<UUID> member;
  private final String programme;
  private final UUID spouse;
  private final UUID entitlement;

  /** @param created POSTs a body to a path and answers the new object's id */
  PayoutCases(MassAssignmentCases cases, Pool db, String operator, String approver, String reconciler, LocalDate today,
      BiFunction<String, JsonObject, String> created, Supplier<UUID> member) {
    this.cases = cases;
    this.db = db;
    this.operator = operator;
    this.approver = approver;
    this.reconciler = reconciler;
    this.today = today;
    this.member = member;
    programme = created.apply("/santunan-programmes", programme("Santunan kematian (uji)"));
    UUID dead = member.get();
    spouse = spouseOf(dead);
    entitlement = santunan(dead);
  }

  void register(BiConsumer<String, Supplier<Call>> add, String admin, Function<String, JsonObject> get) {
    add.accept("post /santunan-programmes", () -> call(admin, "/santunan-programmes", programme("Santunan kecelakaan (uji)"),
        r -> get.apply("/santunan-programmes/" + r.getString("id"))));
    add.accept("put /santunan-programmes/{id}", () -> new Call(admin, "/santunan-programmes/" + programme,
        programme("Santunan kematian (ubah)"), Map.of("If-Match", "\"" + get.apply("/santunan-programmes/" + programme)
            .getInteger("version") + "\""), r -> get.apply("/santunan-programmes/" + programme)));
    add.accept("post /santunan-events", () -> {
      UUID worker = member.get();
      return call(operator, "/santunan-events", new JsonObject().put("workerId", worker.toString()).put("kind", "WORK_ACCIDENT")
          .put("eventDate", today.minusDays(3).toString()).put("proofNote", "Laporan kecelakaan kerja."),
          r -> get.apply("/santunan-entitlements/" + r.getJsonArray("entitlements").getJsonObject(0).getString("id")));
    });
    add.accept("post /santunan-entitlements/{id}/payouts", () -> call(operator, "/santunan-entitlements/" + entitlement + "/payouts",
        payout(spouse), r -> get.apply("/payouts/" + r.getString("id"))));
    add.accept("post /payouts/{id}/reject", () -> {
      String payout = pendingPayout(entitlement, spouse);
      return call(approver, "/payouts/" + payout + "/reject", new JsonObject().put("reason", "Rekening salah"),
          r -> get.apply("/payouts/" + payout));
    });
    add.accept("post /payouts/{id}/reveal", () -> {
      String payout = pendingPayout(entitlement, spouse);
      return call(approver, "/payouts/" + payout + "/reveal", new JsonObject().put("purpose", "PAYOUT"),
          r -> get.apply("/payouts/" + payout));
    });
    add.accept("post /payouts/{id}/cancel", () -> {
      String payout = failedPayout(entitlement, spouse);
      return call(operator, "/payouts/" + payout + "/cancel", new JsonObject().put("reason", "Ahli waris menolak"),
          r -> get.apply("/payouts/" + payout));
    });
  }

  /** An approved payout of the entitlement to the spouse. */
  String approved() {
    return approvedPayout(entitlement, spouse);
  }

  private static Call call(String token, String path, Object body, Function<JsonObject, JsonObject> readBack) {
    return new Call(token, path, body, Map.of(), readBack);
  }

  private static JsonObject payout(UUID heir) {
    return new JsonObject().put("heirId", heir.toString()).put("bankCode", "002").put("accountNumber", "0123-01-000123-30-5")
        .put("accountName", "Siti Aminah").put("amount", 1_000);
  }

  private String pendingPayout(UUID entitlement, UUID heir) {
    var response = cases.send(HttpMethod.POST, "/santunan-entitlements/" + entitlement + "/payouts", operator, payout(heir), Map.of());
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
    return response.bodyAsJsonObject().getString("id");
  }

  private String approvedPayout(UUID entitlement, UUID heir) {
    String id = pendingPayout(entitlement, heir);
    assertThat(cases.send(HttpMethod.POST, "/payouts/" + id + "/approve", approver, null, Map.of()).statusCode()).isEqualTo(200);
    return id;
  }

  private String failedPayout(UUID entitlement, UUID heir) {
    String id = approvedPayout(entitlement, heir);
    var batch = cases.send(HttpMethod.POST, "/payout-batches", operator, new JsonObject().put("payoutIds", new JsonArray().add(id)), Map.of());
    assertThat(batch.statusCode()).as(batch.bodyAsString()).isEqualTo(201);
    JsonObject item = batch.bodyAsJsonObject().getJsonArray("items").getJsonObject(0);
    var reconciled = cases.server.http.post("/api/v1/payout-batches/" + batch.bodyAsJsonObject().getString("id") + "/reconcile")
        .putHeader("Authorization", "Bearer " + reconciler).putHeader("Content-Type", "text/csv")
        .sendBuffer(Buffer.buffer("transfer_reference,amount,status,bank_reference\n" + item.getString("reference") + ","
            + item.getLong("amount") + ",FAILED,\n")).await();
    assertThat(reconciled.statusCode()).as(reconciled.bodyAsString()).isEqualTo(200);
    return id;
  }

  /** A city santunan programme in force since last year: Rp10.000.000 per death, Rp5.000.000 per work accident. */
  private JsonObject programme(String name) {
    return new JsonObject().put("name", name).put("regulationNumber", "Perwali Kota Malang No. 7 Tahun 2025")
        .put("regulationDate", today.minusYears(1).toString()).put("effectiveFrom", today.minusYears(1).toString())
        .put("amounts", new JsonObject().put("DEATH", 10_000_000).put("WORK_ACCIDENT", 5_000_000))
        .put("budgetYear", today.getYear()).put("budgetSource", "APBD").put("budgetCeiling", 1_000_000_000L);
  }

  /** A spouse registered as the member's heir. */
  private UUID spouseOf(UUID worker) {
    UUID heir = Ids.newId();
    db.preparedQuery("""
        INSERT INTO heir (id, worker_id, position, full_name, relationship, priority_class)
        VALUES ($1, $2, 1, 'Siti Aminah', 'SPOUSE', 1)
        """).execute(Tuple.of(heir, worker)).await();
    return heir;
  }

  /** The member's death recorded: the entitlement it gives under the programme. */
  private UUID santunan(UUID worker) {
    var recorded = cases.send(HttpMethod.POST, "/santunan-events", operator, new JsonObject().put("workerId", worker.toString())
        .put("kind", "DEATH").put("eventDate", today.minusDays(10).toString()).put("proofNote", "Akta kematian."), Map.of());
    assertThat(recorded.statusCode()).as(recorded.bodyAsString()).isEqualTo(201);
    return UUID.fromString(recorded.bodyAsJsonObject().getJsonArray("entitlements").getJsonObject(0).getString("id"));
  }
}
