package id.ngopeni.persistence.coverage;

import id.ngopeni.domain.membership.FundingSource;

/** Memberships active on the day, per report key and per what prices them. */
public record CoverageGroup(String key, FundingSource fundingSource, String programs, long declaredIncome, long count) {}
