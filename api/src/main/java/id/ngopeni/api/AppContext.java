package id.ngopeni.api;

import id.ngopeni.api.auth.PasswordHasher;
import id.ngopeni.persistence.audit.AuditLog;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Clock;

/** What every feature may build on: one instance's Vert.x, pool, clock, hasher and audit log. */
public record AppContext(Vertx vertx, Pool pool, Config config, Clock clock, PasswordHasher hasher, AuditLog audit) {}
