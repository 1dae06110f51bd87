package id.ngopeni.domain.claim;

import id.ngopeni.domain.Components;
import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The amounts and periods the benefit rules use, as one version of the regulation with the
 * day it came into force. The benefit of an incident is the one in force on the incident date
 * ({@link #inForceOn}), never today's. Unconfirmed facts (the BPU waiting period, the JKM claim
 * deadline) are configuration here, not constants in the rules.
 *
 * @param effectiveFrom first incident date this version applies to
 * @param regulation the regulation that sets these amounts, cited on every line
 * @param jkmDeathLumpSum JKM santunan kematian
 * @param jkmPeriodicBenefit JKM santunan berkala, paid at once
 * @param funeralCost biaya pemakaman (JKM and JKK)
 * @param jkmWaitingMonths BPU waiting period: before it ends, JKM pays the funeral cost only
 * @param jkmScholarshipMinYears years of contributions counted before JKM pays a scholarship
 * @param jkkDeathIncomeMultiple JKK death lump sum in months of declared income
 * @param jkkPeriodicMonths JKK santunan berkala: number of monthly instalments, paid at once
 * @param jkkPeriodicMonthly JKK santunan berkala: amount per instalment
 * @param claimDeadlineYears years after the incident after which the right to claim lapses
 * @param scholarshipFlat a one-off scholarship paid with the claim (PP 44/2015), or {@code
 *     null} when the scholarship is paid per child per school year ({@link ScholarshipLevel})
 * @param stmbFullMonths STMB: months paid at 100 % of declared income, then 50 % until recovery
 * @param transportLand JKK transport cap by land
 * @param transportSea JKK transport cap by sea
 * @param transportAir JKK transport cap by air
 * @param homeCareCap JKK home care cap for one year, {@link Rupiah#ZERO} if the version has none
 */
public record BenefitSchedule(
    LocalDate effectiveFrom,
    String regulation,
    Rupiah jkmDeathLumpSum,
    Rupiah jkmPeriodicBenefit,
    Rupiah funeralCost,
    int jkmWaitingMonths,
    int jkmScholarshipMinYears,
    int jkkDeathIncomeMultiple,
    int jkkPeriodicMonths,
    Rupiah jkkPeriodicMonthly,
    int claimDeadlineYears,
    Rupiah scholarshipFlat,
    int stmbFullMonths,
    Rupiah transportLand,
    Rupiah transportSea,
    Rupiah transportAir,
    Rupiah homeCareCap) {

  /**
   * PP 44/2015 Lampiran III (in force 1 July 2015): JKM Rp16.200.000 + 24 × Rp200.000
   * + Rp3.000.000 = Rp24.000.000; scholarship Rp12.000.000 once, JKM after 5 years of
   * contributions; STMB 100 % for 6 months; transport Rp1.000.000 land, Rp1.500.000 sea,
   * Rp2.500.000 air; no home care. Waiting period and claim deadline as in {@link #PP_82_2019}.
   */
  public static final BenefitSchedule PP_44_2015 =
      new BenefitSchedule(
          LocalDate.of(2015, 7, 1),
          "PP 44/2015",
          Rupiah.of(16_200_000),
          Rupiah.of(4_800_000),
          Rupiah.of(3_000_000),
          3,
          5,
          48,
          24,
          Rupiah.of(200_000),
          5,
          Rupiah.of(12_000_000),
          6,
          Rupiah.of(1_000_000),
          Rupiah.of(1_500_000),
          Rupiah.of(2_500_000),
          Rupiah.ZERO);

  /**
   * PP 82/2019 (in force on promulgation, 2 December 2019): JKM Rp20.000.000 + Rp12.000.000 +
   * Rp10.000.000 = Rp42.000.000; scholarship per school year after 3 years; STMB 100 % for 12
   * months; transport Rp5.000.000 land, Rp2.000.000 sea, Rp10.000.000 air; home care
   * Rp20.000.000 for one year. BPU waiting period from news reports (unconfirmed).
   */
  public static final BenefitSchedule PP_82_2019 =
      new BenefitSchedule(
          LocalDate.of(2019, 12, 2),
          "PP 82/2019",
          Rupiah.of(20_000_000),
          Rupiah.of(12_000_000),
          Rupiah.of(10_000_000),
          3,
          3,
          48,
          24,
          Rupiah.of(500_000),
          5,
          null,
          12,
          Rupiah.of(5_000_000),
          Rupiah.of(2_000_000),
          Rupiah.of(10_000_000),
          Rupiah.of(20_000_000));

  /** Every version, oldest first. */
  public static final List<BenefitSchedule> VERSIONS = List.of(PP_44_2015, PP_82_2019);

  public BenefitSchedule {
    Components.requireNonNull("effectiveFrom regulation jkmDeathLumpSum jkmPeriodicBenefit funeralCost"
            + " jkkPeriodicMonthly transportLand transportSea transportAir homeCareCap",
        effectiveFrom, regulation, jkmDeathLumpSum, jkmPeriodicBenefit, funeralCost, jkkPeriodicMonthly,
        transportLand, transportSea, transportAir, homeCareCap);
  }

  /**
   * The version in force on {@code incidentDate}: the latest whose {@code effectiveFrom} is not
   * after it. An incident before PP 44/2015 (the Jamsostek era, long past the claim deadline)
   * gets the oldest version we hold.
   */
  public static BenefitSchedule inForceOn(LocalDate incidentDate) {
    return VERSIONS.stream()
        .filter(v -> !v.effectiveFrom().isAfter(incidentDate))
        .max(Comparator.comparing(BenefitSchedule::effectiveFrom))
        .orElse(VERSIONS.get(0));
  }

  /** Santunan kematian + santunan berkala + biaya pemakaman (Rp42.000.000 under PP 82/2019). */
  public Rupiah jkmDeathTotal() {
    return jkmDeathLumpSum.plus(jkmPeriodicBenefit).plus(funeralCost);
  }

  /** Whether the scholarship is paid per child per school year rather than once. */
  public boolean scholarshipPerSchoolYear() {
    return scholarshipFlat == null;
  }

  /** "PP 82/2019, " + what: the citation for one line under this version. */
  String cite(String what) {
    return regulation + ", " + what;
  }
}
