package id.ngopeni.api.claim;

import id.ngopeni.api.testing.Sealed;
import id.ngopeni.api.testing.TestServer;
import id.ngopeni.domain.Ids;
import id.ngopeni.persistence.db.Pools;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Workers, heirs and memberships written straight into the tables the registry and coverage
 * features own, so claim tests do not depend on those APIs.
 */
final class RegistryFixtures implements AutoCloseable {
  /** Every NIK these fixtures register starts so. */
  static final String NIK_PREFIX = "357301010180";
  private static final AtomicLong SERIAL = new AtomicLong(1);
  private final Pool pool;
  private final Sealed sealed;

  RegistryFixtures(TestServer server) {
    this.pool = Pools.create(server.clientVertx, server.database, 2);
    this.sealed = Sealed.of(server);
  }

  UUID worker(String kelurahanCode) {
    return worker(kelurahanCode, "Slamet Riyadi");
  }

  UUID worker(String kelurahanCode, String fullName) {
    UUID id = Ids.newId();
    // Shape-valid NIKs (Kota Malang, born 01-01-80), unique per test run.
    String nik = NIK_PREFIX + String.format("%04d", SERIAL.getAndIncrement());
    sealed.worker(pool, id, nik, fullName, LocalDate.of(1980, 1, 1), "M", kelurahanCode, "MARBOT");
    return id;
  }


  void membership(UUID workerId, LocalDate start, long declaredIncome) {
    pool.preparedQuery("""
        INSERT INTO membership (id, worker_id, programs, declared_income, funding_source, start_date, status)
        VALUES ($1, $2, ARRAY['JKK', 'JKM'], $3, 'DBHCHT', $4, 'ACTIVE')
        """).execute(Tuple.of(Ids.newId(), workerId, declaredIncome, start)).await();
  }

  UUID heir(UUID workerId, String relationship, int position, int priorityClass) {
    UUID id = Ids.newId();
    pool.preparedQuery("""
        INSERT INTO heir (id, worker_id, position, full_name, relationship, priority_class)
        VALUES ($1, $2, $3, $4, $5, $6)
        """).execute(Tuple.of(id, workerId, position, "Ahli Waris " + relationship, relationship, priorityClass)).await();
    return id;
  }

  long count(String sql, Object... params) {
    return pool.preparedQuery(sql).execute(Tuple.wrap(params)).await().iterator().next().getLong(0);
  }

  /** Writes straight into the database, as an attacker with write access to it would. */
  void execute(String sql, Object... params) {
    pool.preparedQuery(sql).execute(Tuple.wrap(params)).await();
  }

  @Override
  public void close() {
    pool.close().await();
  }
}
