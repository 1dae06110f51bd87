package id.ngopeni.api.dtsen;

import id.ngopeni.api.testing.Sealed;
import static id.ngopeni.api.dtsen.DtsenFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.demo.DemoWorkers;
import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The counts behind the targeting reports (V36's {@code dtsen_tally}) stay equal to a count from
 * scratch ({@code dtsen_tally_expected()}) through every kind of change their triggers follow:
 * workers created, moved and given another NIK; deciles imported, changed and deleted; memberships
 * enrolled over HTTP, ended, reactivated and deleted; workers deleted. Each step is checked, and
 * the counts are checked to hold what the step did, so a trigger that does nothing fails too.
 */
class DtsenTallyTest {
  static final String HERE = "35.73.02.1001";
  static final String THERE = "35.73.05.1003";

  @RegisterExtension static final MoneyFixture f = new MoneyFixture("dtsen-tally");

  @Test
  void countsFollowEveryChange() {
    List<UUID> here = f.workersIn(HERE, 3).stream().map(DemoWorkers.Written::id).toList();
    UUID a = here.get(0);
    UUID b = here.get(1);
    UUID c = here.get(2);
    assertExact();
    assertThat(bucket(HERE, 0)).containsExactly(3L, 0L);

    var imported = csv(f, f.admin, "2026-06-30", "NIK,DESIL\n" + nik(a) + ",2\n" + nik(b) + ",7\n");
    assertThat(imported.statusCode()).as(imported.bodyAsString()).isEqualTo(201);
    assertExact();
    assertThat(bucket(HERE, 2)).containsExactly(1L, 0L);
    assertThat(bucket(HERE, 0)).containsExactly(1L, 0L);

    // A later extract changes b's decile and adds c's (the upsert fires the insert and update triggers).
    var later = csv(f, f.admin, "2026-09-30", "NIK,DESIL\n" + nik(b) + ",3\n" + nik(c) + ",2\n");
    assertThat(later.statusCode()).as(later.bodyAsString()).isEqualTo(201);
    assertExact();
    assertThat(bucket(HERE, 2)).containsExactly(2L, 0L);
    assertThat(bucket(HERE, 3)).containsExactly(1L, 0L);
    assertThat(bucket(HERE, 7)).containsExactly(0L, 0L);

    f.budget(MoneyFixture.today().getYear(), "APBD", 1_000_000_000L);
    f.enrolled(a, MoneyFixture.enrolment("APBD", 1_000_000, MoneyFixture.today(), "JKK", "JKM"));
    f.enrolled(b, MoneyFixture.enrolment("APBD", 1_000_000, MoneyFixture.today(), "JKK", "JKM"));
    assertExact();
    assertThat(bucket(HERE, 2)).containsExactly(2L, 1L);

    // The worker moves, then is given a corrected NIK that DTSEN does not know.
    sql("UPDATE worker SET kelurahan_code = $2 WHERE id = $1", a, THERE);
    assertExact();
    assertThat(bucket(THERE, 2)).containsExactly(1L, 1L);
    sql("UPDATE worker SET nik_hash = $2 WHERE id = $1", a, Sealed.of(f.server).nikHash("3573054101800042"));
    assertExact();
    assertThat(bucket(THERE, 0)).containsExactly(1L, 1L);

    // A membership ends (as a lapse or a death does), comes back, and one is deleted.
    sql("UPDATE membership SET status = 'ENDED', end_date = start_date WHERE worker_id = $1", b);
    assertExact();
    assertThat(bucket(HERE, 3)).containsExactly(1L, 0L);
    sql("UPDATE membership SET status = 'ACTIVE', end_date = NULL WHERE worker_id = $1", b);
    assertExact();
    assertThat(bucket(HERE, 3)).containsExactly(1L, 1L);
    sql("DELETE FROM membership WHERE worker_id = $1", b);
    assertExact();
    assertThat(bucket(HERE, 3)).containsExactly(1L, 0L);

    // A decile withdrawn, then the worker removed.
    sql("DELETE FROM dtsen_decile WHERE nik_hash = $1", Sealed.of(f.server).nikHash(nik(c)));
    assertExact();
    assertThat(bucket(HERE, 2)).containsExactly(0L, 0L);
    sql("DELETE FROM worker WHERE id = $1", c);
    assertExact();
    assertThat(bucket(HERE, 0)).containsExactly(0L, 0L);

    // The rebuild gives what the triggers kept.
    List<String> kept = tally();
    f.db.query("SELECT dtsen_tally_rebuild()").execute().await();
    assertThat(tally()).isEqualTo(kept);
  }

  private static void assertExact() {
    Row differences = f.db.query("""
        SELECT (SELECT count(*) FROM (SELECT * FROM dtsen_tally WHERE registered <> 0 OR covered <> 0
                                      EXCEPT SELECT * FROM dtsen_tally_expected()) kept),
               (SELECT count(*) FROM (SELECT * FROM dtsen_tally_expected() EXCEPT SELECT * FROM dtsen_tally) counted)
        """).execute().await().iterator().next();
    assertThat(List.of(differences.getLong(0), differences.getLong(1))).as(tally().toString()).containsExactly(0L, 0L);
  }

  private static List<Long> bucket(String kelurahan, int decile) {
    var rows = f.db.preparedQuery("SELECT registered, covered FROM dtsen_tally WHERE kelurahan_code = $1 AND decile = $2")
        .execute(Tuple.of(kelurahan, (short) decile)).await();
    return rows.size() == 0 ? List.of(0L, 0L) : List.of(rows.iterator().next().getLong(0), rows.iterator().next().getLong(1));
  }

  private static List<String> tally() {
    return f.db.query("SELECT concat_ws(':', kelurahan_code, decile, registered, covered) FROM dtsen_tally"
        + " WHERE registered <> 0 OR covered <> 0 ORDER BY 1").execute().await().stream().map(r -> r.getString(0)).toList();
  }

  private static String nik(UUID worker) {
    return f.nik(worker);
  }

  private static void sql(String statement, Object... params) {
    f.db.preparedQuery(statement).execute(Tuple.from(params)).await();
  }
}
