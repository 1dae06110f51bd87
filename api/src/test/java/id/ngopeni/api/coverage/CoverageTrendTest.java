package id.ngopeni.api.coverage;

import static id.ngopeni.api.membership.MoneyFixture.enrolment;
import static id.ngopeni.api.membership.MoneyFixture.failingFields;
import static id.ngopeni.api.membership.MoneyFixture.today;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.demo.DemoWorkers;
import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GET /coverage/trend against plain counts over the memberships: members enrolled months ago,
 * one ended, one moved to another kecamatan, several ended in one statement; every month's
 * covered, enrolled and left equal a count of the memberships themselves, the kept flows equal
 * their definition, a dated BPJS count gives estimated participants, and a field officer sees
 * their own kelurahan only.
 */
class CoverageTrendTest {
  @RegisterExtension static final MoneyFixture f = new MoneyFixture("coverage_trend");
  static final String KLOJEN = "35.73.02";
  static final String KLOJEN_KEL = "35.73.02.1001";
  static final String SUKUN_KEL = "35.73.04.1001";
  static final String PASSWORD = "Rawon-Nguling-Malang-7";
  private static String officer;

  @BeforeAll
  static void members() {
    List<DemoWorkers.Written> here = f.workersIn(KLOJEN_KEL, 6);
    List<DemoWorkers.Written> there = f.workersIn(SUKUN_KEL, 3);
    LocalDate today = today();
    // Enrolled in different months; some end, one of them on the last day of a month.
    enrol(here.get(0), today.minusMonths(5).withDayOfMonth(10));
    String ended = enrol(here.get(1), today.minusMonths(4).withDayOfMonth(3));
    enrol(here.get(2), today.withDayOfMonth(1));
    enrol(here.get(3), today.minusMonths(1).withDayOfMonth(1));
    String endOfMonth = enrol(here.get(4), today.minusMonths(3).withDayOfMonth(1));
    enrol(here.get(5), today.minusMonths(2).withDayOfMonth(15));
    there.forEach(w -> enrol(w, today.minusMonths(3).withDayOfMonth(20)));
    end(ended, today.minusMonths(2).withDayOfMonth(5));
    end(endOfMonth, today.minusMonths(2).withDayOfMonth(1).minusDays(1));
    // A worker moves: their membership's history follows them to Sukun.
    sql("UPDATE worker SET kelurahan_code = $1 WHERE id = $2", SUKUN_KEL, here.get(5).id());
    // Several memberships ended by one statement (as a lapse run does).
    sql("UPDATE membership SET status = 'ENDED', end_date = $1 WHERE worker_id = ANY($2)", today.minusDays(1),
        there.stream().limit(2).map(DemoWorkers.Written::id).toArray(UUID[]::new));
    f.server.createUser(f.admin, "rina.trend", PASSWORD, "FIELD_OFFICER", List.of(KLOJEN_KEL));
    officer = f.server.login("rina.trend", PASSWORD).getString("accessToken");
  }

  private static String enrol(DemoWorkers.Written w, LocalDate start) {
    return f.enrolled(w.id(), enrolment("MANDIRI", 1_000_000, start, "JKK", "JKM")).getString("id");
  }

  private static void end(String membership, LocalDate day) {
    var r = f.server.post("/api/v1/memberships/" + membership + "/end", f.admin,
        new JsonObject().put("endDate", day.toString()).put("reason", "Pindah domisili"));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
  }

  private static void sql(String statement, Object... values) {
    f.db.preparedQuery(statement).execute(Tuple.from(values)).await();
  }

  private static long count(String sql, String area, Object... days) {
    Object[] values = new Object[days.length + 1];
    values[0] = area;
    System.arraycopy(days, 0, values, 1, days.length);
    Row row = f.db.preparedQuery(sql).execute(Tuple.from(values)).await().iterator().next();
    return row.getLong(0);
  }

  private static JsonObject trend(String token, String query) {
    var r = f.server.get("/api/v1/coverage/trend" + query, token);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject();
  }

