package id.ngopeni.api.coverage;

import static id.ngopeni.api.membership.MoneyFixture.enrolment;
import static id.ngopeni.api.membership.MoneyFixture.failingFields;
import static id.ngopeni.api.membership.MoneyFixture.today;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.membership.Sector;
import id.ngopeni.domain.tariff.ContributionRelief;
import id.ngopeni.api.demo.DemoWorkers;
import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.HashMap;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The coverage report: groupings, asOf, baselines and Kota Malang's published figures. */
class CoverageReportTest {
  @RegisterExtension static final MoneyFixture f = new MoneyFixture("coverage");
  private static List<DemoWorkers.Written> members;

  @BeforeAll
  static void start() {
    // Self-paid members: no budget involved. One with JHT on a higher income.
    members = f.workers(12);
    for (int i = 0; i < members.size(); i++) {
      JsonObject body = i == 0
          ? enrolment("MANDIRI", 3_000_000, today().minusMonths(2), "JKK", "JKM", "JHT")
          : enrolment(i % 3 == 0 ? "BUMN" : "MANDIRI", 1_000_000, today().minusMonths(2), "JKK", "JKM");
      f.enrolled(members.get(i).id(), body);
    }
  }

  private HttpResponse<Buffer> putBaseline(String token, String path, String ifMatch, JsonObject body) {
    var request = f.server.http.request(HttpMethod.PUT, "/api/v1/coverage/baselines/" + path)
        .putHeader("Authorization", "Bearer " + token);
    if (ifMatch == null) {
      request.putHeader("If-None-Match", "*");
    } else if (!ifMatch.isEmpty()) {
      request.putHeader("If-Match", ifMatch);
    }
    return request.sendJsonObject(body).await();
  }

  private JsonObject baselines(String token, int year) {
    var r = f.server.get("/api/v1/coverage/baselines/" + year, token);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject();
  }

  @Test
  void aYearsBaselinesAreListedCityFirstWithTheVersionToChangeThemBy() {
    assertThat(baselines(f.admin, 2030).getJsonArray("items")).isEmpty();
    JsonObject klojen = new JsonObject().put("workforce", 60_000).put("target", 20_000);
    assertThat(putBaseline(f.admin, "2030/35.73.02", null, klojen).statusCode()).isEqualTo(201);
    assertThat(putBaseline(f.admin, "2030/35.73", null, new JsonObject().put("workforce", 413_585).put("target", 173_753)
        .put("reportedParticipants", 134_167)).statusCode()).isEqualTo(201);

    JsonObject listed = baselines(f.admin, 2030);
    assertThat(listed.getInteger("year")).isEqualTo(2030);
    assertThat(listed.getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("regionCode")))
        .containsExactly("35.73", "35.73.02");
    JsonObject city = listed.getJsonArray("items").getJsonObject(0);
    assertThat(city.getString("level")).isEqualTo("REGENCY");
    assertThat(city.getLong("reportedParticipants")).isEqualTo(134_167L);
    JsonObject kecamatan = listed.getJsonArray("items").getJsonObject(1);
    assertThat(kecamatan.getString("level")).isEqualTo("KECAMATAN");
    assertThat(kecamatan.getValue("reportedParticipants")).isNull();

    // The listed version is the If-Match of the next change.
    var changed = putBaseline(f.admin, "2030/35.73.02", "\"" + kecamatan.getInteger("version") + "\"",
        klojen.copy().put("target", 25_000));
    assertThat(changed.statusCode()).as(changed.bodyAsString()).isEqualTo(200);
    JsonObject after = baselines(f.admin, 2030).getJsonArray("items").getJsonObject(1);
    assertThat(after.getLong("target")).isEqualTo(25_000L);
    assertThat(after.getInteger("version")).isEqualTo(kecamatan.getInteger("version") + 1);

