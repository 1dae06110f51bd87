package id.ngopeni.persistence.coverage;

import id.ngopeni.domain.membership.FundingSource;

/** What prices a membership in the coverage report: its source, programmes (canonical key) and declared income. */
public record PricingGroup(FundingSource fundingSource, String programs, long declaredIncome) {}
