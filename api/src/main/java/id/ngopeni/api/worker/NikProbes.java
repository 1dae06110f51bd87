package id.ngopeni.api.worker;

import id.ngopeni.api.http.Caller;
import id.ngopeni.domain.problem.RateLimited;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.user.Role;
import id.ngopeni.domain.worker.NikProbePolicy;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.worker.NikProbeRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.util.UUID;

/**
 * A field officer's answers that reveal a registered NIK ({@code duplicate_nik} on create or
 * change, a lookup that found a worker) are limited ({@link NikProbePolicy}: 429 with
 * Retry-After, asked before the NIK is looked at) and each one is written to the audit trail as
 * {@code worker.nik_probe} on the worker found — its id, never the NIK. Both are written on a
 * connection of their own, so they stay when the request's transaction rolls back.
 */
final class NikProbes {
  private final Pool pool;
  private final AuditLog audit;
  private final NikProbeRepository probes;
  private final NikProbePolicy policy;

  NikProbes(Pool pool, AuditLog audit, NikProbeRepository probes, NikProbePolicy policy) {
    this.pool = pool;
    this.audit = audit;
    this.probes = probes;
    this.policy = policy;
  }

  private static boolean limited(Caller caller) {
    return caller.role() == Role.FIELD_OFFICER;
  }

  /** Fails with 429 when the caller has no NIK questions left in this window. */
  Future<Void> allow(Caller caller) {
    if (!limited(caller)) {
      return Future.succeededFuture();
    }
    return probes.exhausted(pool, caller.userId(), policy).compose(wait -> wait.isEmpty()
        ? Future.succeededFuture()
        : Future.failedFuture(new RateLimited(WorkerError.NIK_PROBES_LIMITED,
            "Too many NIK checks that found a registered worker; try again later.", wait.get())));
  }

  /** Counts and audits an answer that revealed {@code found}'s NIK ({@code via}: create, update, lookup). */
  Future<Void> hit(Caller caller, UUID found, String via) {
    if (!limited(caller)) {
      return Future.succeededFuture();
    }
    AuditEvent event = new AuditEvent(caller.userId(), caller.role().name(), "worker.nik_probe", "worker",
        found.toString(), null, new JsonObject().put("via", via));
    return pool.getConnection().compose(connection -> probes.record(connection, caller.userId(), policy)
        .compose(n -> audit.append(connection, event))
        .eventually(connection::close))
        .mapEmpty();
  }
}
