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
 * What a claim is worth, line by line, under the schedule in force on the incident date. Pure:
 * the same facts always give the same breakdown. The amount is computed whether or not the
 * claim is eligible; {@link EligibilityRules} says whether it may be paid. BPJS pays these
 * amounts itself; for the city they are the expected amount it checks BPJS's payment against.
 */
public final class BenefitRules {
  private BenefitRules() {}

  /** Under the schedule in force on {@code incidentDate} ({@link BenefitSchedule#inForceOn}). */
  public static Entitlement entitlement(
      ClaimType type, CoverageFacts coverage, LocalDate incidentDate, Rupiah medicalCosts) {
    return entitlement(type, coverage, incidentDate, medicalCosts, BenefitSchedule.inForceOn(incidentDate));
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
    return entitlement(type, coverage, incidentDate, medicalCosts, null, schedule);
  }

  /** Under the schedule in force on {@code incidentDate}, with an accident's consequences. */
  public static Entitlement entitlement(ClaimType type, CoverageFacts coverage, LocalDate incidentDate,
      Rupiah medicalCosts, AccidentDetails accident) {
    return entitlement(type, coverage, incidentDate, medicalCosts, accident, BenefitSchedule.inForceOn(incidentDate));
  }

  /**
   * @param accident the incapacity or disability facts of {@link ClaimType#JKK_INCAPACITY} and
   *     {@link ClaimType#JKK_DISABILITY} (checked by {@link AccidentDetails#check}); ignored
   *     for the other types. The declared income is the membership's.
   */
  public static Entitlement entitlement(ClaimType type, CoverageFacts coverage, LocalDate incidentDate,
      Rupiah medicalCosts, AccidentDetails accident, BenefitSchedule schedule) {
    return switch (type) {
      case JKM_DEATH -> jkmDeath(coverage, incidentDate, schedule);
      case JKK_DEATH -> jkkDeath(coverage, schedule);
      case JKK_MEDICAL -> jkkMedical(medicalCosts, schedule);
      case JKK_INCAPACITY, JKK_DISABILITY -> accident == null ? Entitlement.none()
          : AccidentBenefits.entitlement(accident.facts(coverage.declaredIncome(), incidentDate), schedule);
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

  /**
   * Whether a JKM death gives the scholarship: contributions counted for at least the
   * schedule's minimum (3 years under PP 82/2019, 5 under PP 44/2015), gaps not resetting it.
   */
  public static boolean jkmScholarshipDue(CoverageFacts coverage, LocalDate deathDate, BenefitSchedule schedule) {
    return coverage.contributionsPaidFor(schedule.jkmScholarshipMinYears(), deathDate);
  }

  private static Entitlement jkmDeath(
      CoverageFacts coverage, LocalDate incidentDate, BenefitSchedule schedule) {
    List<EntitlementLine> lines = new ArrayList<>();
    boolean waiting = incidentDate.isBefore(jkmWaitingPeriodEnd(coverage, schedule));
    if (!waiting) {
      lines.add(cash("JKM_DEATH_LUMP_SUM", "Santunan kematian", "Death benefit",
          schedule.jkmDeathLumpSum(), schedule.cite(Regulation.JKM)));
      lines.add(cash("JKM_PERIODIC_BENEFIT", "Santunan berkala (dibayar sekaligus)", "Periodic benefit, paid at once",
          schedule.jkmPeriodicBenefit(), schedule.cite(Regulation.JKM)));
    }
    lines.add(funeral(schedule, schedule.cite(Regulation.JKM)));
    if (waiting) {
      lines.add(
          flag(
              "JKM_WAITING_PERIOD",
              "Masa tunggu 3 bulan belum lewat: hanya biaya pemakaman",
              "Within the 3-month waiting period: funeral cost only",
              schedule.cite(Regulation.JKM_BPU_WAITING)));
    }
    if (jkmScholarshipDue(coverage, incidentDate, schedule)) {
      lines.add(scholarship(schedule));
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
            schedule.cite(Regulation.JKK)));
    lines.add(funeral(schedule, schedule.cite(Regulation.JKK)));
    lines.add(jkkPeriodic(schedule));
    // JKK pays the scholarship on death with no minimum contribution period.
    lines.add(scholarship(schedule));
    return Entitlement.of(lines);
  }

  /** JKK santunan berkala, paid at once (on death and on total permanent disability). */
  static EntitlementLine jkkPeriodic(BenefitSchedule schedule) {
    return cash(
        "JKK_PERIODIC_BENEFIT",
        "Santunan berkala " + schedule.jkkPeriodicMonths() + " × "
            + schedule.jkkPeriodicMonthly() + " (dibayar sekaligus)",
        "Periodic benefit " + schedule.jkkPeriodicMonths() + " months, paid at once",
        schedule.jkkPeriodicMonthly().times(schedule.jkkPeriodicMonths()),
        schedule.cite(Regulation.JKK));
  }

  /**
   * Documented medical costs of a work accident, reimbursed to the worker who paid them: medical
   * care is paid as medically needed, without a cap (transport and home care have caps, see
   * {@link AccidentBenefits}).
   */
  private static Entitlement jkkMedical(Rupiah medicalCosts, BenefitSchedule schedule) {
    if (medicalCosts == null) {
      throw Invalid.of(
          "medicalCosts", ClaimError.MEDICAL_COSTS_REQUIRED);
    }
    if (medicalCosts.compareTo(Rupiah.ZERO) <= 0) {
      throw Invalid.of(
          "medicalCosts", ClaimError.MEDICAL_COSTS_NOT_POSITIVE);
    }
    return Entitlement.of(List.of(AccidentBenefits.medicalCare(medicalCosts, Payee.WORKER, schedule)));
  }

  private static EntitlementLine funeral(BenefitSchedule schedule, String regulation) {
    return cash("FUNERAL_COST", "Biaya pemakaman", "Funeral cost", schedule.funeralCost(), regulation);
  }

  /**
   * PP 82/2019: a flagged line (paid per child per school year, see {@link ScholarshipPlan});
   * PP 44/2015: one cash amount paid with the claim.
   */
  static EntitlementLine scholarship(BenefitSchedule schedule) {
    if (!schedule.scholarshipPerSchoolYear()) {
      return cash("SCHOLARSHIP", "Beasiswa pendidikan anak (sekaligus)", "Education scholarship, paid at once",
          schedule.scholarshipFlat(), schedule.cite(Regulation.SCHOLARSHIP));
    }
    return flag(
        "SCHOLARSHIP",
        "Beasiswa pendidikan untuk paling banyak " + ScholarshipLevel.MAX_CHILDREN
            + " anak, dibayar per tahun ajaran (paling banyak " + ScholarshipLevel.maxPerClaim() + ")",
        "Education scholarship for at most " + ScholarshipLevel.MAX_CHILDREN
            + " children, paid per school year",
        schedule.cite(Regulation.SCHOLARSHIP));
  }
}
