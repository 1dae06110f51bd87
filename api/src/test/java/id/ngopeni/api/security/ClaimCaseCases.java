package id.ngopeni.api.security;

import id.ngopeni.api.security.MassAssignmentCases.Call;
import id.ngopeni.domain.Ids;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The mass-assignment cases of a case with BPJS: hand-over, BPJS's answer, accident report, closing a
 * follow-up, holidays and service durations.
 */
final class ClaimCaseCases {
  private static final AtomicInteger SERIAL = new AtomicInteger(1);

  private ClaimCaseCases() {}

  static void register(MassAssignmentCases cases, BiConsumer<String, Supplier<Call>> add, Pool db, String operator,
      String admin, Function<String, JsonObject> get, BiFunction<String, JsonObject, String> created,
      Supplier<JsonObject> deathClaim, Supplier<UUID> member, LocalDate today) {
    add.accept("post /claims/{id}/handover", () -> {
      UUID claim = verifiedClaim(db, member.get(), today);
      return new Call(operator, "/claims/" + claim + "/handover", handOver(today), Map.of(), r -> get.apply("/claims/" + claim));
    });
    add.accept("post /claims/{id}/bpjs-answer", () -> {
      UUID claim = verifiedClaim(db, member.get(), today);
      int handedOver = cases.send(HttpMethod.POST, "/claims/" + claim + "/handover", operator, handOver(today), Map.of())
          .statusCode();
      if (handedOver != 200) {
        throw new IllegalStateException("hand-over answered " + handedOver);
      }
      return new Call(operator, "/claims/" + claim + "/bpjs-answer", new JsonObject().put("outcome", "PAID")
          .put("answeredOn", today.toString()).put("amount", 42_000_000).put("paidToHeirId", heirOf(db, claim).toString()),
          Map.of(), r -> get.apply("/claims/" + claim));
    });
    add.accept("post /claims/{id}/accident-report", () -> {
      String claim = created.apply("/claims", deathClaim.get().put("type", "JKK_DEATH"));
      return new Call(operator, "/claims/" + claim + "/accident-report",
          new JsonObject().put("reportedAt", Instant.now().toString()), Map.of(), r -> get.apply("/claims/" + claim));
    });
    add.accept("post /claims/{id}/follow-up/resolve", () -> {
      UUID claim = flaggedClaim(db, member.get(), today);
      return new Call(operator, "/claims/" + claim + "/follow-up/resolve", new JsonObject().put("outcome", "ACCEPTED")
          .put("reason", "Diterima setelah klarifikasi dengan BPJS."), Map.of(), r -> get.apply("/claims/" + claim));
    });
    add.accept("post /service-durations", () -> new Call(admin, "/service-durations", new JsonObject()
        .put("clock", "JKK_PAYMENT").put("validFrom", today.plusYears(3).plusDays(SERIAL.incrementAndGet()).toString())
        .put("amount", 7), Map.of(), r -> get.apply("/service-durations")));
    add.accept("put /holidays/{year}", () -> new Call(admin, "/holidays/2032", new JsonObject().put("holidays",
        new JsonArray().add(new JsonObject().put("date", "2032-08-17").put("name", "Hari Kemerdekaan"))), Map.of(),
        r -> get.apply("/holidays/2032")));
  }

  private static JsonObject handOver(LocalDate today) {
    return new JsonObject().put("handedOverOn", today.toString()).put("bpjsBranch", "Malang")
        .put("bpjsCaseNumber", "JKM-" + SERIAL.incrementAndGet());
  }

  /** A member's death claim, VERIFIED, worth Rp42.000.000, with a spouse registered as heir. */
  private static UUID verifiedClaim(Pool db, UUID worker, LocalDate today) {
    db.preparedQuery("""
        INSERT INTO heir (id, worker_id, position, full_name, relationship, priority_class)
        SELECT $1, $2, coalesce(max(position), 0) + 1, 'Siti Aminah', 'SPOUSE', 1 FROM heir WHERE worker_id = $2
        """).execute(Tuple.of(Ids.newId(), worker)).await();
    UUID claim = Ids.newId();
    db.preparedQuery("""
        INSERT INTO claim (id, worker_id, type, incident_date, description, status, eligibility, eligible,
                           entitlement_lines, entitlement_total, required_documents, decided_by, decided_at, created_by)
        SELECT $1, $2, 'JKM_DEATH', $3, 'Meninggal dunia karena sakit.', 'VERIFIED', '{"eligible":true,"reasons":[]}', true,
               jsonb_build_array(jsonb_build_object('code', 'JKM_DEATH_LUMP_SUM', 'label', 'Santunan kematian',
                 'labelEn', 'Death benefit', 'amount', 42000000, 'regulation', 'PP 82/2019', 'flagged', false)),
               42000000, ARRAY['KTP_MEMBER'], u.id, now(), u.id
        FROM app_user u WHERE u.username = 'ma.operator'
        """).execute(Tuple.of(claim, worker, today.minusDays(10))).await();
    return claim;
  }

  /** {@link #verifiedClaim}, handed over and refused by BPJS: flagged SHORTFALL. */
  private static UUID flaggedClaim(Pool db, UUID worker, LocalDate today) {
    UUID claim = verifiedClaim(db, worker, today);
    db.preparedQuery("""
        UPDATE claim SET status = 'BPJS_REFUSED', handed_over_on = $2, bpjs_branch = 'Malang',
                         bpjs_case_number = 'JKM-FLAG', handed_over_by = decided_by, follow_up = ARRAY['SHORTFALL']
        WHERE id = $1
        """).execute(Tuple.of(claim, today.minusDays(5))).await();
    return claim;
  }

  private static UUID heirOf(Pool db, UUID claim) {
    return db.preparedQuery("SELECT h.id FROM heir h JOIN claim c ON c.worker_id = h.worker_id WHERE c.id = $1 "
            + "ORDER BY h.position LIMIT 1")
        .execute(Tuple.of(claim)).await().iterator().next().getUUID(0);
  }
}
