package id.ngopeni.persistence.ops;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;

/** The database's own answer to "are you there?". */
public final class HealthRepository {
  public Future<Void> ping(SqlClient db) {
    return db.query("SELECT 1").execute().mapEmpty();
  }
}
