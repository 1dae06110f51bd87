package id.ngopeni.persistence.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * The audit trail's filters (null: any): one entity by type and id, one worker (entries about
 * them, their memberships, claims and documents, payouts to their heirs, santunan events), one
 * actor, an action by its code ({@code payout.approved}) or its group ({@code payout}), and a
 * period {@code [from, to)}.
 */
public record AuditQuery(String entityType, String entityId, UUID workerId, UUID actorId, String action, Instant from,
    Instant to) {
  public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null, null);

  /** Only entries about one entity, as {@code GET /audit?entityType=&entityId=} always asked. */
  public static AuditQuery entity(String entityType, String entityId) {
    return new AuditQuery(entityType, entityId, null, null, null, null, null);
  }
}