  /** Each month's figures against counts over the memberships whose kelurahan starts with {@code prefix}. */
  private static void assertCounted(JsonArray items, String prefix) {
    String area = " AND kelurahan_code LIKE $1 || '%'";
    long before = -1;
    for (Object o : items) {
      JsonObject item = (JsonObject) o;
      YearMonth month = YearMonth.parse(item.getString("month"));
      LocalDate day = LocalDate.parse(item.getString("day"));
      assertThat(day).isEqualTo(month.equals(YearMonth.from(today())) ? today() : month.atEndOfMonth());
      long covered = count("SELECT count(*) FROM membership WHERE start_date <= $2 AND (end_date IS NULL OR end_date >= $2)"
          + area, prefix, day);
      long enrolled = count("SELECT count(*) FROM membership WHERE start_date BETWEEN $2 AND $3" + area, prefix,
          month.atDay(1), day);
      long left = count("SELECT count(*) FROM membership WHERE end_date + 1 BETWEEN $2 AND $3" + area, prefix,
          month.atDay(1), day);
      assertThat(List.of(item.getLong("covered"), item.getLong("enrolled"), item.getLong("left")))
          .as(prefix + " " + month).containsExactly(covered, enrolled, left);
      if (before >= 0) {
        assertThat(covered).as("covered follows from enrolled and left").isEqualTo(before + enrolled - left);
      }
      before = covered;
    }
  }

  @Test
  void everyMonthCountsWhatTheMembershipsSay() {
    JsonObject city = trend(f.admin, "");
    assertThat(city.getJsonObject("area").getString("code")).isEqualTo("35.73");
    assertThat(city.getJsonObject("area").getString("level")).isEqualTo("REGENCY");
    assertThat(city.getString("asOf")).isEqualTo(today().toString());
    assertThat(city.getJsonArray("items")).hasSize(12);
    assertThat(city.getJsonArray("items").getJsonObject(11).getString("month")).isEqualTo(YearMonth.from(today()).toString());
    assertCounted(city.getJsonArray("items"), "35.73.");
    assertThat(city.getJsonArray("items").stream().mapToLong(o -> ((JsonObject) o).getLong("enrolled")).sum()).isEqualTo(9);

    assertCounted(trend(f.admin, "?region=" + KLOJEN + "&months=7").getJsonArray("items"), KLOJEN);
    JsonObject kelurahan = trend(f.admin, "?region=" + KLOJEN_KEL + "&months=36");
    assertThat(kelurahan.getJsonObject("area").getString("name")).isEqualTo("Klojen");
    assertThat(kelurahan.getJsonArray("items")).hasSize(36);
    assertCounted(kelurahan.getJsonArray("items"), KLOJEN_KEL);
    assertCounted(trend(f.admin, "?region=" + SUKUN_KEL).getJsonArray("items"), SUKUN_KEL);
  }

  @Test
  void theKeptFlowsEqualTheirDefinitionAndTheRebuild() {
    Row differences = f.db.query("""
        SELECT (SELECT count(*) FROM (SELECT * FROM coverage_flow WHERE started <> 0 OR stopped <> 0
                                      EXCEPT SELECT * FROM coverage_flow_expected()) kept),
               (SELECT count(*) FROM (SELECT * FROM coverage_flow_expected() EXCEPT SELECT * FROM coverage_flow) counted)
        """).execute().await().iterator().next();
    assertThat(List.of(differences.getLong(0), differences.getLong(1))).containsExactly(0L, 0L);
    String kept = "SELECT string_agg(kind || key || day || ':' || started || '/' || stopped, ',' ORDER BY kind, key, day)"
        + " FROM coverage_flow WHERE started <> 0 OR stopped <> 0";
    String before = f.db.query(kept).execute().await().iterator().next().getString(0);
    f.db.query("SELECT coverage_flow_rebuild()").execute().await();
    assertThat(f.db.query(kept).execute().await().iterator().next().getString(0)).isEqualTo(before);
  }

