package id.ngopeni.persistence.claim;

import id.ngopeni.domain.claim.BpjsAnswer;
import java.time.Instant;
import java.util.UUID;

/** One recorded BPJS answer, with who recorded it and when. */
public record StoredAnswer(UUID id, UUID claimId, BpjsAnswer answer, UUID recordedBy, Instant recordedAt) {}
