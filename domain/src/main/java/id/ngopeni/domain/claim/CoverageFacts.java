package id.ngopeni.domain.claim;

import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the claim rules need to know about the worker's membership, independent of how the
 * membership module stores it.
 *
 * @param membershipStart first covered day
 * @param membershipEnd last covered day (inclusive), or {@code null} while the membership runs
 * @param programs programmes the membership includes
 * @param declaredIncome declared monthly income (the "upah" JKK benefits are multiples of)
 * @param contributionsPaidSince first day contributions count from, or {@code null} if none
 *     were paid; with {@code unpaidMonths} it gives the months counted towards the JKM
 *     scholarship
 * @param unpaidMonths months of the membership known not to be paid (yet), with the amount
 *     owed for each; every other month from {@code contributionsPaidSince} counts as paid
 */
public record CoverageFacts(
    LocalDate membershipStart,
    LocalDate membershipEnd,
    Set<Program> programs,
    Rupiah declaredIncome,
    LocalDate contributionsPaidSince,
    Map<YearMonth, Rupiah> unpaidMonths) {

  public CoverageFacts {
    Objects.requireNonNull(membershipStart, "membershipStart");
    Objects.requireNonNull(declaredIncome, "declaredIncome");
    programs = Set.copyOf(programs);
    unpaidMonths = Map.copyOf(unpaidMonths);
    if (membershipEnd != null && membershipEnd.isBefore(membershipStart)) {
      throw new IllegalArgumentException("membership ends before it starts");
    }
  }

  /** Every month paid (no arrears known). */
  public CoverageFacts(
      LocalDate membershipStart,
      LocalDate membershipEnd,
      Set<Program> programs,
      Rupiah declaredIncome,
      LocalDate contributionsPaidSince) {
    this(membershipStart, membershipEnd, programs, declaredIncome, contributionsPaidSince, Map.of());
  }

  /** Both ends inclusive: a membership ending on the 31st still covers an accident on the 31st. */
  public boolean isActiveOn(LocalDate day) {
    return !day.isBefore(membershipStart) && (membershipEnd == null || !day.isAfter(membershipEnd));
  }

  public boolean covers(Program program) {
    return programs.contains(program);
  }

  public boolean isPaid(YearMonth month) {
    return !unpaidMonths.containsKey(month);
  }

  /**
   * Months of contributions counted up to {@code day}: the whole months since {@code
   * contributionsPaidSince}, less the months not paid. Gaps do not reset the count (the JKM
   * scholarship needs "masa iur paling singkat 3 tahun", a sum, not an unbroken run).
   */
  public long contributionMonthsCounted(LocalDate day) {
    if (contributionsPaidSince == null || day.isBefore(contributionsPaidSince)) {
      return 0;
    }
    long elapsed = ChronoUnit.MONTHS.between(contributionsPaidSince, day);
    YearMonth first = YearMonth.from(contributionsPaidSince);
    YearMonth last = first.plusMonths(elapsed - 1);
    long unpaid = unpaidMonths.keySet().stream()
        .filter(m -> !m.isBefore(first) && !m.isAfter(last))
        .count();
    return Math.max(0, elapsed - unpaid);
  }

  /** Whether contributions had been counted for at least {@code years} whole years on {@code day}. */
  public boolean contributionsPaidFor(int years, LocalDate day) {
    return contributionMonthsCounted(day) >= 12L * years;
  }
}
