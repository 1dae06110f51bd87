package id.ngopeni.domain.budget;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Sector;
import java.time.YearMonth;

/**
 * How many memberships of one source and sector, with the same programmes and declared income, are billed
 * for one month: the unit the domain prices ({@link GroupPrices}), so that a million
 * memberships are priced in a few hundred calls to {@code Premiums.monthly}.
 *
 * @param programs canonical key such as {@code JKK,JKM} (see {@link GroupPrices#key})
 */
public record BilledGroup(
    YearMonth month,
    FundingSource fundingSource,
    Sector sector,
    String programs,
    long declaredIncome,
    long count) {

  /** A group of the {@link Sector#DEFAULT} sector. */
  public BilledGroup(
      YearMonth month, FundingSource fundingSource, String programs, long declaredIncome, long count) {
    this(month, fundingSource, Sector.DEFAULT, programs, declaredIncome, count);
  }
}
