package id.ngopeni.api.platform;

import id.ngopeni.api.platform.PasswordHasher;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.crypto.DataCrypto;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;

/**
 * What every feature may build on: one instance's Vert.x, pool, clock, hasher, audit log and the
 * crypto of personal data at rest (its data keys), which repositories of personal data take.
 * {@code reads} is for hot one-statement reads outside a transaction (pipelined, see
 * {@code Pools.reads}); everything else, and every write, uses {@code pool}.
 */
public record AppContext(Vertx vertx, Pool pool, SqlClient reads, Config config, Clock clock, PasswordHasher hasher,
    AuditLog audit, DataCrypto crypto) {}
