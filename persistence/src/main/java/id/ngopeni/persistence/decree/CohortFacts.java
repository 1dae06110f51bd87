package id.ngopeni.persistence.decree;

import id.ngopeni.domain.decree.Reverification;
import java.util.UUID;

/** One worker of a decree's cohort and what re-verification weighs. */
public record CohortFacts(UUID workerId, Reverification.Facts facts) {}
