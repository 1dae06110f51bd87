package id.ngopeni.persistence.coverage;

/** Memberships active on the day under one report key, and what they cost for the day's month, in rupiah. */
public record CoverageCount(String key, long count, long monthlyPremium) {}
