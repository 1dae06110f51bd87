package id.ngopeni.api.worker;

import id.ngopeni.api.http.ETags;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.heir.Heir;
import id.ngopeni.domain.heir.HeirDraft;
import id.ngopeni.domain.heir.HeirRules;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.worker.HeirRepository;
import id.ngopeni.persistence.worker.WorkerRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A worker's heirs. They belong to the worker aggregate: replacing them moves the worker's
 * version, so {@code If-Match} carries the worker's ETag and two clerks cannot overwrite each
 * other's family lists.
 */
public record HeirService(AppContext context, WorkerRepository workers, HeirRepository heirs) {
  /** The heirs and the worker version after the change. */
  record Heirs(List<Heir> heirs, int version) {}

  Future<Heirs> list(Caller caller, UUID workerId) {
    return workers.findById(context.pool(), workerId)
        .map(found -> WorkerService.visible(found, caller))
        .compose(worker -> heirs.list(context.pool(), workerId).map(list -> new Heirs(list, worker.version())));
  }

  Future<Heirs> replace(Caller caller, UUID workerId, int expectedVersion, List<HeirDraft> drafts, Violations typeErrors) {
    List<Heir> validated = validate(drafts, typeErrors);
    return context.pool().withTransaction(tx -> workers.lock(tx, workerId)
        .compose(locked -> workers.findById(tx, workerId))
        .compose(found -> {
          var worker = WorkerService.visible(found, caller);
          if (!ETags.matches(expectedVersion, worker.version())) {
            throw WorkerService.versionConflict();
          }
          return heirs.list(tx, workerId).compose(before -> {
            List<Heir> after = HeirIds.reuse(before, validated);
            return heirs.replace(tx, workerId, after)
                .compose(v -> workers.bumpVersion(tx, workerId, worker.version()))
                .compose(bumped -> {
                  if (!bumped) {
                    throw WorkerService.versionConflict();
                  }
                  return context.audit().append(tx, WorkerService.event(caller, "worker.heirs_replaced",
                      WorkerJson.heirs(before),
                      WorkerJson.heirs(after).put("version", worker.version() + 1), workerId));
                })
                .map(seq -> new Heirs(after, worker.version() + 1));
          });
        }));
  }

  /** The body's type errors and {@link HeirRules}' rule errors, reported together. */
  private List<Heir> validate(List<HeirDraft> drafts, Violations typeErrors) {
    List<Heir> validated = List.of();
    try {
      validated = HeirRules.validate(drafts, Jakarta.today(context.clock()));
    } catch (Invalid e) {
      var unreadable = typeErrors.errors().stream().map(f -> f.field()).toList();
      e.errors().stream().filter(f -> !unreadable.contains(f.field())).forEach(f -> typeErrors.addAll(List.of(f)));
    }
    typeErrors.throwIfAny();
    return validated;
  }
}
