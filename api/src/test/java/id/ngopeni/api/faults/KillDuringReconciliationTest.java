package id.ngopeni.api.faults;

import id.ngopeni.api.testing.Sealed;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import id.ngopeni.persistence.audit.AuditKey;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the instance applying a bank's result file, while its transaction is open and has
 * already written (the payouts and batch are updated, the audit entries being appended):
 * after a restart nothing of it is there — every payout still APPROVED, nothing of any santunan paid, the
 * batch OPEN, not one audit entry more and the chain intact — and posting the same file again
 * applies it exactly once, with one audit entry per change it made.
 */
class KillDuringReconciliationTest {
  private static final int CLAIMS = 300;
  private static final String PASSWORD = "Rawon-Nguling-Probolinggo-7";

  @Test
  void aKilledReconciliationLeavesNothingAndTheSameFileThenAppliesExactlyOnce() throws Exception {
    try (ChildInstances children = new ChildInstances("kill_reconcile")) {
      WebClient http = children.http;
      Pool pool = children.pool;
      Process first = children.start("first.log");
      String admin = children.login("admin", TestServer.ADMIN_PASSWORD);
      // OPERATOR and APPROVER take effect once a second admin confirms them (issue 13.8).
      createUser(http, admin, "admin2", "ADMIN");
      secondAdmin = children.login("admin2", PASSWORD);
      UUID operatorId = createUser(http, admin, "operator", "OPERATOR");
      UUID approverId = createUser(http, admin, "approver", "APPROVER");
      ApprovedPayoutsFixture fixture = new ApprovedPayoutsFixture(pool, AuditKey.load(null, children.dataDir),
          Sealed.of(children.dataDir), CLAIMS, operatorId, approverId);
      String operator = children.login("operator", PASSWORD);
      // The bank's answer is recorded by another operator: never the maker of the batch or its payouts.
      createUser(http, admin, "reconciler", "OPERATOR");
      String reconciler = children.login("reconciler", PASSWORD);

      var batch = http.post("/api/v1/payout-batches").putHeader("Authorization", "Bearer " + operator)
          .sendJsonObject(new JsonObject()).await();
      assertThat(batch.statusCode()).as(batch.bodyAsString()).isEqualTo(201);
      assertThat(batch.bodyAsJsonObject().getInteger("count")).isEqualTo(fixture.payoutCount());
      UUID batchId = UUID.fromString(batch.bodyAsJsonObject().getString("id"));
      Map<UUID, String> transfers = new HashMap<>();
      batch.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast).forEach(i -> transfers.put(
          UUID.fromString(i.getString("payoutId")), i.getString("reference") + "," + i.getLong("amount")));

      // The bank's answer: every santunan's payouts PAID, except one FAILED transfer in every third one.
      Map<UUID, String> outcomes = new HashMap<>();
      List<UUID> fullyPaidClaims = new ArrayList<>();
      StringBuilder csv = new StringBuilder("transfer_reference,amount,status,bank_reference\n");
      for (int c = 0; c < CLAIMS; c++) {
        List<UUID> payouts = fixture.payouts.get(c);
        for (int p = 0; p < payouts.size(); p++) {
          String outcome = c % 3 == 0 && p == 0 ? "FAILED" : "PAID";
          outcomes.put(payouts.get(p), outcome);
          csv.append(transfers.get(payouts.get(p))).append(',').append(outcome).append(',')
              .append(outcome.equals("PAID") ? "BRI-" + c + "-" + p : "").append('\n');
        }
        if (c % 3 != 0) {
          fullyPaidClaims.add(fixture.claims.get(c));
        }
      }
      long auditBefore = count(pool, "SELECT count(*) FROM audit_entry");

      // Post the file and pull the plug once its transaction has written and is appending the audit entries.
      Future<HttpResponse<Buffer>> inFlight = reconcile(http, reconciler, batchId, csv.toString());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      boolean midTransaction = false;
      while (!midTransaction && System.nanoTime() < deadline && !inFlight.isComplete()) {
        midTransaction = reconcileMidTransaction(pool);
      }
      first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      assertThat(midTransaction).as("the reconciliation's open transaction was never seen").isTrue();
      assertThat(inFlight.isComplete() && inFlight.succeeded())
          .as("the reconciliation answered before the kill: %s", inFlight.result() == null ? "" : inFlight.result().bodyAsString())
          .isFalse();

      children.start("second.log");
      admin = children.login("admin", TestServer.ADMIN_PASSWORD);
      operator = children.login("operator", PASSWORD);
      reconciler = children.login("reconciler", PASSWORD);

      // Nothing of the killed transaction survived.
      assertThat(get(http, operator, "/api/v1/payout-batches/" + batchId).getString("status")).isEqualTo("OPEN");
      assertThat(count(pool, "SELECT count(*) FROM payout WHERE status = 'APPROVED' AND bank_reference IS NULL"))
          .isEqualTo(fixture.payoutCount());
      assertThat(count(pool, "SELECT count(*) FROM payout_batch_item WHERE outcome IS NOT NULL")).isZero();
      assertThat(count(pool, "SELECT count(*) FROM payout WHERE status = 'PAID'")).isZero();
      assertThat(count(pool, "SELECT count(*) FROM audit_entry")).isEqualTo(auditBefore);
      JsonObject verified = get(http, admin, "/api/v1/audit/verify");
      assertThat(verified.getBoolean("valid")).as(verified.encode()).isTrue();
      assertThat(verified.getLong("entries")).isEqualTo(auditBefore);

      // The same file on the restarted instance: applied once, refused the second time.
      var applied = reconcile(http, reconciler, batchId, csv.toString()).await();
      assertThat(applied.statusCode()).as(applied.bodyAsString()).isEqualTo(200);
      assertThat(applied.bodyAsJsonObject().getString("status")).isEqualTo("RECONCILED");
      var again = reconcile(http, reconciler, batchId, csv.toString()).await();
      assertThat(again.statusCode()).as(again.bodyAsString()).isEqualTo(409);
      assertThat(again.bodyAsJsonObject().getString("code")).isEqualTo("batch_already_reconciled");

      UUID[] ids = outcomes.keySet().toArray(UUID[]::new);
      String[] expected = outcomes.keySet().stream().map(outcomes::get).toArray(String[]::new);
      assertThat(count(pool, """
          SELECT count(*) FROM payout p JOIN unnest($1::uuid[], $2::text[]) AS f(id, outcome) ON p.id = f.id
          JOIN payout_batch_item i ON i.payout_id = p.id AND i.batch_id = $3
          WHERE p.status = f.outcome AND i.outcome = f.outcome
            AND (f.outcome = 'FAILED' OR p.bank_reference IS NOT NULL)
          """, ids, expected, batchId)).isEqualTo(fixture.payoutCount());
      assertThat(count(pool, """
          SELECT count(*) FROM santunan_entitlement e
          WHERE e.amount = (SELECT coalesce(sum(p.amount), 0) FROM payout p WHERE p.santunan_entitlement_id = e.id AND p.status = 'PAID')
            AND e.id = ANY($1)
          """, (Object) fullyPaidClaims.toArray(UUID[]::new))).isEqualTo(fullyPaidClaims.size());

      // One audit entry per change, each matching what changed; the chain still verifies.
      long failed = outcomes.values().stream().filter("FAILED"::equals).count();
      assertThat(count(pool, "SELECT count(*) FROM audit_entry")).isEqualTo(auditBefore + ids.length + 1);
      assertThat(count(pool, """
          SELECT count(DISTINCT a.entity_id) FROM audit_entry a
          JOIN unnest($1::uuid[], $2::text[]) AS f(id, outcome) ON a.entity_id = f.id::text
          WHERE a.entity_type = 'payout' AND a.action = 'payout.' || lower(f.outcome) AND a.after ->> 'status' = f.outcome
            AND a.seq > $3
          """, ids, expected, auditBefore)).isEqualTo(ids.length);
      assertThat(count(pool, "SELECT count(*) FROM audit_entry WHERE action = 'payout.failed'")).isEqualTo(failed);
      assertThat(count(pool, "SELECT count(*) FROM audit_entry WHERE action = 'claim.paid'")).isZero();
      assertThat(count(pool, "SELECT count(*) FROM audit_entry WHERE action = 'batch.reconciled' AND entity_id = $1",
          batchId.toString())).isEqualTo(1);
      verified = get(http, admin, "/api/v1/audit/verify");
      assertThat(verified.getBoolean("valid")).as(verified.encode()).isTrue();
      assertThat(verified.getLong("entries")).isEqualTo(auditBefore + ids.length + 1);
    }
  }

  /**
   * Another session of this database holds a transaction that has written (it has an xid) and is
   * appending audit entries: the reconciliation, its changes made but not committed.
   */
  private static boolean reconcileMidTransaction(Pool pool) {
    return count(pool, """
        SELECT count(*) FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL
          AND query LIKE '%audit_head%'
        """) > 0;
  }

  private static Future<HttpResponse<Buffer>> reconcile(WebClient http, String token, UUID batchId, String csv) {
    return http.post("/api/v1/payout-batches/" + batchId + "/reconcile").putHeader("Authorization", "Bearer " + token)
        .putHeader("Content-Type", "text/csv").sendBuffer(Buffer.buffer(csv));
  }

  private static String secondAdmin;

  private static UUID createUser(WebClient http, String admin, String username, String role) {
    var created = http.post("/api/v1/users").putHeader("Authorization", "Bearer " + admin)
        .sendJsonObject(new JsonObject().put("username", username).put("password", PASSWORD).put("role", role)).await();
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    JsonObject grant = created.bodyAsJsonObject().getJsonObject("roleGrant");
    if (grant != null && "PENDING".equals(grant.getString("status"))) {
      var confirmed = http.post("/api/v1/role-grants/" + grant.getString("id") + "/confirm")
          .putHeader("Authorization", "Bearer " + secondAdmin).send().await();
      assertThat(confirmed.statusCode()).as(confirmed.bodyAsString()).isEqualTo(200);
    }
    return UUID.fromString(created.bodyAsJsonObject().getString("id"));
  }

  private static JsonObject get(WebClient http, String token, String path) {
    var response = http.get(path).putHeader("Authorization", "Bearer " + token).send().await();
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject();
  }

  private static long count(Pool pool, String sql, Object... params) {
    return pool.preparedQuery(sql).execute(Tuple.wrap(params)).await().iterator().next().getLong(0);
  }
}
