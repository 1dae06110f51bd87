package id.ngopeni.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.api.testing.Sealed;
import id.ngopeni.api.worker.WorkerFixture;
import id.ngopeni.persistence.testing.TestDatabases;
import io.vertx.core.json.JsonObject;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 5: every kind of record past its period is deleted or anonymised — and nothing
 * a day younger; the dry run changes nothing; every batch leaves an audit tombstone (kind, count,
 * ids' range and digest, never the data); the access log is purged only through the owner's
 * function, which never deletes inside the owner's period whatever the application asks.
 */
class RetentionTest {
  private static WorkerFixture r;
  private static RetentionSeeds seeds;
  private static String operator;

  @BeforeAll
  static void start() {
    r = new WorkerFixture("retention");
    seeds = new RetentionSeeds(r.db, Sealed.of(r.server));
    operator = r.token("operator.retention", "OPERATOR");
  }

  @AfterAll
  static void stop() {
    r.close();
  }

  private static JsonObject run(boolean dryRun) {
    var answer = r.post("/api/v1/privacy/retention/run", r.admin, new JsonObject().put("dryRun", dryRun));
    assertThat(answer.statusCode()).as(answer.bodyAsString()).isEqualTo(200);
    return answer.bodyAsJsonObject();
  }

  private static JsonObject item(JsonObject report, String kind) {
    return report.getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(o -> o.getString("kind").equals(kind)).findFirst().orElseThrow();
  }

  private static List<JsonObject> tombstones() {
    List<JsonObject> out = new ArrayList<>();
    r.db.query("SELECT entity_id, actor_role, action, after FROM audit_entry WHERE entity_type = 'retention' ORDER BY seq")
        .execute().await().forEach(row -> out.add(((JsonObject) row.getValue("after"))
            .put("actorRole", row.getString("actor_role")).put("auditAction", row.getString("action"))));
    return out;
  }

  /** Row counts of every table retention touches: a dry run must leave all of them as they are. */
  private static Map<String, Long> snapshot() {
    Map<String, Long> out = new TreeMap<>();
    for (String table : List.of("worker_import_error", "worker_import_chunk", "worker_removal", "worker", "refresh_token",
        "login_throttle", "login_throttle_source", "login_throttle_address", "personal_data_access", "audit_entry")) {
      out.put(table, seeds.count("SELECT count(*) FROM " + table));
    }
    out.put("erased_documents", seeds.count("SELECT count(*) FROM claim_document WHERE erased_at IS NOT NULL"));
    return out;
  }

  @Test
  void eachKindLosesWhatIsPastItsPeriodAndKeepsWhatIsADayYounger() throws Exception {
    UUID oldImport = seeds.finishedImport(91, 2, true);
    UUID recentImport = seeds.finishedImport(89, 1, false);
    UUID gone = UUID.fromString(r.createdId(WorkerFixture.worker("Registrasi Ganda", LocalDate.of(1970, 1, 5), "M", WorkerFixture.KLOJEN)));
    UUID kept = UUID.fromString(r.createdId(WorkerFixture.worker("Registrasi Baru", LocalDate.of(1971, 2, 6), "M", WorkerFixture.KLOJEN)));
    UUID named = UUID.fromString(r.createdId(WorkerFixture.worker("Registrasi Dirujuk", LocalDate.of(1972, 3, 7), "F", WorkerFixture.KLOJEN)));
    seeds.removed(gone, null, 366);
    seeds.removed(kept, null, 364);
    seeds.removed(named, kept, 400);
    seeds.death(named);
    UUID closedOld = seeds.claim(kept, "REJECTED", 1827);
    UUID erased1 = seeds.document(closedOld);
    UUID erased2 = seeds.document(closedOld);
    UUID closedRecent = seeds.document(seeds.claim(kept, "REJECTED", 1825));
    UUID open = seeds.document(seeds.claim(kept, "SUBMITTED", 2000));
    UUID followedUp = seeds.document(seeds.claim(kept, "REJECTED", 2000, "SHORTFALL"));
    String oldToken = seeds.expiredToken(91);
    seeds.expiredToken(89);
    seeds.failedLogins("ghost.user", "10.9.9.9", 91);
    seeds.failedLogins("near.user", "10.9.9.8", 89);
    long oldRead = seeds.read(1827, kept);
    long keptRead = seeds.read(1825, kept);

    Map<String, Long> before = snapshot();
    JsonObject dry = run(true);
    assertThat(snapshot()).as("a dry run changes nothing").isEqualTo(before);
    assertThat(dry.getBoolean("dryRun")).isTrue();
    assertThat(item(dry, "import_rejects").getLong("count")).isEqualTo(1);
    assertThat(item(dry, "import_rejects").getInteger("periodDays")).isEqualTo(90);
    assertThat(item(dry, "removed_registrations").getLong("count")).isEqualTo(2);
    assertThat(item(dry, "closed_claim_documents").getLong("count")).isEqualTo(2);
    assertThat(item(dry, "closed_claim_documents").getString("action")).isEqualTo("ANONYMISE");
    assertThat(item(dry, "sessions").getLong("count")).isEqualTo(4);
    assertThat(item(dry, "access_log").getLong("count")).isEqualTo(1);
    assertThat(item(dry, "access_log").getString("oldest")).isNotNull();
    assertThat(item(dry, "access_log").containsKey("done")).isFalse();

    JsonObject done = run(false);
    assertThat(item(done, "import_rejects").getLong("done")).isEqualTo(1);
    assertThat(item(done, "removed_registrations").getLong("done")).isEqualTo(1);
    assertThat(item(done, "removed_registrations").getInteger("held")).isEqualTo(1);
    assertThat(item(done, "closed_claim_documents").getLong("done")).isEqualTo(2);
    assertThat(item(done, "sessions").getLong("done")).isEqualTo(4);
    assertThat(item(done, "access_log").getLong("done")).isEqualTo(1);
    assertThat(done.getJsonArray("items").stream().map(JsonObject.class::cast).noneMatch(i -> i.getBoolean("failed"))).isTrue();

    assertThat(seeds.count("SELECT count(*) FROM worker_import_error WHERE import_id = '" + oldImport + "'")).isZero();
    assertThat(seeds.count("SELECT count(*) FROM worker_import_chunk WHERE import_id = '" + oldImport + "'")).isZero();
    assertThat(seeds.count("SELECT count(*) FROM worker_import WHERE id = '" + oldImport + "'")).as("its counts stay").isOne();
    assertThat(seeds.count("SELECT count(*) FROM worker_import_error WHERE import_id = '" + recentImport + "'")).isOne();
    assertThat(seeds.count("SELECT count(*) FROM worker WHERE id = '" + gone + "'")).isZero();
    assertThat(seeds.count("SELECT count(*) FROM worker WHERE id IN ('" + kept + "', '" + named + "')")).isEqualTo(2);
    assertThat(seeds.count("SELECT count(*) FROM worker_removal WHERE worker_id = '" + named + "' AND held_at IS NOT NULL")).isOne();
    assertThat(seeds.count("SELECT count(*) FROM claim_document WHERE erased_at IS NOT NULL AND octet_length(content) = 0 "
        + "AND id IN ('" + erased1 + "', '" + erased2 + "')")).isEqualTo(2);
    assertThat(seeds.count("SELECT count(*) FROM claim_document WHERE erased_at IS NULL AND size + 29 = octet_length(content) "
        + "AND id IN ('" + closedRecent + "', '" + open + "', '" + followedUp + "')")).isEqualTo(3);
    var download = r.get("/api/v1/claims/" + closedOld + "/documents/" + erased1, r.admin);
    assertThat(download.statusCode()).as("an erased document has nothing to download").isEqualTo(404);
    assertThat(seeds.count("SELECT count(*) FROM refresh_token WHERE expires_at < now() - interval '90 days'")).isZero();
    assertThat(seeds.count("SELECT count(*) FROM refresh_token WHERE expires_at < now() - interval '88 days'")).isOne();
    assertThat(seeds.count("SELECT count(*) FROM login_throttle WHERE username = 'ghost.user'")).isZero();
    assertThat(seeds.count("SELECT count(*) FROM login_throttle_address WHERE address = '10.9.9.9'")).isZero();
    assertThat(seeds.count("SELECT count(*) FROM login_throttle_source WHERE username = 'near.user'")).isOne();
    assertThat(seeds.count("SELECT count(*) FROM personal_data_access WHERE id = " + oldRead)).isZero();
    assertThat(seeds.count("SELECT count(*) FROM personal_data_access WHERE id = " + keptRead)).isOne();

    List<JsonObject> tombs = tombstones();
    assertThat(tombs).allSatisfy(t -> assertThat(t.getString("actorRole")).isEqualTo("ADMIN"));
    JsonObject imports = only(tombs, "import_rejects");
    assertThat(imports.getInteger("count")).isOne();
    assertThat(imports.getLong("rows")).isEqualTo(3);
    assertThat(imports.getString("firstId")).isEqualTo(oldImport.toString());
    assertThat(imports.getString("idsSha256")).isEqualTo(RetentionSeeds.digest(List.of(oldImport.toString())));
    JsonObject documents = only(tombs, "closed_claim_documents");
    assertThat(documents.getString("auditAction")).isEqualTo("retention.anonymised");
    assertThat(documents.getString("idsSha256")).isEqualTo(RetentionSeeds.digest(List.of(erased1.toString(), erased2.toString())));
    assertThat(List.of(documents.getString("firstId"), documents.getString("lastId")))
        .containsExactlyInAnyOrder(erased1.toString(), erased2.toString());
    JsonObject registrations = only(tombs, "removed_registrations");
    assertThat(registrations.getString("firstId")).isEqualTo(gone.toString());
    assertThat(registrations.getInteger("count")).isOne();
    assertThat(registrations.getInteger("held")).as("the one still named, kept").isOne();
    JsonObject log = only(tombs, "access_log");
    assertThat(log.getString("firstId")).isEqualTo(Long.toString(oldRead));
    List<JsonObject> sessions = tombs.stream().filter(t -> t.getString("kind").equals("sessions")).toList();
    assertThat(sessions).extracting(t -> t.getString("table"))
        .containsExactly("refresh_token", "login_throttle", "login_throttle_source", "login_throttle_address");
    assertThat(sessions.get(0).getString("firstId")).isEqualTo(oldToken);
    // A username or an address is personal: no ids and no digest of them in the trail.
    assertThat(sessions.subList(1, 4)).allSatisfy(t -> assertThat(t.containsKey("idsSha256")).isFalse());
    assertThat(tombs.toString()).doesNotContain("ghost.user").doesNotContain("10.9.9.9").doesNotContain("Registrasi");

    int count = tombs.size();
    JsonObject again = run(false);
    assertThat(item(again, "access_log").getLong("done")).isZero();
    assertThat(item(again, "removed_registrations").getInteger("held")).as("tried again, held again").isOne();
    assertThat(tombstones()).as("nothing done, nothing recorded").hasSize(count);
    assertThat(HexFormat.of().parseHex(oldToken)).hasSize(32);
  }

  private static JsonObject only(List<JsonObject> tombs, String kind) {
    List<JsonObject> of = tombs.stream().filter(t -> t.getString("kind").equals(kind)).toList();
    assertThat(of).as(kind).hasSize(1);
    return of.get(0);
  }

  @Test
  void onlyAnAdminRunsRetention() {
    var answer = r.post("/api/v1/privacy/retention/run", operator, new JsonObject().put("dryRun", true));
    assertThat(answer.statusCode()).isEqualTo(403);
    var noBody = r.post("/api/v1/privacy/retention/run", r.admin, null);
    assertThat(noBody.statusCode()).as(noBody.bodyAsString()).isEqualTo(200);
    assertThat(noBody.bodyAsJsonObject().getBoolean("dryRun")).as("no body: a dry run").isTrue();
    var unknown = r.post("/api/v1/privacy/retention/run", r.admin, new JsonObject().put("dryRun", false).put("kind", "x"));
    assertThat(unknown.statusCode()).isEqualTo(422);
  }

  @Test
  void theApplicationRoleNeitherSetsPeriodsNorDeletesTheLogInsideTheOwnersPeriod() throws SQLException {
    long inside = seeds.read(400);
    var app = TestDatabases.application(r.server.database);
    try (var c = DriverManager.getConnection(app.jdbcUrl(), app.user(), app.password()); var st = c.createStatement()) {
      assertDenied(st, "UPDATE retention_period SET days = 1");
      assertDenied(st, "INSERT INTO retention_period (kind, days) VALUES ('everything', 1)");
      assertDenied(st, "DELETE FROM personal_data_access WHERE id = " + inside);
      // The owner's function with a cutoff in the future still keeps the owner's five years.
      try (var rs = st.executeQuery("SELECT count(*) FROM retention_purge_access_log(now() + interval '1 day', 100000)")) {
        rs.next();
        assertThat(rs.getLong(1)).isZero();
      }
    }
    assertThat(seeds.count("SELECT count(*) FROM personal_data_access WHERE id = " + inside)).isOne();
    assertThat(seeds.count("SELECT days FROM retention_period WHERE kind = 'access_log'")).isEqualTo(1826);
  }

  private static void assertDenied(java.sql.Statement st, String sql) {
    assertThatThrownBy(() -> st.execute(sql)).as(sql).isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
  }
}
