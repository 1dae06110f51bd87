package id.ngopeni.persistence.worker;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A duplicate review as stored: the worker saved while {@code candidateIds} looked like them
 * ({@code candidateWhy}: each one's warning code), the reason given for saving (null when none),
 * and the decision once made. {@code kelurahanCode} is the reviewed worker's (the scope);
 * {@code importId} the import whose duplicate check opened it (null: a registration or an edit).
 */
public record StoredDuplicateReview(
    UUID id,
    UUID workerId,
    String kelurahanCode,
    List<UUID> candidateIds,
    List<String> candidateWhy,
    String reason,
    UUID openedBy,
    String openedByUsername,
    Instant openedAt,
    String status,
    UUID duplicateOf,
    String note,
    UUID resolvedBy,
    String resolvedByUsername,
    Instant resolvedAt,
    int version,
    UUID importId) {}
