package id.ngopeni.api.worker;

import id.ngopeni.api.http.Caller;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Forbidden;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.worker.ValidatedWorker;
import id.ngopeni.domain.worker.WorkerDraft;
import id.ngopeni.persistence.reference.ReferenceRepository;
import id.ngopeni.persistence.reference.RegionRepository;
import id.ngopeni.persistence.worker.StoredWorker;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link WorkerDraft#validate} plus what needs the database (the kelurahan and category exist),
 * all reported at once; then the caller's scope: a field officer registers only in their own
 * kelurahan (403 — they chose that kelurahan, so nothing is revealed). A worker whose category
 * was deactivated after registration keeps it: only a new or changed category must be active.
 * Used by create, edit and the duplicate check before saving.
 */
record WorkerValidation(Clock clock, RegionRepository regions, ReferenceRepository reference) {

  /** @param current the stored worker being patched, or null for a new one */
  Future<ValidatedWorker> validate(SqlClient db, WorkerDraft draft, StoredWorker current, Violations typeErrors,
      Caller caller) {
    LocalDate today = Jakarta.today(clock);
    Set<String> unreadable = typeErrors.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    // A field that could not be read at all is reported once, not again as "required".
    draft.validate(today).stream().filter(e -> !unreadable.contains(e.field())).forEach(e -> typeErrors.addAll(List.of(e)));
    Future<Boolean> kelurahanKnown = typeErrors.has("kelurahanCode")
        ? Future.succeededFuture(true)
        : regions.isKelurahan(db, draft.kelurahanCode().strip());
    Future<Boolean> categoryKnown = typeErrors.has("category")
            || current != null && current.category().equals(draft.category().strip())
        ? Future.succeededFuture(true)
        : reference.isActiveCategory(db, draft.category().strip());
    return Future.all(kelurahanKnown, categoryKnown).map(all -> {
      if (!kelurahanKnown.result()) {
        typeErrors.add("kelurahanCode", WorkerError.KELURAHAN_UNKNOWN);
      }
      if (!categoryKnown.result()) {
        typeErrors.add("category", WorkerError.CATEGORY_UNKNOWN);
      }
      typeErrors.throwIfAny();
      ValidatedWorker worker = draft.accept(today);
      if (!caller.canSeeKelurahan(worker.kelurahan().value())) {
        throw new Forbidden(WorkerError.KELURAHAN_OUT_OF_SCOPE, "You may register and edit workers only in your own kelurahan.");
      }
      return worker;
    });
  }
}
