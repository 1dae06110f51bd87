package id.ngopeni.api.dtsen;

import static id.ngopeni.api.dtsen.DtsenFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.demo.DemoWorkers;
import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The DTSEN walk over real HTTP and PostgreSQL: a CSV extract and an XLSX one, each worker's
 * decile, the same file twice, a bad file refused by row with nothing stored, the policy on with
 * an enrolment refused for decile 7 and accepted for decile 3, coverage by decile and "eligible but
 * not covered" per kelurahan, a field officer limited to theirs.
 */
class DtsenTargetingTest {
  static final String PASSWORD = "Rawon-Nguling-Probolinggo-7";
  static final String KELURAHAN = "35.73.02.1001";
  static final String OTHER = "35.73.05.1003";
  /** A resident DTSEN ranks who is not in the registry. */
  static final String OUTSIDER = "3573014101800099";

  @RegisterExtension static final MoneyFixture f = new MoneyFixture("dtsen");
  static UUID w1;
  static UUID w2;
  static UUID w3;
  static UUID w4;
  static UUID w5;
  static Map<UUID, String> niks;

  @BeforeAll
  static void start() {
    List<UUID> here = f.workersIn(KELURAHAN, 4).stream().map(DemoWorkers.Written::id).toList();
    w1 = here.get(0);
    w2 = here.get(1);
    w4 = here.get(2);
    w5 = here.get(3);
    w3 = f.workersIn(OTHER, 1).get(0).id();
    niks = f.niks();
  }

  @Test
  void walk() {
    String operator = user("operator", "OPERATOR", List.of());
    String officer = user("officer", "FIELD_OFFICER", List.of(OTHER));

    // A CSV as Excel saves it in an Indonesian locale: ';', a BOM, upper-case headers, an extra column.
    String first = "\uFEFFNo;NIK;DESIL\r\n1;" + niks.get(w1) + ";3\r\n2;" + niks.get(w2) + ";7\r\n3;" + niks.get(w3)
        + ";2\r\n4;" + OUTSIDER + ";1\r\n";
    var imported = csv(f, f.admin, "2026-06-30", first);
    assertThat(imported.statusCode()).as(imported.bodyAsString()).isEqualTo(201);
    assertThat(imported.bodyAsJsonObject().getInteger("rows")).isEqualTo(4);
    assertThat(csv(f, operator, "2026-06-30", first).statusCode()).isEqualTo(403);

    assertThat(dtsen(w1)).isEqualTo(new JsonObject().put("decile", 3).put("extractDate", "2026-06-30"));
    assertThat(dtsen(w4)).isNull();

    var again = csv(f, f.admin, "2026-06-30", first);
    assertThat(again.statusCode()).as(again.bodyAsString()).isEqualTo(200);
    assertThat(again.bodyAsJsonObject().getString("id")).isEqualTo(imported.bodyAsJsonObject().getString("id"));
    assertThat(again.bodyAsJsonObject().getBoolean("created")).isFalse();

    // A later extract as XLSX, English headers, deciles as numbers: w4 appears, w1 moves.
    Buffer xlsx = DtsenFiles.xlsx(List.of("nik", "decile"), List.of(
        List.of(niks.get(w4), 4), List.of(niks.get(w1), 3), List.of(niks.get(w2), 7)));
    var second = DtsenFiles.upload(f, f.admin, "2026-09-30", "dtsen.xlsx", DtsenFiles.XLSX, xlsx);
    assertThat(second.statusCode()).as(second.bodyAsString()).isEqualTo(201);
    assertThat(dtsen(w4)).isEqualTo(new JsonObject().put("decile", 4).put("extractDate", "2026-09-30"));
    assertThat(dtsen(w3)).isEqualTo(new JsonObject().put("decile", 2).put("extractDate", "2026-06-30"));

    badFilesStoreNothing();

    var imports = f.server.get("/api/v1/dtsen/imports", operator);
    assertThat(imports.statusCode()).isEqualTo(200);
    assertThat(imports.bodyAsJsonObject().getJsonArray("items")).hasSize(2);
    List<String> audited = f.db.preparedQuery("SELECT after::text FROM audit_entry WHERE action = 'dtsen.imported'")
        .execute().await().stream().map(r -> r.getString(0)).toList();
    assertThat(audited).hasSize(2).allSatisfy(text -> assertThat(text).doesNotContain(niks.get(w1)).contains("\"rows\""));

    policyGatesEnrolment(operator);
    reports(officer);
  }

  private void badFilesStoreNothing() {
    String bad = "NIK,DESIL\n" + niks.get(w5) + ",5\n12345,3\n" + niks.get(w4) + ",11\n" + niks.get(w5) + ",6\n";
    var refused = csv(f, f.admin, "2026-09-30", bad);
    assertThat(refused.statusCode()).as(refused.bodyAsString()).isEqualTo(422);
    assertThat(errors(refused)).containsExactly(
        "rows[3].nik:nik_length", "rows[4].decile:decile_invalid", "rows[5].nik:nik_repeated");
    assertThat(refused.bodyAsString()).doesNotContain(niks.get(w5));
    assertThat(dtsen(w5)).isNull();

    var header = csv(f, f.admin, "2026-09-30", "nomor,peringkat\n" + niks.get(w5) + ",5\n");
    assertThat(errors(header)).containsExactly("file:header_invalid");
    var noDate = csv(f, f.admin, null, "NIK,DESIL\n" + niks.get(w5) + ",5\n");
    assertThat(errors(noDate)).containsExactly("extractDate:required");
    assertThat(dtsen(w5)).isNull();
  }

