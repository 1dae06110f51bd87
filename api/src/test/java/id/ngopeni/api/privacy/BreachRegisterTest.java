package id.ngopeni.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.worker.WorkerFixture;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 6: a breach with its 3×24-hour clock (UU 27/2022 Pasal 46), the people affected
 * computed from the access log by the suspected source, the notices in Indonesian as text and
 * PDF, notices recorded as sent; ADMIN writes, AUDITOR reads; every write audited.
 */
class BreachRegisterTest {
  private static WorkerFixture r;
  private static String auditor;
  private static String suspect;
  private static String suspectId;
  private static String other;
  private static List<String> read;
  private static String unreadName;

  @BeforeAll
  static void start() {
    r = new WorkerFixture("breaches");
    auditor = r.token("auditor.breach", "AUDITOR");
    suspect = r.token("suspect.operator", "OPERATOR");
    other = r.token("other.operator", "OPERATOR");
    suspectId = r.get("/api/v1/me", suspect).bodyAsJsonObject().getString("id");
    read = List.of(worker("Mariyam Ulfa", 1980), worker("Suparno Hadi", 1975), worker("Tukiman Wiryo", 1968));
    unreadName = "Kasiyem Lestari";
    String unread = worker(unreadName, 1972);
    for (String id : read) {
      assertThat(r.get("/api/v1/workers/" + id, suspect).statusCode()).isEqualTo(200);
    }
    r.get("/api/v1/workers/" + read.get(0), suspect); // read twice: still one person
    r.get("/api/v1/workers/" + unread, other);
  }

  @AfterAll
  static void stop() {
    r.close();
  }

  private static String worker(String name, int year) {
    return r.createdId(WorkerFixture.worker(name, LocalDate.of(year, 4, 12), "F", WorkerFixture.KLOJEN));
  }

  private static JsonObject breach(Instant discovered) {
    return new JsonObject().put("discoveredAt", discovered.toString())
        .put("description", "Akun petugas dipakai dari luar kantor untuk membuka data pekerja.")
        .put("measures", "Akun dinonaktifkan, kata sandi semua petugas diganti.")
        .put("dataKinds", new JsonArray().add("nik").add("name").add("phone"))
        .put("sourceUserId", suspectId).put("sourceFrom", Instant.now().minus(1, ChronoUnit.HOURS).toString());
  }

  private static JsonObject recorded(JsonObject body) {
    var made = r.post("/api/v1/privacy/breaches", r.admin, body);
    assertThat(made.statusCode()).as(made.bodyAsString()).isEqualTo(201);
    assertThat(made.getHeader("Location")).isEqualTo("/api/v1/privacy/breaches/" + made.bodyAsJsonObject().getString("id"));
    return made.bodyAsJsonObject();
  }

  private static long count(String sql) {
    return r.db.query(sql).execute().await().iterator().next().getLong(0);
  }

  @Test
  void theClockRunsSeventyTwoHoursFromDiscoveryAndThePeopleAreThoseTheSourceRead() {
    Instant discovered = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    JsonObject b = recorded(breach(discovered));
    assertThat(b.getInteger("affected")).isEqualTo(3);
    assertThat(Instant.parse(b.getString("dueBy"))).isEqualTo(discovered.plus(Duration.ofHours(72)));
    assertThat(b.getLong("remainingSeconds")).isBetween(69L * 3600, 70L * 3600);
    assertThat(b.getBoolean("overdue")).isFalse();
    assertThat(b.getJsonObject("subjects").getString("state")).isEqualTo("PENDING");
    assertThat(b.getString("sourceUsername")).isEqualTo("suspect.operator");

    var people = r.get("/api/v1/privacy/breaches/" + b.getString("id") + "/people", r.admin);
    assertThat(people.statusCode()).as(people.bodyAsString()).isEqualTo(200);
    JsonArray items = people.bodyAsJsonObject().getJsonArray("items");
    assertThat(items).hasSize(3);
    assertThat(items.stream().map(JsonObject.class::cast).map(p -> p.getString("workerId"))).containsExactlyInAnyOrderElementsOf(read);
    assertThat(items.stream().map(JsonObject.class::cast).map(p -> p.getString("name")))
        .contains("M•••••• U•••", "S•••••• H•••");
    assertThat(people.bodyAsString()).doesNotContain("Mariyam").doesNotContain(unreadName);
    // Listing the people is itself a read on record.
    assertThat(count("SELECT count(*) FROM personal_data_access WHERE kind = 'SEARCH' AND detail->>'breachId' = '"
        + b.getString("id") + "' AND cardinality(person_ids) = 3")).isOne();
    assertThat(r.get("/api/v1/privacy/breaches/" + b.getString("id") + "/people", auditor).statusCode()).isEqualTo(403);

    String ip = r.db.query("SELECT client_ip FROM personal_data_access WHERE user_id = '" + suspectId + "' LIMIT 1")
        .execute().await().iterator().next().getString(0);
    JsonObject byAddress = recorded(breach(discovered).putNull("sourceUserId").put("sourceIp", ip));
    assertThat(byAddress.getInteger("affected")).as("the other operator read from the same address").isGreaterThanOrEqualTo(4);
  }

