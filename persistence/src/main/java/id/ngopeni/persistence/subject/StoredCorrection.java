package id.ngopeni.persistence.subject;

import id.ngopeni.domain.subject.CorrectionRequest;
import java.time.Instant;
import java.util.UUID;

/**
 * A correction request as kept: the domain's {@link CorrectionRequest} with who recorded, edited
 * and resolved it, and the worker's name and kelurahan as registered now.
 */
public record StoredCorrection(CorrectionRequest correction, String workerName, String kelurahanCode, UUID recordedBy,
    Instant recordedAt, UUID editedBy, UUID resolvedBy) {}
