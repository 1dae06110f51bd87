package id.ngopeni.api.decree;

import static id.ngopeni.api.decree.DecreeCalls.enrolment;
import static id.ngopeni.api.decree.DecreeCalls.errors;
import static id.ngopeni.api.decree.DecreeCalls.header;
import static id.ngopeni.api.decree.DecreeCalls.items;
import static id.ngopeni.api.decree.DecreeCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.demo.DemoWorkers;
import id.ngopeni.api.dtsen.DtsenFiles;
import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.sqlclient.Tuple;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A budget year over real HTTP and PostgreSQL: the APBD decree made from the active memberships,
 * enrolment refused outside it and accepted inside it (after an approved addition, or with an
 * audited exception), a removal under four eyes (the maker refused as approver, of concurrent
 * approvals exactly one 200), the yearly re-verification with its list of those not
 * re-verified and why, next year's decree from the re-verified ones, exported as XLSX and PDF
 * and read back.
 */
class DecreeYearTest {
  static final String PASSWORD = "Soto-Lamongan-Koya-2026";
  static final String KELURAHAN = "35.73.02.1001";

  @RegisterExtension static final MoneyFixture f = new MoneyFixture("decree");
  static int year;
  static Map<UUID, String> niks;
  static UUID a;
  static UUID b;
  static UUID c;
  static UUID d;
  static UUID e;
  static UUID g;
  static String auditor;
  static final DecreeCalls calls = new DecreeCalls(f, PASSWORD);

  @BeforeAll
  static void start() {
    List<UUID> w = f.workersIn(KELURAHAN, 6).stream().map(DemoWorkers.Written::id).toList();
    a = w.get(0);
    b = w.get(1);
    c = w.get(2);
    d = w.get(3);
    e = w.get(4);
    g = w.get(5);
    f.db.preparedQuery("UPDATE worker SET category = 'MARBOT' WHERE id = ANY($1)")
        .execute(Tuple.tuple().addArrayOfUUID(w.toArray(UUID[]::new))).await();
    niks = f.niks();
    year = MoneyFixture.today().getYear();
  }

