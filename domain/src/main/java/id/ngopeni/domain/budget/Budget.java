package id.ngopeni.domain.budget;

import id.ngopeni.domain.Components;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.money.Rupiah;
import java.time.Year;

/** What one funding source has allocated to premiums for one calendar year. */
public record Budget(Year year, FundingSource fundingSource, Rupiah allocated) {
  public Budget {
    Components.requireNonNull("year fundingSource allocated", year, fundingSource, allocated);
    if (allocated.isNegative()) {
      throw new IllegalArgumentException("negative allocation");
    }
  }
}
