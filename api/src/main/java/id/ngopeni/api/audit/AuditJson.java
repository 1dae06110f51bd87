package id.ngopeni.api.audit;

import id.ngopeni.persistence.audit.AuditEntry;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.audit.AuditRow;
import io.vertx.core.json.JsonObject;

/** The audit trail's JSON. */
final class AuditJson {
  private AuditJson() {}

  /**
   * An entry with its actor's name ({@code actorName}, null for the system) and the person it is
   * about ({@code person}: the worker's id and name, or null); {@code entityNumber}: a claim's,
   * payout's or batch's number (KLM-…, BYR-…, BTH-…), else null.
   */
  static JsonObject entry(AuditRow row) {
    return entry(row.entry()).put("actorName", row.actorName()).put("entityNumber", row.entityNumber()).put("person", row.workerId() == null ? null
        : new JsonObject().put("workerId", row.workerId().toString()).put("name", row.workerName()));
  }

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

  static JsonObject verification(AuditService.Result result) {
    AuditLog.Verification v = result.chain();
    JsonObject body = new JsonObject().put("valid", result.valid()).put("entries", v.entries());
    if (v.firstBrokenSeq() != null) {
      body.put("firstBrokenSeq", v.firstBrokenSeq());
    }
    result.checkpoint().ifPresent(c -> body.put("checkpoint", new JsonObject()
        .put("seq", c.checkpoint().seq())
        .put("at", c.checkpoint().at().toString())
        .put("signatureValid", c.checkpoint().signatureValid())
        .put("matches", c.matches())));
    return body;
  }
}
