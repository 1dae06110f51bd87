package id.ngopeni.persistence.audit;

import java.util.UUID;

/**
 * An audit entry as a reader sees it: the entry, the actor's username (null for the system or a
 * user since removed) and the worker it is about with their name as registered now (null when it
 * is about nobody in particular). The name is personal data: its reads are recorded. {@code
 * entityNumber}: the number people know a claim, payout or payout batch by (V53), else null.
 */
public record AuditRow(AuditEntry entry, String actorName, UUID workerId, String workerName, String entityNumber) {}
