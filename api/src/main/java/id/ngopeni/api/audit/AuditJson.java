package id.ngopeni.api.audit;

import id.ngopeni.persistence.audit.AuditEntry;
import id.ngopeni.persistence.audit.AuditLog;
import io.vertx.core.json.JsonObject;

/** The audit trail's JSON. */
final class AuditJson {
  private AuditJson() {}

  static JsonObject entry(AuditEntry e) {
    return new JsonObject()
        .put("seq", e.seq())
        .put("occurredAt", e.occurredAt().toString())
        .put("actorId", e.actorId() == null ? null : e.actorId().toString())
        .put("actorRole", e.actorRole())
        .put("action", e.action())
        .put("entityType", e.entityType())
        .put("entityId", e.entityId())
        .put("before", e.before())
        .put("after", e.after())
        .put("hash", e.hash());
  }

  static JsonObject verification(AuditLog.Verification v) {
    JsonObject body = new JsonObject().put("valid", v.valid()).put("entries", v.entries());
    if (v.firstBrokenSeq() != null) {
      body.put("firstBrokenSeq", v.firstBrokenSeq());
    }
    return body;
  }
}
