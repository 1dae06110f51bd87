package id.ngopeni.persistence.testing;

import id.ngopeni.persistence.db.DatabaseTarget;
import id.ngopeni.persistence.db.Pools;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

/** A Vert.x instance and a pool on a fresh database, for repository tests. */
public final class PgTestSupport implements AutoCloseable {
  public final Vertx vertx = Vertx.vertx();
  public final DatabaseTarget database;
  public final Pool pool;

  public PgTestSupport(String hint) {
    database = TestDatabases.fresh(hint);
    pool = Pools.create(vertx, database, 8);
  }

  @Override
  public void close() {
    pool.close().await();
    vertx.close().await();
  }
}
