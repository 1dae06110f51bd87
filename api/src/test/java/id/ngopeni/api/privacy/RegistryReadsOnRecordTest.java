package id.ngopeni.api.privacy;

import static id.ngopeni.api.testing.AccessLogReads.fields;
import static id.ngopeni.api.testing.AccessLogReads.people;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.demo.DemoWorkers;
import id.ngopeni.api.dtsen.DtsenFiles;
import id.ngopeni.api.membership.MoneyFixture;
import id.ngopeni.api.testing.AccessLogReads;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17, item 3, beyond workers, claims and payouts: every page and view that names people is
 * on record in the access log — a decree's cohort page, its signed list (an export), the changes
 * to it, a re-verification's "not re-verified" list, a DTSEN work list, a worker's memberships, and
 * a data subject's restriction and correction requests. Each read is done over HTTP and its record
 * read back as the AUDITOR; pages of counts name nobody and add no record.
 */
class RegistryReadsOnRecordTest {
  @RegisterExtension static final MoneyFixture f = new MoneyFixture("registry-reads");
  /** The decree's and the subject's workers live here, the DTSEN work list's in {@link #OTHER}. */
  static final String KELURAHAN = "35.73.02.1001";
  static final String OTHER = "35.73.05.1003";
  static final String PASSWORD = "Lontong-Balap-Surabaya-17";
  static String operator;
  static String approver;
  static String auditor;
  static AccessLogReads log;

  @BeforeAll
  static void users() {
    operator = user("operator", "OPERATOR");
    approver = user("approver", "APPROVER");
    auditor = user("auditor", "AUDITOR");
    log = new AccessLogReads(f.server, auditor);
  }

  @Test
  void aDecreesCohortListChangesAndReverificationAreReadOnRecord() {
    List<UUID> w = f.workersIn(KELURAHAN, 2).stream().map(DemoWorkers.Written::id).toList();
    UUID a = w.get(0);
    UUID b = w.get(1);
    int year = MoneyFixture.today().getYear();
    f.budget(year, "APBD", 1_000_000_000L);
    w.forEach(id -> f.enrolled(id, MoneyFixture.enrolment("APBD", 1_000_000, MoneyFixture.today(), "JKK", "JKM")));
    JsonObject header = new JsonObject().put("fundingSource", "APBD").put("year", year)
        .put("number", "188.45/17/35.73.112/" + year).put("decreeDate", year + "-01-02").put("basis", "ACTIVE_MEMBERSHIPS");
    String decree = ok(f.server.post("/api/v1/decrees", f.admin, header), 201).getString("id");

    // The cohort's page: one search naming both, their names in full (the NIK masked).
    var members = f.server.get("/api/v1/decrees/" + decree + "/members", approver);
    assertThat(ok(members, 200).getJsonArray("items")).hasSize(2);
    assertThat(members.bodyAsString()).doesNotContain(f.nik(a));
    JsonObject page = log.newest(a, "SEARCH");
    assertThat(page.getString("username")).isEqualTo("approver");
    assertThat(people(page)).containsExactlyInAnyOrder(a.toString(), b.toString());
    assertThat(fields(page)).containsExactly("name");

    // The signed list: an export naming the file.
    var xlsx = f.server.get("/api/v1/decrees/" + decree + "/list?format=XLSX", auditor);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(log.of(b, "EXPORT")).singleElement().satisfies(r -> {
      assertThat(r.getString("username")).isEqualTo("auditor");
      assertThat(people(r)).containsExactlyInAnyOrder(a.toString(), b.toString());
      assertThat(fields(r)).containsExactly("name");
      assertThat(r.getJsonObject("detail").getString("export")).isEqualTo("sk-apbd-" + year + ".xlsx");
      assertThat(r.getJsonObject("detail").getString("decreeId")).isEqualTo(decree);
    });

    // A change names its worker: the inbox is a search, the change's view a detail view.
    JsonObject removal = new JsonObject().put("workerId", b.toString()).put("kind", "REMOVE").put("reason", "DIED");
    String change = ok(f.server.post("/api/v1/decrees/" + decree + "/changes", operator, removal), 201).getString("id");
    assertThat(ok(f.server.get("/api/v1/decree-changes?status=PENDING", approver), 200).getJsonArray("items")).hasSize(1);
    assertThat(log.of(b, "SEARCH")).hasSize(2);
    assertThat(people(log.newest(b, "SEARCH"))).containsExactly(b.toString());
    ok(f.server.get("/api/v1/decree-changes/" + change, auditor), 200);
    assertThat(log.of(b, "DETAIL")).singleElement().satisfies(r -> {
      assertThat(r.getString("username")).isEqualTo("auditor");
      assertThat(fields(r)).containsExactly("name");
    });

    // The re-verification's list of those who did not pass (a died): one search of the page.
    ok(f.server.post("/api/v1/workers/" + a + "/death", operator,
        new JsonObject().put("deathDate", MoneyFixture.today().toString())), 200);
    String run = ok(f.server.post("/api/v1/decrees/" + decree + "/reverifications", operator, null), 201).getString("id");
    var failed = ok(f.server.get("/api/v1/reverifications/" + run + "/not-reverified", approver), 200);
    List<String> listed = ids(failed, "workerId");
    assertThat(listed).contains(a.toString());
    assertThat(log.of(a, "SEARCH")).hasSize(2);
    assertThat(people(log.newest(a, "SEARCH"))).containsExactlyInAnyOrderElementsOf(listed);
  }

