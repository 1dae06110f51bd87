package id.ngopeni.persistence.claim;

import id.ngopeni.domain.claim.DocumentKind;
import java.time.Instant;
import java.util.UUID;

/** A claim document's metadata; the bytes are read separately, only for a download. */
public record StoredDocument(
    UUID id, UUID claimId, DocumentKind kind, String contentType, int size, String sha256, UUID uploadedBy,
    Instant uploadedAt) {}
