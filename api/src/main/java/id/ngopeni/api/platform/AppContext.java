package id.ngopeni.api.platform;

import id.ngopeni.api.platform.PasswordHasher;
import id.ngopeni.persistence.audit.AuditLog;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;

/**
 * What every feature may build on: one instance's Vert.x, pool, clock, hasher and audit log.
 * {@code reads} is for hot one-statement reads outside a transaction (pipelined, see
 * {@code Pools.reads}); everything else, and every write, uses {@code pool}.
 */
public record AppContext(Vertx vertx, Pool pool, SqlClient reads, Config config, Clock clock, PasswordHasher hasher,
    AuditLog audit) {}
