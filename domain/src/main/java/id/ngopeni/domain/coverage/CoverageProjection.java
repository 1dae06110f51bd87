package id.ngopeni.domain.coverage;

import id.ngopeni.domain.money.Rupiah;

/**
 * What reaching the target would cost if every missing participant were enrolled by the city
 * on the minimum package (JKK + JKM, Rp16.800 a month under PP 44/2015 at Rp1.000.000 declared
 * income). A year is twelve months at today's minimum premium: a projection, not a budget
 * (tariff changes within the year are the budget's business, see {@code budget}).
 */
public record CoverageProjection(
    long workersNeeded, Rupiah monthlyCostNeeded, Rupiah annualCostNeeded) {

  /** {@code workersNeeded = max(0, target − participants)}. */
  public static CoverageProjection of(
      long participants, long target, Rupiah minimumMonthlyPremium) {
    long needed = Math.max(0, Math.subtractExact(target, participants));
    Rupiah monthly = minimumMonthlyPremium.times(needed);
    return new CoverageProjection(needed, monthly, monthly.times(12));
  }
}
