package id.ngopeni.persistence.decree;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One re-verification of a decree's cohort: how many workers were checked and how many passed. */
public record ReverificationRun(UUID id, UUID decreeId, int checked, int verified, UUID createdBy,
    OffsetDateTime createdAt) {}