  private void policyGatesEnrolment(String operator) {
    assertThat(putPolicy(operator, 5).statusCode()).isEqualTo(403);
    var on = putPolicy(f.admin, 5);
    assertThat(on.statusCode()).as(on.bodyAsString()).isEqualTo(200);
    assertThat(on.bodyAsJsonObject().getBoolean("enabled")).isTrue();
    var policies = f.server.get("/api/v1/dtsen/policies", operator).bodyAsJsonObject().getJsonArray("items");
    assertThat(policies.stream().map(JsonObject.class::cast).filter(p -> p.getBoolean("enabled"))
        .map(p -> p.getString("fundingSource"))).containsExactly("APBD");

    f.budget(MoneyFixture.today().getYear(), "APBD", 1_000_000_000L);
    JsonObject enrolment = MoneyFixture.enrolment("APBD", 1_000_000, MoneyFixture.today(), "JKK", "JKM");
    var decile7 = f.enrol(operator, w2, enrolment);
    assertThat(decile7.statusCode()).as(decile7.bodyAsString()).isEqualTo(422);
    assertThat(errors(decile7)).containsExactly("workerId:decile_not_eligible");
    assertThat(errors(f.enrol(operator, w5, enrolment))).containsExactly("workerId:decile_not_eligible");
    var decile3 = f.enrol(operator, w1, enrolment);
    assertThat(decile3.statusCode()).as(decile3.bodyAsString()).isEqualTo(201);
    // Another source without a policy takes anyone.
    f.budget(MoneyFixture.today().getYear(), "DBHCHT", 1_000_000_000L);
    var other = f.enrol(operator, w2, MoneyFixture.enrolment("DBHCHT", 1_000_000, MoneyFixture.today(), "JKK", "JKM"));
    assertThat(other.statusCode()).as(other.bodyAsString()).isEqualTo(201);
  }

  private void reports(String officer) {
    var coverage = f.server.get("/api/v1/dtsen/coverage", f.admin);
    assertThat(coverage.statusCode()).as(coverage.bodyAsString()).isEqualTo(200);
    Map<Object, JsonObject> byDecile = coverage.bodyAsJsonObject().getJsonArray("items").stream()
        .map(JsonObject.class::cast).collect(Collectors.toMap(o -> String.valueOf(o.getValue("decile")), o -> o));
    assertThat(byDecile.get("3")).isEqualTo(row(3, 1, 1));
    assertThat(byDecile.get("7")).isEqualTo(row(7, 1, 1));
    assertThat(byDecile.get("4")).isEqualTo(row(4, 1, 0));
    assertThat(byDecile.get("null").getLong("workers")).isEqualTo(1);

    var perKelurahan = f.server.get("/api/v1/dtsen/not-covered?fundingSource=APBD", f.admin);
    assertThat(perKelurahan.statusCode()).as(perKelurahan.bodyAsString()).isEqualTo(200);
    assertThat(perKelurahan.bodyAsJsonObject().getInteger("maxDecile")).isEqualTo(5);
    assertThat(counts(perKelurahan)).containsExactly(KELURAHAN + ":2:1", OTHER + ":1:1");
    assertThat(counts(f.server.get("/api/v1/dtsen/not-covered?maxDecile=2", f.admin))).containsExactly(OTHER + ":1:1");

    var list = f.server.get("/api/v1/dtsen/not-covered/" + KELURAHAN + "/workers?maxDecile=5", f.admin);
    assertThat(list.statusCode()).as(list.bodyAsString()).isEqualTo(200);
    JsonArray items = list.bodyAsJsonObject().getJsonArray("items");
    assertThat(items).hasSize(1);
    assertThat(items.getJsonObject(0).getString("id")).isEqualTo(w4.toString());
    assertThat(items.getJsonObject(0).getString("nikMasked")).contains("•").isNotEqualTo(niks.get(w4));
    assertThat(list.bodyAsString()).doesNotContain(niks.get(w4));

    assertThat(counts(f.server.get("/api/v1/dtsen/not-covered?maxDecile=5", officer))).containsExactly(OTHER + ":1:1");
    assertThat(f.server.get("/api/v1/dtsen/not-covered/" + KELURAHAN + "/workers?maxDecile=5", officer).statusCode())
        .isEqualTo(404);
    assertThat(errors(f.server.get("/api/v1/dtsen/not-covered", f.admin))).containsExactly("maxDecile:required");
    assertThat(errors(f.server.get("/api/v1/dtsen/not-covered?maxDecile=11", f.admin)))
        .containsExactly("maxDecile:max_decile_invalid");
  }

  private static JsonObject row(int decile, long workers, long covered) {
    return new JsonObject().put("decile", decile).put("workers", workers).put("covered", covered)
        .put("notCovered", workers - covered);
  }

  private static List<String> counts(HttpResponse<Buffer> r) {
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast)
        .map(o -> o.getString("kelurahanCode") + ":" + o.getLong("eligible") + ":" + o.getLong("notCovered")).toList();
  }

  private static HttpResponse<Buffer> putPolicy(String token, Integer maxDecile) {
    return f.server.send(HttpMethod.PUT, "/api/v1/dtsen/policies/APBD", token, new JsonObject().put("maxDecile", maxDecile));
  }

  private static JsonObject dtsen(UUID worker) {
    var r = f.server.get("/api/v1/workers/" + worker, f.admin);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject().getJsonObject("dtsen");
  }

  private static List<String> errors(HttpResponse<Buffer> r) {
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(422);
    return r.bodyAsJsonObject().getJsonArray("errors").stream().map(JsonObject.class::cast)
        .map(e -> e.getString("field") + ":" + e.getString("code")).toList();
  }

  private static String user(String name, String role, List<String> kelurahan) {
    f.server.createUser(f.admin, name, PASSWORD, role, kelurahan);
    return f.server.login(name, PASSWORD).getString("accessToken");
  }
}
