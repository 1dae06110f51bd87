package id.ngopeni.persistence.coverage;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * SQL for the coverage trend: covered members month by month from the coverage ledger
 * (coverage_delta_month and coverage_delta, V7) and enrolments and departures from
 * coverage_flow (V50), for an area given as a ledger kind ({@code K} kecamatan, {@code L}
 * kelurahan) and its keys. Every statement reads an index range per key: the trend never
 * touches the memberships themselves.
 */
public final class CoverageTrendRepository {
  /** An area of the region table. */
  public record Area(String code, String level, String name) {}

  /** Enrolments and departures of one month. */
  public record MonthFlow(YearMonth month, long enrolled, long left) {}

  private static final String AREA = "SELECT code, level, name FROM region WHERE code = $1";

  private static final String CITIES = "SELECT code FROM region WHERE level = 'REGENCY' ORDER BY code LIMIT 2";

  private static final String CHILDREN = "SELECT code FROM region WHERE parent_code = $1 ORDER BY code";

  /** Net changes per month before $3's month, then $3's own month up to $3 (under $3's month). */
  private static final String NET_BY_MONTH =
      """
      SELECT month, sum(n)::bigint AS n FROM coverage_delta_month
      WHERE kind = $1 AND key = ANY($2::text[]) AND month < date_trunc('month', $3::date)::date
      GROUP BY month
      UNION ALL
      SELECT date_trunc('month', $3::date)::date, coalesce(sum(n), 0)::bigint FROM coverage_delta
      WHERE kind = $1 AND key = ANY($2::text[]) AND day >= date_trunc('month', $3::date)::date AND day <= $3
      """;

  private static final String COVERED_ON =
      """
      SELECT coalesce(sum(n), 0)::bigint AS n FROM (
        SELECT n FROM coverage_delta_month
        WHERE kind = $1 AND key = ANY($2::text[]) AND month < date_trunc('month', $3::date)::date
        UNION ALL
        SELECT n FROM coverage_delta
        WHERE kind = $1 AND key = ANY($2::text[]) AND day >= date_trunc('month', $3::date)::date AND day <= $3
      ) changes
      """;

  private static final String FLOWS =
      """
      SELECT date_trunc('month', day)::date AS month, sum(started)::bigint AS enrolled, sum(stopped)::bigint AS left_
      FROM coverage_flow
      WHERE kind = $1 AND key = ANY($2::text[]) AND day BETWEEN $3 AND $4
      GROUP BY 1 ORDER BY 1
      """;

  public Future<Optional<Area>> area(SqlClient db, String code) {
    return db.preparedQuery(AREA).execute(Tuple.of(code)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.<Area>empty();
      }
      Row r = rows.iterator().next();
      return Optional.of(new Area(r.getString("code"), r.getString("level"), r.getString("name")));
    });
  }

  /** The city (REGENCY) when the region table holds exactly one, as a city's installation does. */
  public Future<Optional<String>> onlyCity(SqlClient db) {
    return db.preparedQuery(CITIES).execute().map(rows -> rows.size() == 1
        ? Optional.of(rows.iterator().next().getString("code")) : Optional.<String>empty());
  }

  /** The codes of the areas directly under {@code code}, e.g. a city's kecamatan. */
  public Future<List<String>> children(SqlClient db, String code) {
    return db.preparedQuery(CHILDREN).execute(Tuple.of(code)).map(rows -> {
      List<String> out = new ArrayList<>();
      rows.forEach(r -> out.add(r.getString("code")));
      return out;
    });
  }

  /**
   * The net change of the members counted under {@code keys} per month, every month before
   * {@code asOf}'s month and that month up to {@code asOf}: their running sum is the count
   * covered at the end of each month (on {@code asOf} for its own month).
   */
  public Future<SortedMap<YearMonth, Long>> netByMonth(SqlClient db, String kind, List<String> keys, LocalDate asOf) {
    return db.preparedQuery(NET_BY_MONTH).execute(Tuple.of(kind, keys.toArray(String[]::new), asOf)).map(rows -> {
      SortedMap<YearMonth, Long> out = new TreeMap<>();
      rows.forEach(r -> out.merge(YearMonth.from(r.getLocalDate("month")), r.getLong("n"), Long::sum));
      return out;
    });
  }

  /** Members counted under {@code keys} covered on {@code day}. */
  public Future<Long> coveredOn(SqlClient db, String kind, List<String> keys, LocalDate day) {
    return db.preparedQuery(COVERED_ON).execute(Tuple.of(kind, keys.toArray(String[]::new), day))
        .map(rows -> rows.iterator().next().getLong("n"));
  }

  /** Enrolments and departures per month from {@code from} to {@code to}, both included; quiet months are absent. */
  public Future<List<MonthFlow>> flows(SqlClient db, String kind, List<String> keys, LocalDate from, LocalDate to) {
    return db.preparedQuery(FLOWS).execute(Tuple.of(kind, keys.toArray(String[]::new), from, to)).map(rows -> {
      List<MonthFlow> out = new ArrayList<>();
      rows.forEach(r -> out.add(new MonthFlow(YearMonth.from(r.getLocalDate("month")), r.getLong("enrolled"),
          r.getLong("left_"))));
      return out;
    });
  }
}
