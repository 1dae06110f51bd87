package id.ngopeni.persistence.subject;

import id.ngopeni.domain.subject.Restriction;
import java.time.Instant;
import java.util.UUID;

/**
 * A restriction request as kept: the domain's {@link Restriction} with who recorded, applied and
 * lifted it, and the worker's name and kelurahan as registered now (never a NIK).
 */
public record StoredRestriction(Restriction restriction, String workerName, String kelurahanCode, UUID recordedBy,
    Instant recordedAt, UUID appliedBy, UUID liftedBy) {}
