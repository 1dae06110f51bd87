package id.ngopeni.api.decree;

import id.ngopeni.domain.decree.DecreeChange;
import id.ngopeni.domain.decree.DecreeRules;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.persistence.decree.DecreeMember;
import id.ngopeni.persistence.decree.NotReverifiedWorker;
import id.ngopeni.persistence.decree.ReverificationRun;
import id.ngopeni.persistence.decree.StoredChange;
import id.ngopeni.persistence.decree.StoredDecree;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Set;

/** JSON of decrees, their cohorts, changes and re-verifications. Never a whole NIK: lists mask it. */
final class DecreeJson {
  /** What a cohort's page, its list, a re-verification's list and a change show in full: the name (the NIK masked). */
  static final Set<PersonalField> SHOWN = Set.of(PersonalField.NAME);

  private DecreeJson() {}

  static JsonObject decree(StoredDecree d) {
    return new JsonObject().put("id", d.id().toString()).put("fundingSource", d.fundingSource()).put("year", d.year())
        .put("number", d.number()).put("decreeDate", d.decreeDate().toString()).put("earmarkRule", d.earmarkRule())
        .put("basis", d.basis())
        .put("reverificationId", d.reverificationId() == null ? null : d.reverificationId().toString())
        .put("members", d.members()).put("createdBy", d.createdBy().toString())
        .put("createdAt", d.createdAt() == null ? null : d.createdAt().toInstant().toString());
  }

  static JsonObject requirement(String fundingSource, boolean required) {
    return new JsonObject().put("fundingSource", fundingSource).put("requiresDecree", required);
  }

  static JsonObject member(DecreeMember m) {
    return new JsonObject().put("workerId", m.workerId().toString()).put("nikMasked", DecreeRules.maskNik(m.nik()))
        .put("fullName", m.fullName()).put("category", m.category()).put("kelurahanCode", m.kelurahanCode())
        .put("kelurahanName", m.kelurahanName());
  }

  static JsonObject change(StoredChange s) {
    DecreeChange c = s.change();
    return new JsonObject().put("id", c.id().toString()).put("decreeId", c.decreeId().toString())
        .put("fundingSource", s.fundingSource()).put("year", s.year())
        .put("workerId", c.workerId().toString()).put("workerName", s.workerName())
        .put("kelurahanCode", s.kelurahanCode()).put("kind", c.kind().name()).put("reason", c.reason().name())
        .put("note", c.note()).put("status", c.status().name()).put("createdBy", c.createdBy().toString())
        .put("createdAt", text(c.createdAt()))
        .put("decidedBy", c.decidedBy() == null ? null : c.decidedBy().toString())
        .put("decidedAt", text(c.decidedAt())).put("decisionNote", c.decisionNote());
  }

  /** What the audit trail keeps of a change: no names. */
  static JsonObject audit(DecreeChange c) {
    return new JsonObject().put("decreeId", c.decreeId().toString()).put("workerId", c.workerId().toString())
        .put("kind", c.kind().name()).put("reason", c.reason().name()).put("status", c.status().name())
        .put("decisionNote", c.decisionNote());
  }

  static JsonObject run(ReverificationRun r) {
    return new JsonObject().put("id", r.id().toString()).put("decreeId", r.decreeId().toString())
        .put("checked", r.checked()).put("verified", r.verified()).put("notVerified", r.checked() - r.verified())
        .put("createdBy", r.createdBy().toString())
        .put("createdAt", r.createdAt() == null ? null : r.createdAt().toInstant().toString());
  }

  static JsonObject notReverified(NotReverifiedWorker w) {
    return new JsonObject().put("workerId", w.workerId().toString()).put("nikMasked", DecreeRules.maskNik(w.nik()))
        .put("fullName", w.fullName()).put("kelurahanCode", w.kelurahanCode()).put("reasons", new JsonArray(w.reasons()));
  }

  private static String text(Instant i) {
    return i == null ? null : i.toString();
  }
}
