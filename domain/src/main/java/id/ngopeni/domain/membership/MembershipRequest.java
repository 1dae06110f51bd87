package id.ngopeni.domain.membership;

import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.util.Set;

/**
 * An enrolment as asked for, not yet checked: every field may be missing (a missing sector is
 * {@link Sector#DEFAULT}). {@link
 * MembershipPolicy#validate} says what is wrong with it.
 */
public record MembershipRequest(
    Set<Program> programs,
    Rupiah declaredIncome,
    FundingSource fundingSource,
    LocalDate startDate,
    Sector sector) {

  public MembershipRequest {
    programs = programs == null ? null : Set.copyOf(programs);
  }

  /** A request that names no sector: the membership gets {@link Sector#DEFAULT}. */
  public MembershipRequest(
      Set<Program> programs, Rupiah declaredIncome, FundingSource fundingSource, LocalDate startDate) {
    this(programs, declaredIncome, fundingSource, startDate, null);
  }
}
