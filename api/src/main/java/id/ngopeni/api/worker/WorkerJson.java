package id.ngopeni.api.worker;

import id.ngopeni.api.http.AcceptLanguage;
import id.ngopeni.domain.heir.Heir;
import id.ngopeni.domain.privacy.Masks;
import id.ngopeni.domain.privacy.Purpose;
import id.ngopeni.domain.problem.Language;
import id.ngopeni.persistence.worker.Coverage;
import id.ngopeni.persistence.worker.StoredWorker;
import io.vertx.core.json.JsonArray;
import id.ngopeni.persistence.dtsen.WorkerDecile;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import id.ngopeni.domain.privacy.PersonalField;

/**
 * Workers and heirs as clients see them: identifiers masked ({@link Masks}) everywhere but in
 * the answer to the clerk who just typed them (create, edit) and in a reveal.
 */
final class WorkerJson {
  /** What a masked worker view carries in full. */
  static final Set<PersonalField> SHOWN = Set.of(PersonalField.NAME, PersonalField.BIRTH_DATE, PersonalField.ADDRESS);
  /** What a full export carries in full. */
  static final Set<PersonalField> SHOWN_FULL = Set.of(PersonalField.NAME, PersonalField.BIRTH_DATE, PersonalField.ADDRESS,
      PersonalField.NIK, PersonalField.PHONE);

  private WorkerJson() {}

  /** Lists, search results, lookups, the detail view: NIK and phone masked. */
  static JsonObject of(StoredWorker w) {
    return withoutNik(w, Masks.phone(w.phone())).put("nik", Masks.nik(w.nik())).put("coverage", coverage(w.coverage()));
  }

  /** The saved worker for the clerk who sent its values: in full, nothing they did not type. */
  static JsonObject full(StoredWorker w) {
    return withoutNik(w, w.phone()).put("nik", w.nik()).put("coverage", coverage(w.coverage()));
  }

  /** For the audit trail: no NIK (it never goes there), the phone masked, no coverage (not this aggregate's state). */
  static JsonObject forAudit(StoredWorker w) {
    return withoutNik(w, Masks.phone(w.phone()));
  }

  /** A reveal's answer: the full identifiers of the worker and their heirs, and why they were shown. */
  static JsonObject revealed(StoredWorker w, List<Heir> heirs, Purpose purpose) {
    JsonArray items = new JsonArray();
    heirs.forEach(h -> items.add(new JsonObject().put("id", h.id().toString()).put("fullName", h.fullName())
        .put("nik", h.nik())));
    return new JsonObject().put("workerId", w.id().toString()).put("purpose", purpose.name()).put("nik", w.nik())
        .put("phone", w.phone()).put("heirs", items);
  }

  /** The worker and its warnings, their messages in {@code language} (codes never change). */
  static JsonObject withWarnings(StoredWorker w, List<Warning> warnings, Language language) {
    JsonArray list = new JsonArray();
    for (Warning warning : warnings) {
      JsonObject item = new JsonObject().put("code", warning.code())
          .put("message", AcceptLanguage.message(warning.code(), warning.message(), language));
      if (warning.workerId() != null) {
        item.put("workerId", warning.workerId().toString());
      }
      list.add(item);
    }
    return full(w).put("warnings", list);
  }

  static JsonObject heir(Heir h) {
    return new JsonObject()
        .put("id", h.id().toString())
        .put("fullName", h.fullName())
        .put("nik", Masks.nik(h.nik()))
        .put("relationship", h.relationship().name())
        .put("birthDate", h.birthDate() == null ? null : h.birthDate().toString())
        .put("priorityClass", h.priorityClass());
  }

  static JsonObject heirs(List<Heir> heirs) {
    JsonArray items = new JsonArray();
    heirs.forEach(h -> items.add(heir(h)));
    return new JsonObject().put("items", items);
  }

  private static JsonObject withoutNik(StoredWorker w, String phone) {
    return new JsonObject()
        .put("id", w.id().toString())
        .put("fullName", w.fullName())
        .put("birthDate", w.birthDate().toString())
        .put("sex", w.sex())
        .put("kelurahanCode", w.kelurahanCode())
        .put("kecamatanCode", w.kecamatanCode())
        .put("category", w.category())
        .put("phone", phone)
        .put("address", w.address())
        .put("version", w.version())
        .put("createdAt", w.createdAt().toString())
        .put("updatedAt", w.updatedAt().toString());
  }

  private static JsonObject coverage(Coverage c) {
    JsonObject json = new JsonObject().put("status", c.status().name());
    if (c.membershipId() != null) {
      json.put("membershipId", c.membershipId().toString())
          .put("fundingSource", c.fundingSource())
          .put("startDate", c.startDate().toString())
          .put("endDate", c.endDate() == null ? null : c.endDate().toString());
    }
    return json;
  }

  /** {@code {decile, extractDate}} of the latest DTSEN extract holding the NIK; null when none does. */
  static JsonObject dtsen(java.util.Optional<WorkerDecile> decile) {
    return decile.map(d -> new JsonObject().put("decile", d.decile()).put("extractDate", d.extractDate().toString()))
        .orElse(null);
  }
}
