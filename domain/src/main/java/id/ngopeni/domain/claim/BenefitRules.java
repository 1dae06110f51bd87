package id.ngopeni.domain.claim;

import static id.ngopeni.domain.claim.EntitlementLine.cash;
import static id.ngopeni.domain.claim.EntitlementLine.flag;

import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.ClaimError;
import id.ngopeni.domain.problem.Invalid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a claim is worth, line by line. Pure: the same facts always give the same breakdown.
 * The amount is computed whether or not the claim is eligible; {@link EligibilityRules} says
 * whether it may be paid.
 */
public final class BenefitRules {
  private BenefitRules() {}

  /** Under today's schedule (PP 82/2019). */
  public static Entitlement entitlement(
      ClaimType type, CoverageFacts coverage, LocalDate incidentDate, Rupiah medicalCosts) {
    return entitlement(type, coverage, incidentDate, medicalCosts, BenefitSchedule.PP_82_2019);
  }

  /**
   * @param medicalCosts documented medical costs; required and positive for {@link
   *     ClaimType#JKK_MEDICAL}, ignored for death claims
   * @throws Invalid {@code medicalCosts} / {@code medical_costs_required} or {@code
   *     medical_costs_not_positive} for a JKK medical claim without costs
   */
  public static Entitlement entitlement(
      ClaimType type,
      CoverageFacts coverage,
      LocalDate incidentDate,
      Rupiah medicalCosts,
      BenefitSchedule schedule) {
    return switch (type) {
      case JKM_DEATH -> jkmDeath(coverage, incidentDate, schedule);
      case JKK_DEATH -> jkkDeath(coverage, schedule);
      case JKK_MEDICAL -> jkkMedical(medicalCosts);
    };
  }

  /**
   * The first day a BPU member's death pays the full JKM benefit. "Full amount only after 3
   * months of membership": a member who joined on 10 January has three whole months behind them
   * at the start of 10 April, so a death on 10 April pays in full and one on 9 April pays the
   * funeral cost only. Month ends clamp (30 November + 3 months = 28/29 February).
   */
  public static LocalDate jkmWaitingPeriodEnd(CoverageFacts coverage, BenefitSchedule schedule) {
    return coverage.membershipStart().plusMonths(schedule.jkmWaitingMonths());
  }

  private static Entitlement jkmDeath(
      CoverageFacts coverage, LocalDate incidentDate, BenefitSchedule schedule) {
    List<EntitlementLine> lines = new ArrayList<>();
    boolean waiting = incidentDate.isBefore(jkmWaitingPeriodEnd(coverage, schedule));
    if (!waiting) {
      lines.add(jkmLumpSum(schedule));
      lines.add(jkmPeriodic(schedule));
    }
    lines.add(funeral(schedule, Regulation.PP_82_2019_JKM));
    if (waiting) {
      lines.add(
          flag(
              "JKM_WAITING_PERIOD",
              "Masa tunggu 3 bulan belum lewat: hanya biaya pemakaman",
              "Within the 3-month waiting period: funeral cost only",
              Regulation.PP_82_2019_JKM_BPU_WAITING));
    }
    if (coverage.contributionsPaidFor(schedule.jkmScholarshipMinYears(), incidentDate)) {
      lines.add(scholarship());
    }
    return Entitlement.of(lines);
  }

  /**
   * "48 × upah, never less than the JKM amount": we read "the JKM amount" as the JKM santunan
   * kematian (the lump sum it stands in for), not the whole JKM package, because the JKK death
   * benefit adds its own funeral cost and santunan berkala on top, as JKM does. Only incomes
   * below Rp416.667 (under the accepted minimum of Rp1.000.000) ever reach this floor.
   */
  private static Entitlement jkkDeath(CoverageFacts coverage, BenefitSchedule schedule) {
    Rupiah byIncome = coverage.declaredIncome().times(schedule.jkkDeathIncomeMultiple());
    Rupiah lumpSum = byIncome.max(schedule.jkmDeathLumpSum());
    List<EntitlementLine> lines = new ArrayList<>();
    lines.add(
        cash(
            "JKK_DEATH_LUMP_SUM",
            "Santunan kematian " + schedule.jkkDeathIncomeMultiple()
                + " × upah (paling sedikit santunan kematian JKM " + schedule.jkmDeathLumpSum() + ")",
            "Death benefit " + schedule.jkkDeathIncomeMultiple()
                + " × income (at least the JKM death benefit)",
            lumpSum,
            Regulation.PP_82_2019_JKK));
    lines.add(funeral(schedule, Regulation.PP_82_2019_JKK));
    lines.add(
        cash(
            "JKK_PERIODIC_BENEFIT",
            "Santunan berkala " + schedule.jkkPeriodicMonths() + " × "
                + schedule.jkkPeriodicMonthly() + " (dibayar sekaligus)",
            "Periodic benefit " + schedule.jkkPeriodicMonths() + " months, paid at once",
            schedule.jkkPeriodicMonthly().times(schedule.jkkPeriodicMonths()),
            Regulation.PP_82_2019_JKK));
    // JKK pays the scholarship on death with no minimum contribution period.
    lines.add(scholarship());
    return Entitlement.of(lines);
  }

  private static Entitlement jkkMedical(Rupiah medicalCosts) {
    if (medicalCosts == null) {
      throw Invalid.of(
          "medicalCosts", ClaimError.MEDICAL_COSTS_REQUIRED);
    }
    if (medicalCosts.compareTo(Rupiah.ZERO) <= 0) {
      throw Invalid.of(
          "medicalCosts", ClaimError.MEDICAL_COSTS_NOT_POSITIVE);
    }
    // Medical care is paid as medically needed, without a cap.
    return Entitlement.of(
        List.of(
            cash(
                "JKK_MEDICAL_COSTS",
                "Biaya perawatan dan pengobatan",
                "Medical care costs",
                medicalCosts,
                Regulation.PP_82_2019_JKK)));
  }

  private static EntitlementLine jkmLumpSum(BenefitSchedule schedule) {
    return cash(
        "JKM_DEATH_LUMP_SUM",
        "Santunan kematian",
        "Death benefit",
        schedule.jkmDeathLumpSum(),
        Regulation.PP_82_2019_JKM);
  }

  private static EntitlementLine jkmPeriodic(BenefitSchedule schedule) {
    return cash(
        "JKM_PERIODIC_BENEFIT",
        "Santunan berkala (dibayar sekaligus)",
        "Periodic benefit, paid at once",
        schedule.jkmPeriodicBenefit(),
        Regulation.PP_82_2019_JKM);
  }

  private static EntitlementLine funeral(BenefitSchedule schedule, String regulation) {
    return cash("FUNERAL_COST", "Biaya pemakaman", "Funeral cost", schedule.funeralCost(), regulation);
  }

  private static EntitlementLine scholarship() {
    return flag(
        "SCHOLARSHIP",
        "Beasiswa pendidikan untuk paling banyak " + ScholarshipLevel.MAX_CHILDREN
            + " anak, dibayar per tahun ajaran (paling banyak " + ScholarshipLevel.maxPerClaim() + ")",
        "Education scholarship for at most " + ScholarshipLevel.MAX_CHILDREN
            + " children, paid per school year",
        Regulation.PP_82_2019_SCHOLARSHIP);
  }
}