  @Test
  void aBudgetYearFromDecreeToNextYearsDecree() throws IOException {
    String operator = calls.user("operator", "OPERATOR");
    String approver = calls.user("approver", "APPROVER");
    String approver2 = calls.user("approver2", "APPROVER");
    auditor = calls.user("auditor", "AUDITOR");
    f.budget(year, "APBD", 1_000_000_000L);
    // Before the source has a decree for the year, enrolment goes on as it always did.
    for (UUID w : List.of(a, b, c, g)) {
      assertThat(f.enrol(operator, w, enrolment()).statusCode()).isEqualTo(201);
    }

    var requirements = f.server.get("/api/v1/decree-requirements", operator);
    assertThat(items(requirements).stream().filter(o -> o.getBoolean("requiresDecree")).map(o -> o.getString("fundingSource")))
        .containsExactly("APBD", "DBHCHT");
    assertThat(f.server.send(HttpMethod.PUT, "/api/v1/decree-requirements/MANDIRI", operator,
        new JsonObject().put("requiresDecree", true)).statusCode()).isEqualTo(403);
    badDecrees();
    assertThat(calls.createDecree(operator, header(year, "ACTIVE_MEMBERSHIPS")).statusCode()).isEqualTo(403);
    var made = calls.createDecree(f.admin, header(year, "ACTIVE_MEMBERSHIPS").put("earmarkRule", "Perwali 12/2025 pasal 4"));
    assertThat(made.statusCode()).as(made.bodyAsString()).isEqualTo(201);
    JsonObject decree = made.bodyAsJsonObject();
    String decreeId = decree.getString("id");
    assertThat(decree.getLong("members")).isEqualTo(4);
    var twice = calls.createDecree(f.admin, header(year, "ACTIVE_MEMBERSHIPS"));
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(twice.bodyAsJsonObject().getString("code")).isEqualTo("decree_exists");

    // Outside the decree: refused. An approved addition puts d inside.
    assertThat(errors(f.enrol(operator, d, enrolment()))).containsExactly("workerId:decree_membership_required");
    badChanges(operator, decreeId);
    String add = calls.change(operator, decreeId, d, "ADD", "REPLACEMENT");
    var self = f.server.post("/api/v1/decree-changes/" + add + "/approve", operator, null);
    assertThat(self.statusCode()).isEqualTo(403);
    assertThat(self.bodyAsJsonObject().getString("code")).isEqualTo("decree_self_approval_forbidden");
    inbox(approver, add);
    approveConcurrently(add, approver, approver2);
    var inside = f.enrol(operator, d, enrolment());
    assertThat(inside.statusCode()).as(inside.bodyAsString()).isEqualTo(201);

    // An exception, with its reason and audited, lets e in without the decree.
    assertThat(errors(f.enrol(operator, e, enrolment()))).containsExactly("workerId:decree_membership_required");
    JsonObject exception = new JsonObject().put("workerId", e.toString()).put("reason", "Putusan pengadilan 3/2026");
    assertThat(f.server.post("/api/v1/decrees/" + decreeId + "/exceptions", operator, exception).statusCode()).isEqualTo(403);
    var granted = f.server.post("/api/v1/decrees/" + decreeId + "/exceptions", approver, exception);
    assertThat(granted.statusCode()).as(granted.bodyAsString()).isEqualTo(201);
    assertThat(f.enrol(operator, e, enrolment()).statusCode()).isEqualTo(201);
    assertThat(calls.audited("decree.exception_granted")).hasSize(1).allSatisfy(t -> assertThat(t).contains("Putusan"));

    // A removal proposed by an approver (sent twice with one Idempotency-Key: one change); they may
    // not approve it themselves; the other approver does.
    JsonObject died = new JsonObject().put("workerId", b.toString()).put("kind", "REMOVE").put("reason", "DIED");
    String key = UUID.randomUUID().toString();
    var first = keyed("/api/v1/decrees/" + decreeId + "/changes", approver, key, died);
    var retry = keyed("/api/v1/decrees/" + decreeId + "/changes", approver, key, died);
    assertThat(first.statusCode()).as(first.bodyAsString()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.getHeader("Idempotent-Replayed")).isEqualTo("true");
    String removal = first.bodyAsJsonObject().getString("id");
    assertThat(retry.bodyAsJsonObject().getString("id")).isEqualTo(removal);
    var own = f.server.post("/api/v1/decree-changes/" + removal + "/approve", approver, null);
    assertThat(own.bodyAsJsonObject().getString("code")).isEqualTo("decree_self_approval_forbidden");
    assertThat(f.server.post("/api/v1/decree-changes/" + removal + "/approve", approver2, null).statusCode()).isEqualTo(200);
    assertThat(calls.memberIds(decreeId)).containsExactlyInAnyOrder(a.toString(), c.toString(), d.toString(), g.toString());

    String next = reverify(decreeId, operator, approver);
    nextYear(next, decreeId);
    requirementOff(operator);
  }

  /** With the APBD requirement switched off (audited), a worker outside the decree is enrolled again. */
  private void requirementOff(String operator) {
    assertThat(f.server.send(HttpMethod.PUT, "/api/v1/dtsen/policies/APBD", f.admin, new JsonObject().putNull("maxDecile"))
        .statusCode()).isEqualTo(200);
    UUID fresh = f.workersIn(KELURAHAN, 1).get(0).id();
    assertThat(errors(f.enrol(operator, fresh, enrolment()))).containsExactly("workerId:decree_membership_required");
    var off = f.server.send(HttpMethod.PUT, "/api/v1/decree-requirements/APBD", f.admin,
        new JsonObject().put("requiresDecree", false));
    assertThat(off.statusCode()).as(off.bodyAsString()).isEqualTo(200);
    assertThat(off.bodyAsJsonObject().getBoolean("requiresDecree")).isFalse();
    assertThat(f.enrol(operator, fresh, enrolment()).statusCode()).isEqualTo(201);
    assertThat(calls.audited("decree.requirement_set")).hasSize(1).allSatisfy(t -> assertThat(t).contains("false"));
  }

  private static HttpResponse<Buffer> keyed(String path, String token, String key, JsonObject body) {
    return f.server.http.post(path).putHeader("Authorization", "Bearer " + token).putHeader("Idempotency-Key", key)
        .sendJsonObject(body).await();
  }

