package id.ngopeni.persistence.privacy;

import java.time.Instant;

/** How many records of a kind are past their cutoff, and the oldest one's time (null: none). */
public record RetentionCount(long count, Instant oldest) {}