  @Test
  void aDatedBpjsCountGivesEstimatedParticipantsAndItsSource() {
    int year = today().getYear();
    LocalDate counted = today().minusMonths(1).withDayOfMonth(1).isBefore(LocalDate.of(year, 1, 1))
        ? LocalDate.of(year, 1, 1) : today().minusMonths(1).withDayOfMonth(1);
    var put = f.server.http.request(HttpMethod.PUT, "/api/v1/coverage/baselines/" + year + "/" + KLOJEN)
        .putHeader("Authorization", "Bearer " + f.admin).putHeader("If-None-Match", "*")
        .sendJsonObject(new JsonObject().put("workforce", 1_000).put("target", 400).put("reportedParticipants", 300)
            .put("source", "  BPJS Ketenagakerjaan Cabang Malang, surat 12/2026  ").put("asOf", counted.toString()))
        .await();
    assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(201);
    assertThat(put.bodyAsJsonObject().getString("source")).isEqualTo("BPJS Ketenagakerjaan Cabang Malang, surat 12/2026");

    JsonObject trend = trend(f.admin, "?region=" + KLOJEN);
    assertThat(trend.getJsonObject("baseline").getString("asOf")).isEqualTo(counted.toString());
    assertThat(trend.getJsonObject("baseline").getLong("reportedParticipants")).isEqualTo(300L);
    long then = count("SELECT count(*) FROM membership WHERE start_date <= $2 AND (end_date IS NULL OR end_date >= $2)"
        + " AND kelurahan_code LIKE $1 || '%'", KLOJEN, counted);
    JsonObject now = trend.getJsonArray("items").getJsonObject(11);
    long participants = 300 + now.getLong("covered") - then;
    assertThat(now.getLong("participants")).isEqualTo(participants);
    assertThat(now.getBoolean("estimated")).as("estimated on every day but the count's").isEqualTo(!counted.equals(today()));
    assertThat(now.getLong("workforce")).isEqualTo(1_000L);
    assertThat(now.getLong("gap")).isEqualTo(400 - participants);
    assertThat(now.getDouble("ucjPercent")).isEqualTo(participants / 10.0);

    JsonObject row = f.server.get("/api/v1/coverage?groupBy=kecamatan", f.admin).bodyAsJsonObject().getJsonArray("rows")
        .stream().map(JsonObject.class::cast).filter(r -> r.getString("key").equals(KLOJEN)).findFirst().orElseThrow();
    assertThat(row.getString("baselineSource")).isEqualTo("BPJS Ketenagakerjaan Cabang Malang, surat 12/2026");
    assertThat(row.getString("baselineAsOf")).isEqualTo(counted.toString());

    var refused = f.server.http.request(HttpMethod.PUT, "/api/v1/coverage/baselines/" + year + "/" + KLOJEN)
        .putHeader("Authorization", "Bearer " + f.admin).putHeader("If-Match", "*")
        .sendJsonObject(new JsonObject().put("workforce", 1_000).put("target", 400).put("source", " ")
            .put("asOf", today().plusDays(1).toString())).await();
    assertThat(failingFields(refused)).containsExactlyInAnyOrder("source:required", "asOf:in_future");
    var tooLong = f.server.http.request(HttpMethod.PUT, "/api/v1/coverage/baselines/" + year + "/" + KLOJEN)
        .putHeader("Authorization", "Bearer " + f.admin).putHeader("If-Match", "*")
        .sendJsonObject(new JsonObject().put("workforce", 1_000).put("target", 400).put("source", "x".repeat(301))
            .put("asOf", "30/06/2025")).await();
    assertThat(failingFields(tooLong)).containsExactlyInAnyOrder("source:too_long", "asOf:date_invalid");
  }

  @Test
  void aFieldOfficerSeesTheirOwnKelurahanOnly() {
    JsonObject mine = trend(officer, "");
    assertThat(mine.getValue("area")).isNull();
    assertThat(mine.getJsonArray("kelurahanCodes")).containsExactly(KLOJEN_KEL);
    assertThat(mine.getValue("baseline")).isNull();
    assertCounted(mine.getJsonArray("items"), KLOJEN_KEL);
    assertThat(trend(officer, "?region=" + KLOJEN_KEL).getJsonObject("area").getString("code")).isEqualTo(KLOJEN_KEL);
    for (String elsewhere : List.of(KLOJEN, SUKUN_KEL, "35.73")) {
      var r = f.server.get("/api/v1/coverage/trend?region=" + elsewhere, officer);
      assertThat(r.statusCode()).as(elsewhere).isEqualTo(404);
      assertThat(r.bodyAsJsonObject().getString("code")).isEqualTo("region_not_found");
    }
  }

  @Test
  void unknownRegionsAndLengthsAreRefused() {
    for (String region : List.of("35", "99.99", "35.73.02.9999")) {
      assertThat(f.server.get("/api/v1/coverage/trend?region=" + region, f.admin).statusCode()).as(region).isEqualTo(404);
    }
    for (String months : List.of("0", "37", "dua", "1.5")) {
      assertThat(failingFields(f.server.get("/api/v1/coverage/trend?months=" + months, f.admin)))
          .as(months).containsExactly("months:months_out_of_range");
    }
    assertThat(failingFields(f.server.get("/api/v1/coverage/trend?kecamatan=35.73.02", f.admin)))
        .containsExactly("kecamatan:unknown_parameter");
    assertThat(trend(f.admin, "?months=1").getJsonArray("items")).hasSize(1);
  }
}
