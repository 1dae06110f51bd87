package id.ngopeni.persistence.db;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlClient;

/** The one reactive connection pool of an instance. */
public final class Pools {
  private Pools() {}

  /**
   * Builds the pool. Vert.x defaults (4 connections, no prepared-statement cache) are too small
   * for a server: every repository uses {@code preparedQuery}, so cached statements save a
   * parse/plan round trip per query.
   *
   * <p>JIT compilation is off for our sessions: the audit chain's one-row head table bloats
   * between vacuums, the planner then expects thousands of rows, and PostgreSQL spent 147 ms
   * compiling every append — under the head lock, so every write waited (measured with the
   * write-path bench: 6 appends/s instead of hundreds). Short statements never win by JIT.
   */
  public static Pool create(Vertx vertx, DatabaseTarget target, int maxSize) {
    var connect =
        target
            .connectOptions()
            .addProperty("jit", "off")
            .setCachePreparedStatements(true)
            .setPreparedStatementCacheMaxSize(512)
            .setPipeliningLimit(256)
            .setMetricsName("ngopeni")
            .setReconnectAttempts(0);
    var options = new PoolOptions().setMaxSize(maxSize).setName("ngopeni").setMaxWaitQueueSize(10_000);
    return PgBuilder.pool().with(options).connectingTo(connect).using(vertx).build();
  }

  /**
   * A client for one-statement reads outside transactions (GET by id, reports). Its connections
   * are pipelined: concurrent reads share a connection and travel to PostgreSQL several to a
   * write, so a backend answers a burst without sleeping between queries. It is a
   * {@link SqlClient}, not a {@link Pool}: it offers no transactions, which pipelining would mix.
   * Up to {@code pipeliningLimit} reads wait on one connection before the next is opened, so a
   * slow report holds up at most that many.
   */
  public static SqlClient reads(Vertx vertx, DatabaseTarget target, int maxSize, int pipeliningLimit) {
    var connect =
        target
            .connectOptions()
            .addProperty("jit", "off")
            .setCachePreparedStatements(true)
            .setPreparedStatementCacheMaxSize(256)
            .setPipeliningLimit(pipeliningLimit)
            .setMetricsName("ngopeni-reads")
            .setReconnectAttempts(0);
    var options = new PoolOptions().setMaxSize(maxSize).setName("ngopeni-reads").setMaxWaitQueueSize(10_000);
    return PgBuilder.client().with(options).connectingTo(connect).using(vertx).build();
  }
}