  @Test
  void aBreachPastItsDeadlineIsOverdueAndANoticeSentLateIsLate() {
    Instant discovered = Instant.now().minus(80, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    JsonObject b = recorded(breach(discovered).put("sourceFrom", discovered.minus(1, ChronoUnit.DAYS).toString()));
    String id = b.getString("id");
    assertThat(b.getBoolean("overdue")).isTrue();
    assertThat(b.getLong("remainingSeconds")).isBetween(-8L * 3600 - 60, -8L * 3600 + 60);
    assertThat(b.getJsonObject("authority").getString("state")).isEqualTo("OVERDUE");

    String path = "/api/v1/privacy/breaches/" + id + "/notified";
    var before = r.post(path, r.admin, new JsonObject().put("to", "SUBJECTS").put("at", discovered.minusSeconds(60).toString()));
    assertThat(WorkerFixture.failures(before)).containsExactly("at:breach_notified_before_discovery");
    var future = r.post(path, r.admin, new JsonObject().put("to", "SUBJECTS").put("at", Instant.now().plusSeconds(3600).toString()));
    assertThat(WorkerFixture.failures(future)).containsExactly("at:in_future");
    assertThat(r.post(path, auditor, new JsonObject().put("to", "SUBJECTS").put("at", Instant.now().toString())).statusCode())
        .isEqualTo(403);

    Instant onTime = discovered.plus(Duration.ofHours(70));
    var subjects = r.post(path, r.admin, new JsonObject().put("to", "SUBJECTS").put("at", onTime.toString()));
    assertThat(subjects.statusCode()).as(subjects.bodyAsString()).isEqualTo(200);
    assertThat(subjects.bodyAsJsonObject().getJsonObject("subjects").getString("state")).isEqualTo("ON_TIME");
    assertThat(subjects.bodyAsJsonObject().getJsonObject("subjects").getString("notifiedBy")).isEqualTo("admin");
    assertThat(subjects.bodyAsJsonObject().getBoolean("overdue")).as("the authority is still not told").isTrue();
    var authority = r.post(path, r.admin, new JsonObject().put("to", "AUTHORITY").put("at", Instant.now().toString()));
    assertThat(authority.bodyAsJsonObject().getJsonObject("authority").getString("state")).isEqualTo("LATE");
    assertThat(authority.bodyAsJsonObject().getBoolean("overdue")).isFalse();
    var again = r.post(path, r.admin, new JsonObject().put("to", "AUTHORITY").put("at", Instant.now().toString()));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.bodyAsJsonObject().getString("code")).isEqualTo("breach_already_notified");

    assertThat(count("SELECT count(*) FROM audit_entry WHERE entity_type = 'breach' AND entity_id = '" + id
        + "' AND action = 'breach.recorded'")).isOne();
    assertThat(count("SELECT count(*) FROM audit_entry WHERE entity_type = 'breach' AND entity_id = '" + id
        + "' AND action = 'breach.notified'")).isEqualTo(2);

    var list = r.get("/api/v1/privacy/breaches", auditor);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.bodyAsString()).contains(id);
    assertThat(r.get("/api/v1/privacy/breaches/" + id, auditor).bodyAsJsonObject().getJsonObject("authority")
        .getString("state")).isEqualTo("LATE");
  }

  @Test
  void theNoticesAreIndonesianTextAndPdfWithoutAnyonesIdentity() {
    JsonObject b = recorded(breach(Instant.now().minus(1, ChronoUnit.HOURS)));
    String base = "/api/v1/privacy/breaches/" + b.getString("id") + "/notice";
    var subjects = r.get(base + "?to=SUBJECTS", auditor);
    assertThat(subjects.statusCode()).isEqualTo(200);
    assertThat(subjects.getHeader("Content-Type")).startsWith("text/plain");
    assertThat(subjects.getHeader("Content-Disposition")).contains("pemberitahuan-" + b.getString("number").toLowerCase() + "-subjek.txt");
    String text = subjects.bodyAsString(StandardCharsets.UTF_8.name());
    assertThat(text).startsWith("PEMBERITAHUAN KEGAGALAN PELINDUNGAN DATA PRIBADI")
        .contains("NIK (Nomor Induk Kependudukan), nama dan nomor telepon.")
        .contains("Akun dinonaktifkan, kata sandi semua petugas diganti.")
        .doesNotContain("suspect.operator").doesNotContain("Mariyam");
    String authority = r.get(base + "?to=AUTHORITY", r.admin).bodyAsString();
    assertThat(authority).contains("akun pengguna suspect.operator").contains("3 orang").contains("belum dikirim");
    var pdf = r.get(base + "?to=AUTHORITY&format=PDF", auditor);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.getHeader("Content-Type")).isEqualTo("application/pdf");
    assertThat(new String(pdf.bodyAsBuffer().getBytes(0, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(WorkerFixture.failures(r.get(base, r.admin))).containsExactly("to:required");
  }

  @Test
  void aBreachNeedsASourceAKnownUserAndOnlyAnAdminRecordsOne() {
    JsonObject noSource = breach(Instant.now()).putNull("sourceUserId").putNull("sourceFrom");
    assertThat(WorkerFixture.failures(r.post("/api/v1/privacy/breaches", r.admin, noSource)))
        .containsExactly("source:breach_source_required");
    JsonObject stranger = breach(Instant.now()).put("sourceUserId", "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    assertThat(WorkerFixture.failures(r.post("/api/v1/privacy/breaches", r.admin, stranger)))
        .containsExactly("sourceUserId:value_unknown");
    assertThat(r.post("/api/v1/privacy/breaches", auditor, breach(Instant.now())).statusCode()).isEqualTo(403);
    assertThat(r.get("/api/v1/privacy/breaches", suspect).statusCode()).isEqualTo(403);
    var missing = r.get("/api/v1/privacy/breaches/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", r.admin);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.bodyAsJsonObject().getString("code")).isEqualTo("breach_not_found");
    assertThat(r.get("/api/v1/privacy/breaches/not-an-id", r.admin).statusCode()).isEqualTo(404);
  }
}
