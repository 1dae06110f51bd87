package id.ngopeni.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.ngopeni.persistence.testing.PgTestSupport;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both clients' sessions carry a statement timeout, so a runaway statement is cancelled. */
class StatementTimeoutTest {
  static PgTestSupport pg;

  @BeforeAll
  static void start() {
    pg = new PgTestSupport("timeout");
  }

  @AfterAll
  static void stop() {
    pg.close();
  }

  @Test
  void thePoolAndTheReadsClientSetTheirTimeouts() {
    Pool pool = Pools.create(pg.vertx, pg.database, 1);
    SqlClient reads = Pools.reads(pg.vertx, pg.database, 1, 4);
    try {
      assertEquals("10min", show(pool));
      assertEquals("30s", show(reads));
    } finally {
      reads.close().await();
      pool.close().await();
    }
  }

  private static String show(SqlClient client) {
    return client.query("SHOW statement_timeout").execute().await().iterator().next().getString(0);
  }
}
