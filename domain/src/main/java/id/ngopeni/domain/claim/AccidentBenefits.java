package id.ngopeni.domain.claim;

import static id.ngopeni.domain.claim.EntitlementLine.cash;
import static id.ngopeni.domain.claim.EntitlementLine.flag;

import id.ngopeni.domain.claim.AccidentFacts.Disability;
import id.ngopeni.domain.claim.AccidentFacts.Transport;
import id.ngopeni.domain.claim.AccidentFacts.TransportMode;
import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * JKK benefits of a work accident the worker survives (PP 44/2015 Pasal 25 and Lampiran III as
 * amended by PP 82/2019), under the schedule in force on the accident date. Cash goes to the
 * worker; medical and home care to the provider (or the worker, reimbursed).
 */
public final class AccidentBenefits {
  /** Total permanent disability: 70 % × 80 × income. */
  static final int TOTAL_DISABILITY_BP = 7_000;
  /** Disability benefits are multiples of 80 months of income. */
  static final int DISABILITY_MONTHS = 80;
  /** A part-month of STMB is paid per day at 1/30 of the monthly income (our reading). */
  static final int DAYS_PER_MONTH = 30;

  private AccidentBenefits() {}

  public static Entitlement entitlement(AccidentFacts facts) {
    return entitlement(facts, BenefitSchedule.inForceOn(facts.accidentDate()));
  }

  public static Entitlement entitlement(AccidentFacts facts, BenefitSchedule schedule) {
    List<EntitlementLine> lines = new ArrayList<>();
    if (facts.medicalCosts() != null) {
      lines.add(medicalCare(facts.medicalCosts(), facts.medicalPayee(), schedule));
    }
    lines.addAll(transport(facts.transport(), schedule));
    if (facts.homeCareCosts() != null) {
      lines.add(homeCare(facts.homeCareCosts(), schedule));
    }
    if (facts.unableToWorkFrom() != null) {
      lines.addAll(stmb(facts.declaredIncome(), facts.unableToWorkFrom(), facts.unableToWorkUntil(), schedule));
    }
    if (facts.totalPermanentDisability()) {
      lines.add(cash("JKK_TOTAL_DISABILITY", "Santunan cacat total tetap 70% × 80 × upah",
          "Total permanent disability 70 % × 80 × income",
          facts.declaredIncome().times(DISABILITY_MONTHS).percent(TOTAL_DISABILITY_BP),
          schedule.cite(Regulation.JKK_DISABILITY), Payee.WORKER));
      EntitlementLine periodic = BenefitRules.jkkPeriodic(schedule);
      lines.add(cash(periodic.code(), periodic.label(), periodic.labelEn(), periodic.amount(),
          periodic.regulation() + " (santunan berkala cacat total tetap)", Payee.WORKER));
      lines.add(BenefitRules.scholarship(schedule));
    } else if (!facts.disabilities().isEmpty()) {
      lines.add(partialDisability(facts.declaredIncome(), facts.disabilities(), schedule));
    }
    return Entitlement.of(lines);
  }

  /** Medical care as medically needed, without a cap. */
  static EntitlementLine medicalCare(Rupiah costs, Payee payee, BenefitSchedule schedule) {
    return cash("JKK_MEDICAL_COSTS", "Biaya perawatan dan pengobatan", "Medical care costs", costs,
        schedule.cite(Regulation.JKK), payee);
  }

  /** Per mode, each capped by the schedule (PP 82/2019: land Rp5 juta, sea Rp2 juta, air Rp10 juta). */
  static List<EntitlementLine> transport(List<Transport> legs, BenefitSchedule schedule) {
    Map<TransportMode, Rupiah> byMode = new EnumMap<>(TransportMode.class);
    legs.forEach(leg -> byMode.merge(leg.mode(), leg.cost(), Rupiah::plus));
    List<EntitlementLine> lines = new ArrayList<>();
    byMode.forEach((mode, cost) -> {
      Rupiah cap = switch (mode) {
        case LAND -> schedule.transportLand();
        case SEA -> schedule.transportSea();
        case AIR -> schedule.transportAir();
      };
      lines.add(cash("JKK_TRANSPORT_" + mode, "Biaya transportasi " + mode + " (paling banyak " + cap + ")",
          "Transport by " + mode.name().toLowerCase() + " (at most " + cap + ")", cost.min(cap),
          schedule.cite(Regulation.JKK_TRANSPORT), Payee.WORKER));
    });
    return lines;
  }

