package id.ngopeni.persistence.dtsen;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A funding source's stored "decile ≤ maxDecile" policy (no row: off). */
public record DecilePolicy(String fundingSource, int maxDecile, UUID updatedBy, OffsetDateTime updatedAt) {}
