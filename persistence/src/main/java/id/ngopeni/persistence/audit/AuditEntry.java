package id.ngopeni.persistence.audit;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/** A recorded audit entry as read back. */
public record AuditEntry(
    long seq,
    Instant occurredAt,
    UUID actorId,
    String actorRole,
    String action,
    String entityType,
    String entityId,
    JsonObject before,
    JsonObject after,
    String hash) {}
