package id.ngopeni.domain.budget;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.money.Rupiah;
import java.time.Year;

/**
 * Where a funding source's budget for a year stands; see {@link BudgetPositions#of} for how
 * each figure is reckoned. Always {@code remaining = allocated − committed − invoiced};
 * {@code remaining} is negative when the source is over-committed.
 */
public record BudgetPosition(
    Year year,
    FundingSource fundingSource,
    Rupiah allocated,
    Rupiah committed,
    Rupiah invoiced,
    Rupiah remaining,
    long workersAffordable) {

  public BudgetPosition {
    if (!allocated.minus(committed).minus(invoiced).equals(remaining)) {
      throw new IllegalArgumentException("remaining must be allocated - committed - invoiced");
    }
  }
}
