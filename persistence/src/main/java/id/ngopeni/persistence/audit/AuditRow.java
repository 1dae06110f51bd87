package id.ngopeni.persistence.audit;

import java.util.UUID;

/**
 * An audit entry as a reader sees it: the entry, the actor's username (null for the system or a
 * user since removed) and the worker it is about with their name as registered now (null when it
 * is about nobody in particular). The name is personal data: its reads are recorded.
 */
public record AuditRow(AuditEntry entry, String actorName, UUID workerId, String workerName) {}
