package id.ngopeni.domain.claim;

import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
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
 * @param contributionsPaidSince first day of the unbroken run of paid contributions up to the
 *     incident, or {@code null} if none were paid; the JKM scholarship needs three years of it
 */
public record CoverageFacts(
    LocalDate membershipStart,
    LocalDate membershipEnd,
    Set<Program> programs,
    Rupiah declaredIncome,
    LocalDate contributionsPaidSince) {

  public CoverageFacts {
    Objects.requireNonNull(membershipStart, "membershipStart");
    Objects.requireNonNull(declaredIncome, "declaredIncome");
    programs = Set.copyOf(programs);
    if (membershipEnd != null && membershipEnd.isBefore(membershipStart)) {
      throw new IllegalArgumentException("membership ends before it starts");
    }
  }

  /** Both ends inclusive: a membership ending on the 31st still covers an accident on the 31st. */
  public boolean isActiveOn(LocalDate day) {
    return !day.isBefore(membershipStart) && (membershipEnd == null || !day.isAfter(membershipEnd));
  }

  public boolean covers(Program program) {
    return programs.contains(program);
  }

  /** Whether contributions had been paid for at least {@code years} whole years on {@code day}. */
  public boolean contributionsPaidFor(int years, LocalDate day) {
    return contributionsPaidSince != null
        && !contributionsPaidSince.plusYears(years).isAfter(day);
  }
}
