package id.ngopeni.api.privacy;

import id.ngopeni.domain.privacy.BreachClock;
import id.ngopeni.domain.privacy.BreachIncident;
import id.ngopeni.domain.privacy.BreachNotice;
import id.ngopeni.domain.privacy.NameMask;
import id.ngopeni.persistence.privacy.AffectedPerson;
import id.ngopeni.persistence.privacy.StoredBreach;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/** The breach register on the wire: a breach with its 3×24-hour clock, and a person affected (name masked). */
final class BreachJson {
  private BreachJson() {}

  static BreachIncident incident(StoredBreach b) {
    return new BreachIncident(b.discoveredAt(), b.description(), b.measures(), BreachService.kinds(b.dataKinds()),
        b.sourceUserId(), b.sourceIp(), b.sourceFrom(), b.sourceTo());
  }

  /**
   * The breach as answered at {@code now}: {@code dueBy} (discovered + 72 h), {@code
   * remainingSeconds} until then (negative once past), {@code overdue} while an addressee is not
   * notified past it, and each addressee's state (PENDING, OVERDUE, ON_TIME, LATE).
   */
  static JsonObject of(StoredBreach b, Instant now) {
    BreachClock clock = new BreachClock(b.discoveredAt());
    BreachClock.State subjects = clock.state(b.subjectsNotifiedAt(), now);
    BreachClock.State authority = clock.state(b.authorityNotifiedAt(), now);
    Duration left = clock.remaining(now);
    return audited(b).put("number", BreachNotice.number(b.id()))
        .put("sourceUsername", b.sourceUsername())
        .put("dueBy", clock.dueBy().toString())
        .put("remainingSeconds", left.toSeconds())
        .put("overdue", subjects == BreachClock.State.OVERDUE || authority == BreachClock.State.OVERDUE)
        .put("subjects", addressee(subjects, b.subjectsNotifiedAt(), b.subjectsNotifiedBy()))
        .put("authority", addressee(authority, b.authorityNotifiedAt(), b.authorityNotifiedBy()))
        .put("recordedBy", b.recordedByUsername())
        .put("recordedAt", b.recordedAt().toString());
  }

  /** What the audit trail keeps of a breach: the incident, its count, the notices' times. */
  static JsonObject audited(StoredBreach b) {
    return new JsonObject().put("id", b.id().toString()).put("discoveredAt", b.discoveredAt().toString())
        .put("description", b.description()).put("measures", b.measures()).put("dataKinds", new JsonArray(b.dataKinds()))
        .put("sourceUserId", b.sourceUserId() == null ? null : b.sourceUserId().toString())
        .put("sourceIp", b.sourceIp()).put("sourceFrom", text(b.sourceFrom())).put("sourceTo", text(b.sourceTo()))
        .put("affected", b.affected()).put("subjectsNotifiedAt", text(b.subjectsNotifiedAt()))
        .put("authorityNotifiedAt", text(b.authorityNotifiedAt()));
  }

  static JsonObject person(AffectedPerson p) {
    return new JsonObject().put("personId", p.personId().toString()).put("kind", p.kind())
        .put("workerId", p.workerId() == null ? null : p.workerId().toString())
        .put("name", NameMask.of(p.fullName())).put("kelurahanCode", p.kelurahanCode())
        .put("kelurahanName", p.kelurahanName()).put("reads", p.reads())
        .put("firstReadAt", p.firstReadAt().toString()).put("lastReadAt", p.lastReadAt().toString());
  }

  private static JsonObject addressee(BreachClock.State state, Instant at, String by) {
    return new JsonObject().put("state", state.name()).put("notifiedAt", text(at)).put("notifiedBy", by);
  }

  private static String text(Instant at) {
    return at == null ? null : at.toString();
  }
}
