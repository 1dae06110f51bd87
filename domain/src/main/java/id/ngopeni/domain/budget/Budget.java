package id.ngopeni.domain.budget;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.money.Rupiah;
import java.time.Year;
import java.util.Objects;

/** What one funding source has allocated to premiums for one calendar year. */
public record Budget(Year year, FundingSource fundingSource, Rupiah allocated) {
  public Budget {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(fundingSource, "fundingSource");
    Objects.requireNonNull(allocated, "allocated");
    if (allocated.isNegative()) {
      throw new IllegalArgumentException("negative allocation");
    }
  }
}
