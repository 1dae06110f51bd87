package id.ngopeni.persistence.audit;

import io.vertx.core.json.JsonObject;
import java.util.UUID;

/**
 * One state change to record: who ({@code actorId} null for the system), what
 * ({@code action} such as {@code payout.approved}), on which entity, and the state before and
 * after. Never put a NIK, a password or document bytes in {@code before}/{@code after}:
 * {@link AuditLog} strips such keys anyway.
 */
public record AuditEvent(
    UUID actorId, String actorRole, String action, String entityType, String entityId, JsonObject before, JsonObject after) {}