  /** a dies, c changes category, d's decile is above the policy set now; g passes. */
  private String reverify(String decreeId, String operator, String approver) {
    var csv = DtsenFiles.csv(f, f.admin, MoneyFixture.today().toString(), "NIK;DESIL\n" + niks.get(a) + ";3\n"
        + niks.get(c) + ";3\n" + niks.get(d) + ";7\n" + niks.get(g) + ";2\n");
    assertThat(csv.statusCode()).as(csv.bodyAsString()).isEqualTo(201);
    var policy = f.server.send(HttpMethod.PUT, "/api/v1/dtsen/policies/APBD", f.admin, new JsonObject().put("maxDecile", 5));
    assertThat(policy.statusCode()).isEqualTo(200);
    var death = f.server.post("/api/v1/workers/" + a + "/death", operator,
        new JsonObject().put("deathDate", MoneyFixture.today().toString()));
    assertThat(death.statusCode()).as(death.bodyAsString()).isIn(200, 201);
    f.db.preparedQuery("UPDATE worker SET category = 'LINMAS' WHERE id = $1").execute(Tuple.of(c)).await();

    assertThat(f.server.post("/api/v1/decrees/" + decreeId + "/reverifications", approver, null).statusCode()).isEqualTo(403);
    var run = f.server.post("/api/v1/decrees/" + decreeId + "/reverifications", operator, null);
    assertThat(run.statusCode()).as(run.bodyAsString()).isEqualTo(201);
    JsonObject counts = run.bodyAsJsonObject();
    assertThat(counts.getInteger("checked")).isEqualTo(4);
    assertThat(counts.getInteger("verified")).isEqualTo(1);
    String runId = counts.getString("id");
    var list = f.server.get("/api/v1/reverifications/" + runId + "/not-reverified?limit=2", approver);
    assertThat(list.statusCode()).as(list.bodyAsString()).isEqualTo(200);
    List<JsonObject> page = new ArrayList<>(items(list));
    String cursor = list.bodyAsJsonObject().getString("nextCursor");
    assertThat(cursor).isNotNull();
    page.addAll(items(f.server.get("/api/v1/reverifications/" + runId + "/not-reverified?limit=2&cursor=" + cursor, approver)));
    assertThat(page.stream().map(o -> o.getString("workerId") + ":" + o.getJsonArray("reasons").encode()))
        .containsExactlyInAnyOrder(a + ":[\"DIED\"]", c + ":[\"CATEGORY_CHANGED\"]", d + ":[\"DECILE_ABOVE_POLICY\"]");
    assertThat(list.bodyAsString()).doesNotContain(niks.get(a));
    return runId;
  }

