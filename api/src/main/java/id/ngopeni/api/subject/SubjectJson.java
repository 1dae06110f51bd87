package id.ngopeni.api.subject;

import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.domain.subject.CorrectableField;
import id.ngopeni.domain.subject.CorrectionRequest;
import id.ngopeni.domain.subject.Restriction;
import id.ngopeni.persistence.subject.StoredCorrection;
import id.ngopeni.persistence.subject.StoredRestriction;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Restriction and correction requests as JSON: with their clock as of {@code now}, never a full NIK. */
final class SubjectJson {
  /** What a restriction shows in full: the person's name. */
  static final Set<PersonalField> SHOWN = Set.of(PersonalField.NAME);

  private SubjectJson() {}

  /**
   * What corrections show in full, for the access log: the person's name, and the requested value
   * of a name, birth date or address (a requested NIK or phone is kept masked; sex, kelurahan and
   * category are none of the log's fields).
   */
  static Set<PersonalField> shown(Collection<StoredCorrection> corrections) {
    Set<PersonalField> out = EnumSet.of(PersonalField.NAME);
    for (StoredCorrection c : corrections) {
      CorrectableField field = c.correction().field();
      if (field == CorrectableField.BIRTH_DATE) {
        out.add(PersonalField.BIRTH_DATE);
      } else if (field == CorrectableField.ADDRESS) {
        out.add(PersonalField.ADDRESS);
      }
    }
    return out;
  }

  static JsonObject restriction(StoredRestriction s, Instant now) {
    Restriction r = s.restriction();
    return new JsonObject().put("id", r.id().toString()).put("workerId", r.workerId().toString())
        .put("workerName", s.workerName()).put("kelurahanCode", s.kelurahanCode()).put("status", r.status().name())
        .put("reason", r.reason()).put("requestedAt", text(r.requestedAt())).put("dueBy", text(r.dueBy()))
        .put("overdue", r.overdue(now)).put("recordedBy", text(s.recordedBy())).put("recordedAt", text(s.recordedAt()))
        .put("appliedBy", text(s.appliedBy())).put("appliedAt", text(r.appliedAt())).put("appliedLate", r.appliedLate())
        .put("liftedBy", text(s.liftedBy())).put("liftedAt", text(r.liftedAt())).put("liftReason", r.liftReason())
        .put("version", r.version());
  }

  static JsonObject correction(StoredCorrection s, Instant now) {
    CorrectionRequest c = s.correction();
    return new JsonObject().put("id", c.id().toString()).put("workerId", c.workerId().toString())
        .put("workerName", s.workerName()).put("kelurahanCode", s.kelurahanCode()).put("field", c.field().wire())
        .put("requestedValue", c.requestedValue()).put("reason", c.reason()).put("status", c.status().name())
        .put("requestedAt", text(c.requestedAt())).put("dueBy", text(c.dueBy())).put("overdue", c.overdue(now))
        .put("recordedBy", text(s.recordedBy())).put("recordedAt", text(s.recordedAt()))
        .put("editedBy", text(s.editedBy())).put("editedAt", text(c.editedAt()))
        .put("resolvedBy", text(s.resolvedBy())).put("resolvedAt", text(c.resolvedAt())).put("note", c.note())
        .put("version", c.version());
  }

  /** {@code {items, nextCursor: null}}: the lists are whole (at most 500). */
  static <T> JsonObject list(List<T> items, Function<T, JsonObject> json) {
    JsonArray out = new JsonArray();
    items.forEach(i -> out.add(json.apply(i)));
    return new JsonObject().put("items", out).putNull("nextCursor");
  }

  static String text(Instant at) {
    return at == null ? null : at.toString();
  }

  static String text(UUID id) {
    return id == null ? null : id.toString();
  }
}