  /** Home care for at most one year, capped (PP 82/2019: Rp20 juta); PP 44/2015 had none. */
  static EntitlementLine homeCare(Rupiah costs, BenefitSchedule schedule) {
    if (schedule.homeCareCap().equals(Rupiah.ZERO)) {
      return flag("JKK_HOME_CARE", "Perawatan di rumah belum menjadi manfaat pada tanggal kecelakaan",
          "Home care was not a benefit on the accident date", schedule.cite(Regulation.JKK_HOME_CARE));
    }
    return cash("JKK_HOME_CARE", "Perawatan di rumah, 1 tahun (paling banyak " + schedule.homeCareCap() + ")",
        "Home care, one year (capped)", costs.min(schedule.homeCareCap()),
        schedule.cite(Regulation.JKK_HOME_CARE), Payee.PROVIDER);
  }

  /**
   * STMB: 100 % of declared income for the schedule's first months of incapacity (12 under PP
   * 82/2019, 6 under PP 44/2015), then 50 % until recovery. Whole months by calendar; the days
   * left over at 1/30 of the month each.
   */
  static List<EntitlementLine> stmb(Rupiah income, LocalDate from, LocalDate until, BenefitSchedule schedule) {
    LocalDate end = until.plusDays(1);
    LocalDate fullEnd = from.plusMonths(schedule.stmbFullMonths());
    LocalDate split = end.isBefore(fullEnd) ? end : fullEnd;
    List<EntitlementLine> lines = new ArrayList<>();
    lines.add(cash("JKK_STMB_FULL", "STMB 100% upah, " + schedule.stmbFullMonths() + " bulan pertama",
        "Temporary incapacity, 100 % of income for the first " + schedule.stmbFullMonths() + " months",
        forPeriod(income, from, split), schedule.cite(Regulation.JKK_STMB), Payee.WORKER));
    if (end.isAfter(fullEnd)) {
      lines.add(cash("JKK_STMB_HALF", "STMB 50% upah sampai sembuh", "Temporary incapacity, 50 % until recovery",
          forPeriod(income, fullEnd, end).percent(5_000), schedule.cite(Regulation.JKK_STMB), Payee.WORKER));
    }
    return lines;
  }

  /** Income for [from, end): whole months, then the remaining days at 1/30 each, half up. */
  static Rupiah forPeriod(Rupiah income, LocalDate from, LocalDate end) {
    long months = java.time.temporal.ChronoUnit.MONTHS.between(from, end);
    long days = java.time.temporal.ChronoUnit.DAYS.between(from.plusMonths(months), end);
    long dayPart = Math.floorDiv(Math.multiplyExact(income.amount(), days) * 2 + DAYS_PER_MONTH, 2L * DAYS_PER_MONTH);
    return income.times(months).plus(Rupiah.of(dayPart));
  }

  /**
   * Partial disability: each anatomical finding table % × 80 × income, each loss of function
   * function-lost % × table % × 80 × income. The percentages are added, and together never
   * exceed total permanent disability's 70 % (our reading: a partial disability is never worth
   * more than a total one).
   *
   * @throws IllegalArgumentException for a code not in {@link DisabilityTable}
   */
  static EntitlementLine partialDisability(Rupiah income, List<Disability> findings, BenefitSchedule schedule) {
    long basisPoints = 0;
    boolean allConfirmed = true;
    List<String> codes = new ArrayList<>();
    for (Disability finding : findings) {
      DisabilityTable.Row row = DisabilityTable.row(finding.tableCode())
          .orElseThrow(() -> new IllegalArgumentException("not in the disability table: " + finding.tableCode()));
      long bp = finding.functionLostPercent() == null
          ? row.basisPoints()
          : (long) row.basisPoints() * finding.functionLostPercent() / 100;
      basisPoints += bp;
      allConfirmed &= row.confirmed();
      codes.add(row.code() + (finding.functionLostPercent() == null ? "" : " fungsi " + finding.functionLostPercent() + "%"));
    }
    long capped = Math.min(basisPoints, TOTAL_DISABILITY_BP);
    return cash("JKK_PARTIAL_DISABILITY",
        "Santunan cacat sebagian " + capped / 100.0 + "% × 80 × upah (" + String.join(", ", codes) + ")",
        "Partial disability " + capped / 100.0 + " % × 80 × income",
        income.times(DISABILITY_MONTHS).percent(capped),
        schedule.cite(Regulation.JKK_DISABILITY) + (allConfirmed ? "" : " (persentase tabel belum dikonfirmasi)"),
        Payee.WORKER);
  }
}
