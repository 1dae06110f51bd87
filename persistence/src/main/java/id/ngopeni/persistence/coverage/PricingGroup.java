package id.ngopeni.persistence.coverage;

import id.ngopeni.domain.membership.FundingSource;

/**
 * What prices a membership in the coverage report: its source, programmes (canonical key) and
 * declared income; {@code id} its number in coverage_group (V60), from 1.
 */
public record PricingGroup(int id, FundingSource fundingSource, String programs, long declaredIncome) {}