  @Test
  void aDtsenWorkListIsOneSearchAndItsCountsNameNobody() {
    List<UUID> w = f.workersIn(OTHER, 2).stream().map(DemoWorkers.Written::id).toList();
    var imported = DtsenFiles.csv(f, f.admin, MoneyFixture.today().toString(),
        "NIK;DESIL\n" + f.nik(w.get(0)) + ";2\n" + f.nik(w.get(1)) + ";3\n");
    assertThat(imported.statusCode()).as(imported.bodyAsString()).isIn(200, 201);

    ok(f.server.get("/api/v1/dtsen/not-covered?maxDecile=5", auditor), 200);
    assertThat(log.of(w.get(0), "SEARCH")).isEmpty();
    var list = f.server.get("/api/v1/dtsen/not-covered/" + OTHER + "/workers?maxDecile=5", operator);
    List<String> listed = ids(ok(list, 200), "id");
    assertThat(listed).contains(w.get(0).toString(), w.get(1).toString());
    assertThat(list.bodyAsString()).doesNotContain(f.nik(w.get(0)));
    assertThat(log.of(w.get(0), "SEARCH")).singleElement().satisfies(r -> {
      assertThat(r.getString("username")).isEqualTo("operator");
      assertThat(people(r)).containsExactlyInAnyOrderElementsOf(listed);
      assertThat(fields(r)).containsExactly("name");
    });
  }

  @Test
  void aWorkersMembershipsAreADetailView() {
    UUID worker = f.workersIn(KELURAHAN, 1).get(0).id();
    f.enrolled(worker, MoneyFixture.enrolment("MANDIRI", 2_000_000, MoneyFixture.today(), "JKK", "JKM"));
    assertThat(ok(f.server.get("/api/v1/workers/" + worker + "/memberships", auditor), 200).getJsonArray("items"))
        .hasSize(1);
    assertThat(log.of(worker, "DETAIL")).singleElement().satisfies(r -> {
      assertThat(r.getString("username")).isEqualTo("auditor");
      assertThat(people(r)).containsExactly(worker.toString());
      assertThat(fields(r)).containsExactly("membership");
      assertThat(r.getJsonObject("detail").getString("read")).isEqualTo("memberships");
    });
  }

  @Test
  void aDataSubjectsRequestsAreReadOnRecord() {
    UUID worker = f.workersIn(KELURAHAN, 1).get(0).id();
    String nik = f.nik(worker);
    String restriction = ok(f.server.post("/api/v1/privacy/restrictions", f.admin,
        new JsonObject().put("nik", nik).put("reason", "Surat permohonan pembatasan")), 201).getString("id");
    String correction = ok(f.server.post("/api/v1/privacy/corrections", f.admin, new JsonObject().put("nik", nik)
        .put("field", "address").put("requestedValue", "Jl. Kenanga 5, Malang").put("reason", "Pindah; KTP baru")), 201)
        .getString("id");
    assertThat(log.of(worker, "SEARCH")).isEmpty();

    assertThat(ids(ok(f.server.get("/api/v1/privacy/restrictions", auditor), 200), "workerId")).contains(worker.toString());
    assertThat(log.newest(worker, "SEARCH").getString("username")).isEqualTo("auditor");
    assertThat(fields(log.newest(worker, "SEARCH"))).containsExactly("name");
    ok(f.server.get("/api/v1/privacy/restrictions/" + restriction, auditor), 200);
    assertThat(fields(log.newest(worker, "DETAIL"))).containsExactly("name");

    // A correction shows the requested address in full: the record says so.
    assertThat(ids(ok(f.server.get("/api/v1/privacy/corrections", auditor), 200), "workerId")).contains(worker.toString());
    assertThat(log.of(worker, "SEARCH")).hasSize(2);
    assertThat(fields(log.newest(worker, "SEARCH"))).containsExactlyInAnyOrder("name", "address");
    ok(f.server.get("/api/v1/privacy/corrections/" + correction, auditor), 200);
    assertThat(log.of(worker, "DETAIL")).hasSize(2);
    assertThat(fields(log.newest(worker, "DETAIL"))).containsExactlyInAnyOrder("name", "address");
  }

  private static String user(String name, String role) {
    f.server.createUser(f.admin, name, PASSWORD, role, List.of());
    return f.server.login(name, PASSWORD).getString("accessToken");
  }

  private static JsonObject ok(HttpResponse<Buffer> r, int status) {
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(status);
    return r.bodyAsJsonObject();
  }

  private static List<String> ids(JsonObject page, String key) {
    return page.getJsonArray("items").stream().map(o -> ((JsonObject) o).getString(key)).toList();
  }
}
