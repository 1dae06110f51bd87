package id.ngopeni.api.coverage;

import static id.ngopeni.api.membership.MoneyFixture.enrolment;
import static id.ngopeni.api.membership.MoneyFixture.today;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.demo.DemoWorkers;
import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The coverage report of a registry that holds two regencies (a province's): the total without
 * {@code within} measures against both regencies' baselines added up, never the first one's; the
 * trend has no city to default to, and is each regency's when named.
 * Its own fixture: the second regency would change the single-city totals of {@link CoverageReportTest}.
 */
class CoverageProvinceTest {
  @RegisterExtension static final MoneyFixture f = new MoneyFixture("coverage-province");

  private JsonObject total(String query) {
    var r = f.server.get("/api/v1/coverage?" + query, f.admin);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject().getJsonObject("total");
  }

  private void baseline(String path, JsonObject body) {
    var r = f.server.http.put("/api/v1/coverage/baselines/" + path).putHeader("Authorization", "Bearer " + f.admin)
        .putHeader("If-None-Match", "*").sendJsonObject(body).await();
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
  }

  /** Kabupaten Malang beside the city: one kecamatan, one kelurahan (either test may add it first). */
  private void secondRegency() {
    f.db.query("""
        INSERT INTO region (code, level, name, parent_code) VALUES
          ('35.07', 'REGENCY', 'Kabupaten Malang', '35'),
          ('35.07.01', 'KECAMATAN', 'Donomulyo', '35.07'),
          ('35.07.01.2001', 'KELURAHAN', 'Tulungrejo', '35.07.01')
        ON CONFLICT (code) DO NOTHING
        """).execute().await();
  }

  @Test
  void withSeveralRegenciesTheTotalAddsUpEveryRegencysBaselineOrHasNone() {
    secondRegency();
    List<DemoWorkers.Written> kabupaten = f.workersIn("35.07.01.2001", 2);
    List<DemoWorkers.Written> kota = f.workersIn("35.73.02.1001", 3);
    for (DemoWorkers.Written w : List.of(kabupaten.get(0), kabupaten.get(1), kota.get(0), kota.get(1), kota.get(2))) {
      f.enrolled(w.id(), enrolment("MANDIRI", 1_000_000, today().minusMonths(1), "JKK", "JKM"));
    }
    // Only the city's baseline: it is not the province's, so the total has none.
    baseline("2032/35.73", new JsonObject().put("workforce", 400_000).put("target", 170_000)
        .put("reportedParticipants", 130_000));
    JsonObject alone = total("year=2032&groupBy=kecamatan");
    assertThat(alone.getLong("covered")).isEqualTo(5L);
    assertThat(alone.containsKey("workforce")).isFalse();
    assertThat(alone.containsKey("gap")).isFalse();
    assertThat(total("year=2032&groupBy=kelurahan&within=35.73").getLong("workforce")).isEqualTo(400_000L);

    // Both: added up. The regency's BPJS count stays out (the other has none): our own 5 throughout.
    baseline("2032/35.07", new JsonObject().put("workforce", 1_000_000).put("target", 300_000));
    for (String groupBy : List.of("kecamatan", "kelurahan", "category", "fundingSource")) {
      JsonObject both = total("year=2032&groupBy=" + groupBy);
      assertThat(both.getLong("workforce")).as(groupBy).isEqualTo(1_400_000L);
      assertThat(both.getLong("target")).as(groupBy).isEqualTo(470_000L);
      assertThat(both.containsKey("reportedParticipants")).as(groupBy).isFalse();
      assertThat(both.getLong("gap")).as(groupBy).isEqualTo(470_000L - 5);
    }
    JsonObject within = total("year=2032&groupBy=kecamatan&within=35.07");
    assertThat(within.getLong("covered")).isEqualTo(2L);
    assertThat(within.getLong("workforce")).isEqualTo(1_000_000L);
  }

  /**
   * Without {@code region} the trend is the only city's; over two regencies there is none: 404
   * region_not_found, as documented (the console names a regency). Named, each regency's trend
   * counts its own members, as its coverage report does.
   */
  @Test
  void withSeveralRegenciesTheTrendNeedsARegion() {
    secondRegency();
    var none = f.server.get("/api/v1/coverage/trend?months=12", f.admin);
    assertThat(none.statusCode()).as(none.bodyAsString()).isEqualTo(404);
    assertThat(none.bodyAsJsonObject().getString("code")).isEqualTo("region_not_found");
    for (String regency : List.of("35.07", "35.73")) {
      var r = f.server.get("/api/v1/coverage/trend?months=12&region=" + regency, f.admin);
      assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
      JsonObject trend = r.bodyAsJsonObject();
      assertThat(trend.getJsonObject("area").getString("code")).isEqualTo(regency);
      assertThat(trend.getJsonObject("area").getString("level")).isEqualTo("REGENCY");
      JsonArray items = trend.getJsonArray("items");
      assertThat(items.getJsonObject(items.size() - 1).getLong("covered")).as(regency)
          .isEqualTo(total("groupBy=kecamatan&within=" + regency).getLong("covered"));
    }
  }
}
