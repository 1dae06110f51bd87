package id.ngopeni.api.security;

import id.ngopeni.api.security.MassAssignmentCases.Call;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** The mass-assignment cases of the BPJS side: a death, a refund received, a difference decided. */
final class BpjsCases {
  private static final AtomicInteger MONTH = new AtomicInteger();

  private BpjsCases() {}

  static void register(BiConsumer<String, Supplier<Call>> add, Pool db, String admin, UUID adminId,
      Function<String, JsonObject> get, Supplier<UUID> member, LocalDate today) {
    add.accept("post /workers/{id}/death", () -> {
      UUID worker = member.get();
      return new Call(admin, "/workers/" + worker + "/death",
          new JsonObject().put("deathDate", today.minusDays(1).toString()), Map.of(), r -> r);
    });
    add.accept("post /bpjs/refunds/{id}/received", () -> {
      UUID worker = member.get();
      UUID invoice = UUID.randomUUID();
      UUID refund = UUID.randomUUID();
      LocalDate period = LocalDate.of(2031, 1, 1).plusMonths(MONTH.getAndIncrement());
      db.preparedQuery("INSERT INTO premium_invoice (id, period, funding_source, status, paid_on) "
          + "VALUES ($1, $2, 'MANDIRI', 'PAID', $3)").execute(Tuple.of(invoice, period, today)).await();
      db.preparedQuery("INSERT INTO bpjs_refund (id, worker_id, membership_id, invoice_id, period, amount) "
          + "SELECT $1, $2, m.id, $3, $4, 16800 FROM membership m WHERE m.worker_id = $2")
          .execute(Tuple.of(refund, worker, invoice, period)).await();
      return new Call(admin, "/bpjs/refunds/" + refund + "/received",
          new JsonObject().put("receivedOn", today.toString()).put("reference", "BPJS-RET-0001"), Map.of(),
          r -> find(get.apply("/bpjs/refunds?status=RECEIVED"), refund));
    });
    add.accept("post /bpjs/differences/{id}/resolve", () -> {
      UUID worker = member.get();
      UUID file = UUID.randomUUID();
      UUID reconciliation = UUID.randomUUID();
      UUID difference = UUID.randomUUID();
      LocalDate period = LocalDate.of(2031, 1, 1).plusMonths(MONTH.getAndIncrement());
      db.preparedQuery("INSERT INTO bpjs_file (id, kind, sha256, rows, result, imported_by) "
          + "VALUES ($1, 'BILL', sha256($1::text::bytea), 1, '{}', $2)").execute(Tuple.of(file, adminId)).await();
      db.preparedQuery("INSERT INTO bpjs_reconciliation (id, period, file_id, created_by) VALUES ($1, $2, $3, $4)")
          .execute(Tuple.of(reconciliation, period, file, adminId)).await();
      db.preparedQuery("INSERT INTO bpjs_difference (id, reconciliation_id, kind, worker_id, city_amount, bpjs_amount) "
          + "VALUES ($1, $2, 'NOT_AT_BPJS', $3, 16800, 0)").execute(Tuple.of(difference, reconciliation, worker)).await();
      return new Call(admin, "/bpjs/differences/" + difference + "/resolve",
          new JsonObject().put("action", "FIX").put("reason", "KPJ corrected"), Map.of(),
          r -> find(get.apply("/bpjs/differences?reconciliationId=" + reconciliation), difference));
    });
  }

  private static JsonObject find(JsonObject list, UUID id) {
    return list.getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(o -> id.toString().equals(o.getString("id"))).findFirst().orElseThrow();
  }
}
