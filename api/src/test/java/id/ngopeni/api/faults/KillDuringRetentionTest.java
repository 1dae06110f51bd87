package id.ngopeni.api.faults;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.testing.TestServer;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Retention's batches are transactions with their tombstones: an instance killed (-9) while its
 * second batch of the access log is being deleted (a test trigger holds that delete) leaves the
 * first batch gone and recorded, the second batch's rows all there and unrecorded; a new
 * instance's run finishes the rest. The instances run with a configured period (400 days, stored
 * by the owner at start and audited) and batches of two.
 */
class KillDuringRetentionTest {
  @Test
  void aKillMidRunLeavesWholeBatchesAndTheNextRunFinishes() throws Exception {
    try (ChildInstances children = new ChildInstances("kill_retention",
        "NGOPENI_RETENTION_BATCH_SIZE", "2", "NGOPENI_RETENTION_ACCESS_LOG_DAYS", "400")) {
      Pool pool = children.pool;
      Process first = children.start("first.log");
      assertThat(count(pool, "SELECT days FROM retention_period WHERE kind = 'access_log'")).isEqualTo(400);
      assertThat(count(pool, "SELECT count(*) FROM audit_entry WHERE action = 'retention.periods_set' "
          + "AND (before->>'access_log')::int = 1826 AND (after->>'access_log')::int = 400")).isOne();

      List<Long> old = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        old.add(read(pool, 500 - i));
      }
      long inside = read(pool, 399);
      pool.query("""
          CREATE FUNCTION test_hold_delete() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            IF OLD.id IN (%d, %d) THEN PERFORM pg_sleep(120); END IF;
            RETURN OLD;
          END $$""".formatted(old.get(2), old.get(3))).execute().await();
      pool.query("CREATE TRIGGER test_hold_delete BEFORE DELETE ON personal_data_access FOR EACH ROW "
          + "EXECUTE FUNCTION test_hold_delete()").execute().await();

      String admin = children.login("admin", TestServer.ADMIN_PASSWORD);
      Future<HttpResponse<Buffer>> inFlight = run(children, admin);
      Integer backend = null;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (backend == null && System.nanoTime() < deadline && !inFlight.isComplete()) {
        backend = children.sleepingBackend("retention_purge_access_log");
      }
      assertThat(backend).as("the second batch was never seen being deleted").isNotNull();
      assertThat(tombstones(pool)).as("the first batch is committed with its tombstone").hasSize(1);
      first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      pool.preparedQuery("SELECT pg_terminate_backend($1)").execute(Tuple.of(backend)).await();
      pool.query("DROP TRIGGER test_hold_delete ON personal_data_access").execute().await();

      assertThat(present(pool, old)).containsExactlyElementsOf(old.subList(2, 6));
      List<JsonObject> tombs = tombstones(pool);
      assertThat(tombs).hasSize(1);
      assertThat(tombs.get(0).getInteger("count")).isEqualTo(2);
      assertThat(tombs.get(0).getString("firstId")).isEqualTo(old.get(0).toString());
      assertThat(tombs.get(0).getString("lastId")).isEqualTo(old.get(1).toString());
      assertThat(tombs.get(0).getInteger("periodDays")).isEqualTo(400);

      children.start("second.log");
      String again = children.login("admin", TestServer.ADMIN_PASSWORD);
      HttpResponse<Buffer> done = run(children, again).await();
      assertThat(done.statusCode()).as(done.bodyAsString()).isEqualTo(200);
      JsonObject log = done.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast)
          .filter(i -> i.getString("kind").equals("access_log")).findFirst().orElseThrow();
      assertThat(log.getLong("done")).isEqualTo(4);
      assertThat(log.getInteger("batches")).isEqualTo(2);
      assertThat(present(pool, old)).isEmpty();
      assertThat(count(pool, "SELECT count(*) FROM personal_data_access WHERE id = " + inside)).isOne();
      assertThat(tombstones(pool)).extracting(t -> t.getString("firstId") + "-" + t.getString("lastId"))
          .containsExactly(old.get(0) + "-" + old.get(1), old.get(2) + "-" + old.get(3), old.get(4) + "-" + old.get(5));
    }
  }

  private static Future<HttpResponse<Buffer>> run(ChildInstances children, String token) {
    return children.http.post("/api/v1/privacy/retention/run").putHeader("Authorization", "Bearer " + token)
        .sendJsonObject(new JsonObject().put("dryRun", false));
  }

  private static long read(Pool pool, int daysAgo) {
    return pool.preparedQuery("""
        INSERT INTO personal_data_access (at, user_id, role, kind, person_ids, fields, client_ip)
        VALUES ($1, $2, 'OPERATOR', 'DETAIL', ARRAY[$2], ARRAY['name'], '10.0.0.1') RETURNING id""")
        .execute(Tuple.of(OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo), UUID.randomUUID()))
        .await().iterator().next().getLong("id");
  }

  private static List<Long> present(Pool pool, List<Long> ids) {
    List<Long> out = new ArrayList<>();
    pool.preparedQuery("SELECT id FROM personal_data_access WHERE id = ANY($1) ORDER BY at, id")
        .execute(Tuple.of(ids.toArray(Long[]::new))).await().forEach(r -> out.add(r.getLong("id")));
    return out;
  }

  private static List<JsonObject> tombstones(Pool pool) {
    List<JsonObject> out = new ArrayList<>();
    pool.query("SELECT after FROM audit_entry WHERE entity_type = 'retention' AND entity_id = 'access_log' ORDER BY seq")
        .execute().await().forEach(r -> out.add((JsonObject) r.getValue("after")));
    return out;
  }

  private static long count(Pool pool, String sql) {
    return pool.query(sql).execute().await().iterator().next().getLong(0);
  }
}
