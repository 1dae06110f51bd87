package id.ngopeni.persistence.testing;

import id.ngopeni.persistence.db.DatabaseTarget;
import id.ngopeni.persistence.db.Pools;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

/**
 * A Vert.x instance and a pool on a fresh database, for repository tests: {@link #pool} logs in as
 * the application role, as the server does; {@link #owner} as the owner, to play the attacker.
 */
public final class PgTestSupport implements AutoCloseable {
  public final Vertx vertx = Vertx.vertx();
  public final DatabaseTarget database;
  public final Pool pool;
  public final Pool owner;

  public PgTestSupport(String hint) {
    DatabaseTarget owned = TestDatabases.fresh(hint);
    database = TestDatabases.application(owned);
    pool = Pools.create(vertx, database, 8);
    owner = Pools.create(vertx, owned, 2);
  }

  @Override
  public void close() {
    pool.close().await();
    owner.close().await();
    vertx.close().await();
  }
}
