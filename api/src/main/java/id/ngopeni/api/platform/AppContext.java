package id.ngopeni.api.platform;

import id.ngopeni.api.platform.PasswordHasher;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.crypto.DataCrypto;
import id.ngopeni.persistence.db.ReplicaReads;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;

/**
 * What every feature may build on: one instance's Vert.x, pool, clock, hasher, audit log and the
 * crypto of personal data at rest (its data keys), which repositories of personal data take.
 * {@code reads} is for hot one-statement reads outside a transaction (pipelined, see
 * {@code Pools.reads}); everything else, and every write, uses {@code pool}. Searches, lists,
 * reports, coverage and exports go through {@code replicas}, which sends them to a read replica
 * when one is configured and fit, else to the client they name ({@code ReplicaReads}).
 */
public record AppContext(Vertx vertx, Pool pool, SqlClient reads, Config config, Clock clock, PasswordHasher hasher,
    AuditLog audit, DataCrypto crypto, ReplicaReads replicas) {

  /** Without a read replica. */
  public AppContext(Vertx vertx, Pool pool, SqlClient reads, Config config, Clock clock, PasswordHasher hasher,
      AuditLog audit, DataCrypto crypto) {
    this(vertx, pool, reads, config, clock, hasher, audit, crypto, ReplicaReads.none());
  }
}
