package id.ngopeni.api.coverage;

import static id.ngopeni.api.membership.MoneyFixture.enrolment;
import static id.ngopeni.api.membership.MoneyFixture.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.api.demo.DemoWorkers;
import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The coverage report's running total (V56): whatever the fold month, and after changes dated
 * before it, the report counts exactly the memberships active on the day (checked against a scan
 * of the memberships), and the total is exactly the sum of the changes before the fold month. A
 * fold waits for a membership change in flight and a change after it lands in the total.
 */
class CoverageRunningTotalTest {
  @RegisterExtension static final MoneyFixture f = new MoneyFixture("coverage-total");

  /** Rows where the total differs from the changes before the fold month, per key and group number (V60). */
  private static final String TOTAL_DRIFT =
      """
      WITH folded AS (
        SELECT d.kind, d.key, g.id AS group_id, sum(d.n) AS n
        FROM coverage_delta_month d JOIN coverage_group g USING (funding_source, programs, declared_income)
        WHERE d.month < (SELECT month FROM coverage_fold) GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0)
      SELECT count(*) FROM (
        (SELECT * FROM folded EXCEPT SELECT kind, key, group_id, n FROM coverage_total WHERE n <> 0)
        UNION ALL
        (SELECT kind, key, group_id, n FROM coverage_total WHERE n <> 0 EXCEPT SELECT * FROM folded)
      ) drift
      """;

  @Test
  void theReportCountsWhatIsActiveWhateverTheFoldMonthAndChangesDatedBeforeIt() {
    LocalDate today = today();
    List<DemoWorkers.Written> ws = f.workers(14);
    // Starts spread over the last seven months, two in the future, some ended along the way.
    for (int i = 0; i < 12; i++) {
      f.enrolled(ws.get(i).id(), enrolment(i % 2 == 0 ? "MANDIRI" : "BUMN", i % 4 == 0 ? 2_000_000 : 1_000_000,
          today.minusMonths(i % 7).withDayOfMonth(1 + i), "JKK", "JKM"));
    }
    f.db.query("UPDATE membership SET end_date = start_date + 45, end_reason = 'Pindah', status = 'ENDED' WHERE declared_income > 1000000")
        .execute().await();
    List<LocalDate> days = List.of(today.minusMonths(8), today.minusMonths(5).withDayOfMonth(3), today.minusMonths(2),
        today.withDayOfMonth(1), today, today.plusMonths(3));

    assertMatchesTheMemberships(days);
    // Folded three months past where it stands (the server keeps it at this month), then again
    // and back: a fold month is never moved back.
    YearMonth ahead = foldMonth().plusMonths(3);
    assertThat(fold(ahead)).isTrue();
    assertThat(fold(ahead)).isFalse();
    assertThat(fold(YearMonth.from(today))).isFalse();
    assertThat(foldMonth()).isEqualTo(ahead);
    assertMatchesTheMemberships(days);

    // Changes dated before the fold month: a new member from last month, a backdated end, a move.
    f.enrolled(ws.get(12).id(), enrolment("MANDIRI", 1_000_000, today.minusMonths(1), "JKK", "JKM"));
    f.db.query("UPDATE membership SET end_date = current_date - 3, end_reason = 'Meninggal', status = 'ENDED' WHERE end_date IS NULL "
        + "AND start_date < current_date - 10 AND declared_income = 1000000 AND funding_source = 'BUMN'").execute().await();
    f.db.preparedQuery("UPDATE worker SET kelurahan_code = $1 WHERE id = $2")
        .execute(Tuple.of("35.73.02.1001", ws.get(1).id())).await();
    assertMatchesTheMemberships(days);

    assertThatThrownBy(() -> f.db.query("SELECT coverage_fold_to('2030-02-14')").execute().await())
        .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.getSqlState()).isEqualTo("22023"));
  }

  @Test
  void aFoldWaitsForAChangeInFlightAndAChangeAfterItLandsInTheTotal() throws Exception {
    LocalDate today = today();
    DemoWorkers.Written w = f.workers(1).get(0);
    f.enrolled(w.id(), enrolment("MANDIRI", 1_000_000, today.minusMonths(2), "JKK", "JKM"));
    YearMonth folded = foldMonth().plusMonths(6);
    var connection = f.db.getConnection().await();
    try {
      var tx = connection.begin().await();
      // A change in flight (ends the membership last month): holds the fold row FOR SHARE.
      connection.preparedQuery("UPDATE membership SET end_date = $1, end_reason = 'Pindah', status = 'ENDED' WHERE worker_id = $2")
          .execute(Tuple.of(today.minusMonths(1), w.id())).await();
      Future<Row> fold = f.db.preparedQuery("SELECT coverage_fold_to($1)").execute(Tuple.of(folded.atDay(1)))
          .map(rows -> rows.iterator().next());
      Thread.sleep(300);
      assertThat(fold.isComplete()).as("the fold waits for the change to commit").isFalse();
      tx.commit().await();
      assertThat(fold.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).getBoolean(0)).isTrue();
    } finally {
      connection.close().await();
    }
    assertMatchesTheMemberships(List.of(today.minusMonths(2), today.minusMonths(1).plusDays(1), today, folded.atDay(2)));
  }

  private static YearMonth foldMonth() {
    return YearMonth.from(f.db.query("SELECT month FROM coverage_fold").execute().await().iterator().next().getLocalDate(0));
  }

  private static boolean fold(YearMonth month) {
    return f.db.preparedQuery("SELECT coverage_fold_to($1)").execute(Tuple.of(month.atDay(1))).await()
        .iterator().next().getBoolean(0);
  }

  /** The report by kelurahan and by funding source on each day equals a scan; the total has no drift. */
  private static void assertMatchesTheMemberships(List<LocalDate> days) {
    assertThat(f.db.query(TOTAL_DRIFT).execute().await().iterator().next().getLong(0)).as("rows the total has wrong")
        .isZero();
    for (LocalDate day : days) {
      assertThat(reported("kelurahan", day)).as("by kelurahan on " + day).isEqualTo(scanned("kelurahan_code", day));
      assertThat(reported("fundingSource", day)).as("by funding source on " + day).isEqualTo(scanned("funding_source", day));
    }
  }

  private static Map<String, Long> reported(String groupBy, LocalDate day) {
    var r = f.server.get("/api/v1/coverage?groupBy=" + groupBy + "&asOf=" + day, f.admin);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    Map<String, Long> out = new TreeMap<>();
    r.bodyAsJsonObject().getJsonArray("rows").stream().map(JsonObject.class::cast)
        .filter(row -> row.getLong("covered") != 0).forEach(row -> out.put(row.getString("key"), row.getLong("covered")));
    return out;
  }

  private static Map<String, Long> scanned(String column, LocalDate day) {
    Map<String, Long> out = new HashMap<>();
    f.db.preparedQuery("SELECT " + column + ", count(*) FROM membership WHERE start_date <= $1 "
        + "AND (end_date IS NULL OR end_date >= $1) GROUP BY 1").execute(Tuple.of(day)).await()
        .forEach(r -> out.put(r.getString(0), r.getLong(1)));
    return new TreeMap<>(out);
  }
}
