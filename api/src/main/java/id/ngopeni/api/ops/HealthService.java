package id.ngopeni.api.ops;

import id.ngopeni.persistence.ops.HealthRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.concurrent.TimeUnit;

/** Readiness: the instance is ready when the database answers within two seconds. */
public record HealthService(SqlClient db, HealthRepository health) {
  private static final long TIMEOUT_SECONDS = 2;

  /** Succeeds when the database answered in time, fails otherwise. */
  public Future<Void> databaseReady() {
    return health.ping(db).timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }
}
