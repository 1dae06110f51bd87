package id.ngopeni.api.ops;

import id.ngopeni.persistence.ops.HealthRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.concurrent.TimeUnit;

/** Readiness: the instance is ready when the database answers within two seconds. */
public final class HealthService {
  private static final long TIMEOUT_SECONDS = 2;

  private final SqlClient db;
  private final HealthRepository health;

  public HealthService(SqlClient db, HealthRepository health) {
    this.db = db;
    this.health = health;
  }

  /** Succeeds when the database answered in time, fails otherwise. */
  public Future<Void> databaseReady() {
    return health.ping(db).timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }
}
