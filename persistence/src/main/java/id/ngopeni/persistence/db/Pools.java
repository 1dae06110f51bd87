package id.ngopeni.persistence.db;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/** The one reactive connection pool of an instance. */
public final class Pools {
  private Pools() {}

  /**
   * Builds the pool. Vert.x defaults (4 connections, no prepared-statement cache) are too small
   * for a server: every repository uses {@code preparedQuery}, so cached statements save a
   * parse/plan round trip per query.
   */
  public static Pool create(Vertx vertx, DatabaseTarget target, int maxSize) {
    var connect =
        target
            .connectOptions()
            .setCachePreparedStatements(true)
            .setPreparedStatementCacheMaxSize(512)
            .setPipeliningLimit(256)
            .setReconnectAttempts(0);
    var options = new PoolOptions().setMaxSize(maxSize).setName("ngopeni").setMaxWaitQueueSize(10_000);
    return PgBuilder.pool().with(options).connectingTo(connect).using(vertx).build();
  }
}
