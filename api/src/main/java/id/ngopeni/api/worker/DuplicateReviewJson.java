package id.ngopeni.api.worker;

import id.ngopeni.api.http.Caller;
import id.ngopeni.domain.privacy.Masks;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.problem.Language;
import id.ngopeni.persistence.worker.StoredDuplicateReview;
import id.ngopeni.persistence.worker.StoredWorker;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The duplicate check's answer and the review queue's items. People appear with their NIK
 * masked, name, birth date and kelurahan; one outside a field officer's kelurahan only as
 * {@code visible: false} with why (they learn that such a person exists, not who).
 */
final class DuplicateReviewJson {
  /** What the check and the queue show in full (the NIK only masked). */
  static final Set<PersonalField> SHOWN = Set.of(PersonalField.NAME, PersonalField.BIRTH_DATE);

  private DuplicateReviewJson() {}

  /** {@code POST /workers/duplicate-check}: the possible duplicates of the draft, strongest sign first. */
  static JsonObject check(List<DuplicateWarnings.Found> found, LocalDate birthDate, Language language) {
    JsonArray items = new JsonArray();
    found.stream().sorted((a, b) -> Integer.compare(rank(a.why()), rank(b.why()))).forEach(f -> {
      JsonObject item = why(f.why(), language);
      if (f.visible()) {
        item.put("visible", true).put("workerId", f.candidate().id().toString())
            .put("nik", Masks.nik(f.candidate().nik())).put("fullName", f.candidate().fullName())
            .put("birthDate", birthDate.toString()).put("kelurahanCode", f.candidate().kelurahanCode());
      }
      items.add(item);
    });
    return new JsonObject().put("candidates", items);
  }

  /** One review with the people on it side by side, as the caller may see them. */
  static JsonObject review(StoredDuplicateReview r, Map<UUID, StoredWorker> workers, Caller caller, Language language) {
    JsonArray candidates = new JsonArray();
    JsonArray visibleIds = new JsonArray();
    for (int i = 0; i < r.candidateIds().size(); i++) {
      UUID id = r.candidateIds().get(i);
      ErrorCode why = ErrorCode.of(r.candidateWhy().get(i));
      StoredWorker w = workers.get(id);
      JsonObject item = why(why, language);
      if (w == null) {
        item.put("visible", true).put("workerId", id.toString()).put("gone", true);
        visibleIds.add(id.toString());
      } else if (caller.canSeeKelurahan(w.kelurahanCode())) {
        item.mergeIn(person(w));
        visibleIds.add(id.toString());
      }
      candidates.add(item);
    }
    StoredWorker worker = workers.get(r.workerId());
    // candidateIds: only those the caller may know of (a field officer's scope).
    return resolved(r).put("candidateIds", visibleIds).put("worker", worker == null ? null : person(worker))
        .put("candidates", candidates);
  }

  /** A review without its people: the answer to a resolution, and the audit entry's state. */
  static JsonObject resolved(StoredDuplicateReview r) {
    return new JsonObject().put("id", r.id().toString()).put("status", r.status()).put("version", r.version())
        .put("workerId", r.workerId().toString()).put("kelurahanCode", r.kelurahanCode())
        .put("candidateIds", new JsonArray(r.candidateIds().stream().map(UUID::toString).toList()))
        .put("reason", r.reason()).put("openedBy", r.openedByUsername()).put("openedAt", r.openedAt().toString())
        .put("importId", r.importId() == null ? null : r.importId().toString())
        .put("duplicateOf", r.duplicateOf() == null ? null : r.duplicateOf().toString()).put("note", r.note())
        .put("resolvedBy", r.resolvedByUsername())
        .put("resolvedAt", r.resolvedAt() == null ? null : r.resolvedAt().toString());
  }

  private static JsonObject person(StoredWorker w) {
    return new JsonObject().put("visible", true).put("workerId", w.id().toString()).put("nik", Masks.nik(w.nik()))
        .put("fullName", w.fullName()).put("birthDate", w.birthDate().toString()).put("sex", w.sex())
        .put("kelurahanCode", w.kelurahanCode()).put("category", w.category())
        .put("createdAt", w.createdAt().toString()).put("coverage", w.coverage().status().name());
  }

  private static JsonObject why(ErrorCode why, Language language) {
    return new JsonObject().put("visible", false).put("why", why.code()).put("message", why.message(language));
  }

  private static int rank(ErrorCode why) {
    return why.code().equals("possible_duplicate_nik") ? 0 : 1;
  }
}
