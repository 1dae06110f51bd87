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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.domain.privacy.ReadKind;
import java.util.UUID;

/**
 * A worker's heirs. They belong to the worker aggregate: replacing them moves the worker's
 * version, so {@code If-Match} carries the worker's ETag and two clerks cannot overwrite each
 * other's family lists.
 */
public record HeirService(AppContext context, WorkerRepository workers, HeirRepository heirs, ReadRecorder recorder) {
  /** The heirs and the worker version after the change. */
  record Heirs(List<Heir> heirs, int version) {}

  /** The heirs, NIKs masked; recorded as a detail view of the worker and each heir. */
  Future<Heirs> list(Reader who, UUID workerId) {
    return workers.findById(context.pool(), workerId)
        .map(found -> WorkerService.visible(found, who.caller()))
        .compose(worker -> heirs.list(context.pool(), workerId).map(list -> new Heirs(list, worker.version())))
        .compose(h -> recorder.record(who, ReadKind.DETAIL, people(workerId, h.heirs()), HEIR_FIELDS, null, null).map(h));
  }

  /** What a heirs list carries in full: names and birth dates (NIKs masked). */
  static final Set<PersonalField> HEIR_FIELDS = Set.of(PersonalField.HEIR_NAME, PersonalField.BIRTH_DATE);

  /** The worker and their heirs, as the access log's people. */
  static List<UUID> people(UUID workerId, List<Heir> heirs) {
    List<UUID> people = new ArrayList<>();
    people.add(workerId);
    heirs.forEach(h -> people.add(h.id()));
    return people;
  }

  Future<Heirs> replace(Caller caller, UUID workerId, int expectedVersion, List<HeirDraft> drafts, Violations typeErrors) {
    return context.pool().withTransaction(tx -> workers.lock(tx, workerId)
        .compose(locked -> workers.findById(tx, workerId))
        .compose(found -> {
          var worker = WorkerService.visible(found, caller);
          if (!ETags.matches(expectedVersion, worker.version())) {
            throw WorkerService.versionConflict();
          }
          return heirs.list(tx, workerId).compose(before -> {
            List<Heir> validated = validate(HeirIds.unmask(before, drafts), typeErrors);
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