  private void nextYear(String runId, String decreeId) throws IOException {
    var wrongYear = calls.createDecree(f.admin, header(year + 2, "REVERIFIED").put("reverificationId", runId));
    assertThat(errors(wrongYear)).containsExactly("reverificationId:reverification_mismatch");
    var wrongSource = calls.createDecree(f.admin, header(year + 1, "REVERIFIED").put("fundingSource", "DBHCHT")
        .put("reverificationId", runId));
    assertThat(errors(wrongSource)).containsExactly("reverificationId:reverification_mismatch");
    var made = calls.createDecree(f.admin, header(year + 1, "REVERIFIED").put("reverificationId", runId)
        .put("number", "188.45/77/35.73.112/" + (year + 1)));
    assertThat(made.statusCode()).as(made.bodyAsString()).isEqualTo(201);
    String nextId = made.bodyAsJsonObject().getString("id");
    assertThat(made.bodyAsJsonObject().getLong("members")).isEqualTo(1);
    assertThat(calls.memberIds(nextId)).containsExactly(g.toString());

    var xlsx = f.server.get("/api/v1/decrees/" + nextId + "/list?format=XLSX", f.admin);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.getHeader("Content-Type")).startsWith("application/vnd.openxmlformats");
    try (var book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body().getBytes()))) {
      List<Row> rows = book.getFirstSheet().read();
      assertThat(rows.get(0).getCellText(1)).isEqualTo("188.45/77/35.73.112/" + (year + 1));
      int heading = rows.stream().filter(r -> "no".equals(r.getCellText(0))).findFirst().orElseThrow().getRowNum();
      Row first = rows.stream().filter(r -> r.getRowNum() == heading + 1).findFirst().orElseThrow();
      String nik = niks.get(g);
      assertThat(first.getCellText(1)).isEqualTo(nik.substring(0, 4) + "••••••••" + nik.substring(12));
      assertThat(rows.stream().filter(r -> r.getRowNum() > heading)).hasSize(1);
    }
    var pdf = f.server.get("/api/v1/decrees/" + nextId + "/list?format=PDF", auditor);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.getHeader("Content-Type")).isEqualTo("application/pdf");
    String text = text(pdf.body().getBytes());
    String nik = niks.get(g);
    assertThat(text).contains("Nomor: 188.45/77/35.73.112/" + (year + 1), "tahun " + (year + 1) + ", sumber dana APBD",
        nik.substring(0, 4) + "••••••••" + nik.substring(12), "Halaman 1 dari 1", "WALI KOTA")
        .doesNotContain(nik);
    assertThat(f.server.get("/api/v1/decrees/" + decreeId + "/list?format=DOC", f.admin).statusCode()).isEqualTo(422);
    assertThat(calls.audited("decree.created")).hasSize(2);
  }

  private void badDecrees() {
    assertThat(errors(calls.createDecree(f.admin, header(year - 1, "ACTIVE_MEMBERSHIPS"))))
        .containsExactly("year:decree_year_closed");
    assertThat(errors(calls.createDecree(f.admin, new JsonObject().put("fundingSource", "APBD").put("basis", "REVERIFIED")
        .put("year", year + 1).put("decreeDate", "2026-13-01"))))
        .containsExactlyInAnyOrder("number:required", "decreeDate:date_invalid", "reverificationId:decree_basis_invalid");
    assertThat(errors(calls.createDecree(f.admin, header(year, "ACTIVE_MEMBERSHIPS").put("fundingSource", "APBN"))))
        .containsExactly("fundingSource:value_unknown");
    assertThat(f.server.get("/api/v1/decrees?fundingSource=APBD", f.admin).bodyAsJsonObject().getJsonArray("items")).isEmpty();
  }

  private void badChanges(String operator, String decreeId) {
    String path = "/api/v1/decrees/" + decreeId + "/changes";
    assertThat(errors(f.server.post(path, operator, new JsonObject().put("workerId", b.toString()).put("kind", "REMOVE"))))
        .containsExactly("reason:decree_reason_invalid");
    assertThat(errors(f.server.post(path, operator, new JsonObject().put("workerId", b.toString()).put("kind", "REMOVE")
        .put("reason", "REPLACEMENT")))).containsExactly("reason:decree_reason_invalid");
    assertThat(errors(f.server.post(path, operator, new JsonObject().put("workerId", a.toString()).put("kind", "ADD")
        .put("reason", "CORRECTION")))).containsExactly("workerId:decree_member_exists");
    assertThat(errors(f.server.post(path, operator, new JsonObject().put("workerId", d.toString()).put("kind", "REMOVE")
        .put("reason", "DUPLICATE")))).containsExactly("workerId:decree_member_missing");
    assertThat(f.server.post(path, auditor, new JsonObject()).statusCode()).isEqualTo(403);
  }

  private void inbox(String approver, String changeId) {
    var r = f.server.get("/api/v1/decree-changes?status=PENDING", approver);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    assertThat(items(r).stream().map(o -> o.getString("id"))).containsExactly(changeId);
  }

  private void approveConcurrently(String changeId, String approver, String approver2) {
    WebClient wide = WebClient.create(f.server.clientVertx,
        new WebClientOptions().setDefaultHost("localhost").setDefaultPort(f.server.app.port()),
        new PoolOptions().setHttp1MaxSize(20));
    List<Future<HttpResponse<Buffer>>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(wide.post("/api/v1/decree-changes/" + changeId + "/approve")
          .putHeader("Authorization", "Bearer " + (i % 2 == 0 ? approver : approver2)).send());
    }
    Future.join(calls).await();
    wide.close();
    Map<Integer, Long> byStatus = calls.stream().collect(Collectors.groupingBy(x -> x.result().statusCode(),
        Collectors.counting()));
    assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(200, 1L, 409, 19L));
    assertThat(f.db.preparedQuery("SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY seq")
        .execute(Tuple.of(changeId)).await().stream().map(r -> r.getString(0)).toList())
        .containsExactly("decree_change.proposed", "decree_change.approved");
  }
}
