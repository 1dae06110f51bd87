package id.ngopeni.persistence.coverage;

import id.ngopeni.domain.coverage.Baseline;

/** A baseline row and its optimistic-lock version. */
public record StoredBaseline(Baseline baseline, int version) {}