    String approver = f.server.login(userOf("APPROVER"), PASSWORD).getString("accessToken");
    assertThat(baselines(approver, 2030).getJsonArray("items")).hasSize(2);
    String officer = f.server.login(userOf("FIELD_OFFICER"), PASSWORD).getString("accessToken");
    assertThat(f.server.get("/api/v1/coverage/baselines/2030", officer).statusCode()).isEqualTo(403);
    var noYear = f.server.get("/api/v1/coverage/baselines/1999", f.admin);
    assertThat(noYear.statusCode()).isEqualTo(404);
    assertThat(noYear.bodyAsJsonObject().getString("code")).isEqualTo("region_not_found");
  }

  private static final String PASSWORD = "Bakso-Bakar-Malang-2030";

  /** A new user of the role, made for this test. */
  private static String userOf(String role) {
    String username = "baseline." + role.toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    f.server.createUser(f.admin, username, PASSWORD, role, role.equals("FIELD_OFFICER") ? List.of("35.73.02.1001") : List.of());
    return username;
  }

  private JsonObject report(String query) {
    var r = f.server.get("/api/v1/coverage?" + query, f.admin);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject();
  }

  @Test
  void kotaMalangIs3244PercentAnd39586WorkersShortOfItsTarget() {
    JsonObject malang = new JsonObject().put("workforce", 413_585).put("target", 173_753).put("reportedParticipants", 134_167);
    var created = putBaseline(f.admin, "2025/35.73", null, malang);
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    assertThat(putBaseline(f.admin, "2025/35.73", "", malang).statusCode()).isEqualTo(428);
    assertThat(putBaseline(f.admin, "2025/35.73", "\"7\"", malang).statusCode()).isEqualTo(412);
    assertThat(putBaseline(f.admin, "2025/35.73", created.getHeader("ETag"), malang).statusCode()).isEqualTo(200);

    var raw = f.server.get("/api/v1/coverage?year=2025&groupBy=kecamatan&asOf=2025-06-30", f.admin);
    assertThat(raw.bodyAsString()).contains("\"ucjPercent\":32.44");
    JsonObject body = raw.bodyAsJsonObject();
    JsonObject total = body.getJsonObject("total");
    assertThat(total.getLong("workforce")).isEqualTo(413_585L);
    assertThat(total.getLong("target")).isEqualTo(173_753L);
    assertThat(total.getLong("gap")).isEqualTo(39_586L);
    JsonObject projection = body.getJsonObject("projection");
    assertThat(projection.getLong("workersNeeded")).isEqualTo(39_586L);
    assertThat(projection.getLong("monthlyCostNeeded")).isEqualTo(39_586L * 16_800L);
    assertThat(projection.getLong("annualCostNeeded")).isEqualTo(39_586L * 16_800L * 12L);
    assertThat(body.getString("asOf")).isEqualTo("2025-06-30");
    assertThat(total.getLong("covered")).isZero();
  }

  @Test
  void groupsCountTheMembersActiveOnTheDayAndPriceThem() {
    Map<String, Integer> byKecamatan = new HashMap<>();
    Map<String, Integer> byCategory = new HashMap<>();
    members.forEach(w -> {
      byKecamatan.merge(w.kelurahanCode().substring(0, 8), 1, Integer::sum);
      byCategory.merge(w.category(), 1, Integer::sum);
    });
    // PP 50/2025 halves JKK and JKM of these self- and BUMN-paid members in its months (not JHT).
    boolean relieved = ContributionRelief.relieves(Program.JKK, FundingSource.MANDIRI, Sector.OTHER,
        YearMonth.from(today()));
    long premium = relieved ? (15_000 + 3_400 + 60_000) + 11 * 8_400L : (30_000 + 6_800 + 60_000) + 11 * 16_800L;
    for (String groupBy : List.of("kecamatan", "kelurahan", "category", "fundingSource")) {
      JsonObject body = report("groupBy=" + groupBy);
      assertThat(body.getJsonObject("total").getLong("covered")).as(groupBy).isEqualTo(12L);
      assertThat(body.getJsonObject("total").getLong("monthlyPremium")).as(groupBy).isEqualTo(premium);
      assertThat(body.getString("asOf")).isEqualTo(today().toString());
      Map<String, Long> covered = new HashMap<>();
      body.getJsonArray("rows").forEach(o -> covered.put(((JsonObject) o).getString("key"), ((JsonObject) o).getLong("covered")));
      switch (groupBy) {
        case "kecamatan" -> {
          assertThat(covered).hasSize(5);
          byKecamatan.forEach((k, n) -> assertThat(covered.get(k)).as(k).isEqualTo(n.longValue()));
        }
        case "kelurahan" -> assertThat(covered).hasSize(57);
        case "category" -> byCategory.forEach((k, n) -> assertThat(covered.get(k)).as(k).isEqualTo(n.longValue()));
        default -> {
          assertThat(covered.get("BUMN")).isEqualTo(3L);
          assertThat(covered.get("MANDIRI")).isEqualTo(9L);
          assertThat(covered.get("APBD")).isZero();
        }
      }
    }
    assertThat(report("asOf=" + today().minusMonths(3)).getJsonObject("total").getLong("covered")).isZero();
  }

  @Test
  void aKecamatanBaselineGivesItsRowAPercentageAndAGap() {
    String klojen = "35.73.02";
    var r = putBaseline(f.admin, "2024/" + klojen, null,
        new JsonObject().put("workforce", 3).put("target", 2));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
    JsonObject row = report("year=2024&groupBy=kecamatan").getJsonArray("rows").stream().map(JsonObject.class::cast)
        .filter(o -> o.getString("key").equals(klojen)).findFirst().orElseThrow();
    long covered = row.getLong("covered");
    assertThat(row.getString("name")).isEqualTo("Klojen");
    assertThat(row.getLong("workforce")).isEqualTo(3L);
    // Without a BPJS count the city's own members are the participants.
    assertThat(row.getLong("gap")).isEqualTo(2 - covered);
    assertThat(row.getDouble("ucjPercent")).isEqualTo(Math.round(covered * 10_000.0 / 3) / 100.0);
  }

  @Test
  void withinARegionTheReportHoldsItsAreasOnlyAndItsBaselineMakesTheTotal() {
    String klojen = "35.73.02";
    JsonObject body = report("year=2031&groupBy=kelurahan&within=" + klojen);
    assertThat(body.getString("within")).isEqualTo(klojen);
    long kelurahanOfKlojen = f.db.preparedQuery("SELECT count(*) FROM region WHERE level = 'KELURAHAN' AND parent_code = $1")
        .execute(io.vertx.sqlclient.Tuple.of(klojen)).await().iterator().next().getLong(0);
    assertThat(body.getJsonArray("rows")).hasSize((int) kelurahanOfKlojen);
    long sum = 0;
    for (Object o : body.getJsonArray("rows")) {
      assertThat(((JsonObject) o).getString("key")).startsWith(klojen + ".");
      sum += ((JsonObject) o).getLong("covered");
    }
    long expected = members.stream().filter(w -> w.kelurahanCode().startsWith(klojen + ".")).count();
    assertThat(body.getJsonObject("total").getLong("covered")).isEqualTo(sum).isEqualTo(expected);
    // Kecamatan within the city: all five; the city's baseline stays out of a kecamatan's total.
    assertThat(report("groupBy=kecamatan&within=35.73").getJsonArray("rows")).hasSize(5);
    assertThat(putBaseline(f.admin, "2031/35.73", null, new JsonObject().put("workforce", 413_585).put("target", 173_753))
        .statusCode()).isEqualTo(201);
    assertThat(putBaseline(f.admin, "2031/" + klojen, null, new JsonObject().put("workforce", 60_000).put("target", 20_000))
        .statusCode()).isEqualTo(201);
    assertThat(report("year=2031&groupBy=kelurahan&within=" + klojen).getJsonObject("total").getLong("workforce"))
        .isEqualTo(60_000L);
    assertThat(report("year=2031&groupBy=kelurahan").getJsonObject("total").getLong("workforce")).isEqualTo(413_585L);

    // A kecamatan holds no kecamatan; a kelurahan, an unknown code: not found. Categories have no region.
    assertThat(f.server.get("/api/v1/coverage?groupBy=kecamatan&within=" + klojen, f.admin).statusCode()).isEqualTo(404);
    assertThat(f.server.get("/api/v1/coverage?groupBy=kelurahan&within=35.73.02.1001", f.admin).statusCode())
        .isEqualTo(404);
    assertThat(f.server.get("/api/v1/coverage?groupBy=kelurahan&within=35.99", f.admin).statusCode()).isEqualTo(404);
    assertThat(failingFields(f.server.get("/api/v1/coverage?groupBy=category&within=35.73", f.admin)))
        .containsExactly("within:unknown_parameter");
  }

  @Test
  void invalidParametersAndBaselinesAreReportedTogether() {
    var r = f.server.get("/api/v1/coverage?groupBy=desa&asOf=kemarin&year=99&q=1", f.admin);
    assertThat(failingFields(r)).containsExactlyInAnyOrder("groupBy:value_unknown", "asOf:date_invalid",
        "year:year_invalid", "q:unknown_parameter");
    var b = putBaseline(f.admin, "2025/35.73.01", null,
        new JsonObject().put("workforce", 0).put("target", -1).put("reportedParticipants", "banyak"));
    assertThat(failingFields(b)).containsExactlyInAnyOrder("workforce:not_positive", "target:negative",
        "reportedParticipants:type_mismatch");
    assertThat(putBaseline(f.admin, "2025/99.99", null, new JsonObject().put("workforce", 1).put("target", 1))
        .statusCode()).isEqualTo(404);
  }
}
