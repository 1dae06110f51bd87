package id.ngopeni.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.ngopeni.persistence.testing.PgTestSupport;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reads client's connections send a turn's queries together and still answer each one right. */
class FlushConsolidationTest {
  static PgTestSupport pg;

  @BeforeAll
  static void start() {
    pg = new PgTestSupport("flush");
  }

  @AfterAll
  static void stop() {
    pg.close();
  }

  @Test
  void theReadsClientInstallsTheHandlerOnEveryConnectionItOpens() {
    long before = FlushConsolidation.installedCount();
    SqlClient reads = Pools.reads(pg.vertx, pg.database, 2, 4);
    try {
      // 40 reads in one go need more than one connection at 4 per connection: both get it.
      List<Integer> answers = answersFromOneTurn(reads, 40);
      assertEquals(40, answers.size());
      assertEquals(before + 2, FlushConsolidation.installedCount());
    } finally {
      reads.close().await();
    }
  }

  @Test
  void queriesSentInOneTurnAllComeBackWithTheirOwnAnswers() {
    SqlClient reads = Pools.reads(pg.vertx, pg.database, 2, 32);
    try {
      List<Integer> answers = answersFromOneTurn(reads, 500);
      for (int i = 0; i < 500; i++) {
        assertEquals(i * 7, answers.get(i));
      }
    } finally {
      reads.close().await();
    }
  }

  @Test
  void installingOnAPooledConnectionIsIdempotentAndKeepsItWorking() {
    SqlConnection connection = pg.pool.getConnection().await();
    try {
      assertFalse(FlushConsolidation.installed(connection));
      assertTrue(FlushConsolidation.install(connection));
      assertTrue(FlushConsolidation.install(connection));
      assertTrue(FlushConsolidation.installed(connection));
      Row row = connection.preparedQuery("SELECT $1::int + 1 AS n").execute(Tuple.of(41)).await().iterator().next();
      assertEquals(42, row.getInteger("n"));
    } finally {
      connection.close().await();
    }
  }

  /** Schedules {@code n} reads from one event-loop task, so their flushes fall in the same turn. */
  private static List<Integer> answersFromOneTurn(SqlClient reads, int n) {
    Promise<List<Integer>> done = Promise.promise();
    pg.vertx.runOnContext(ignored -> {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(reads.preparedQuery("SELECT $1::int * 7 AS n").execute(Tuple.of(i))
            .map(rows -> rows.iterator().next().getInteger("n")));
      }
      Future.all(futures).map(all -> all.<Integer>list()).onComplete(done);
    });
    return done.future().timeout(30, TimeUnit.SECONDS).await();
  }
}
