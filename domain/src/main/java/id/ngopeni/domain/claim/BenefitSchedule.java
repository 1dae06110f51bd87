package id.ngopeni.domain.claim;

import id.ngopeni.domain.money.Rupiah;
import java.util.Objects;

/**
 * The amounts and periods the benefit rules use. DOMAIN.md asks for unconfirmed facts (the BPU
 * waiting period, the JKM claim deadline) to be configuration, so they live here and not in
 * the rules; {@link #PP_82_2019} is today's schedule, and persistence may load another.
 *
 * @param jkmDeathLumpSum JKM santunan kematian
 * @param jkmPeriodicBenefit JKM santunan berkala, paid at once
 * @param funeralCost biaya pemakaman (JKM and JKK)
 * @param jkmWaitingMonths BPU waiting period: before it ends, JKM pays the funeral cost only
 * @param jkmScholarshipMinYears contributions needed before JKM pays a scholarship
 * @param jkkDeathIncomeMultiple JKK death lump sum in months of declared income
 * @param jkkPeriodicMonths JKK santunan berkala: number of monthly instalments, paid at once
 * @param jkkPeriodicMonthly JKK santunan berkala: amount per instalment
 * @param claimDeadlineYears years after the incident after which the right to claim lapses
 */
public record BenefitSchedule(
    Rupiah jkmDeathLumpSum,
    Rupiah jkmPeriodicBenefit,
    Rupiah funeralCost,
    int jkmWaitingMonths,
    int jkmScholarshipMinYears,
    int jkkDeathIncomeMultiple,
    int jkkPeriodicMonths,
    Rupiah jkkPeriodicMonthly,
    int claimDeadlineYears) {

  /** PP 82/2019 amounts; waiting period from news reports (unconfirmed). */
  public static final BenefitSchedule PP_82_2019 =
      new BenefitSchedule(
          Rupiah.of(20_000_000),
          Rupiah.of(12_000_000),
          Rupiah.of(10_000_000),
          3,
          3,
          48,
          24,
          Rupiah.of(500_000),
          5);

  public BenefitSchedule {
    Objects.requireNonNull(jkmDeathLumpSum, "jkmDeathLumpSum");
    Objects.requireNonNull(jkmPeriodicBenefit, "jkmPeriodicBenefit");
    Objects.requireNonNull(funeralCost, "funeralCost");
    Objects.requireNonNull(jkkPeriodicMonthly, "jkkPeriodicMonthly");
  }

  /** Santunan kematian + santunan berkala + biaya pemakaman (Rp42.000.000 under PP 82/2019). */
  public Rupiah jkmDeathTotal() {
    return jkmDeathLumpSum.plus(jkmPeriodicBenefit).plus(funeralCost);
  }
}
