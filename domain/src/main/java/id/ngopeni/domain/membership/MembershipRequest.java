package id.ngopeni.domain.membership;

import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.util.Set;

/**
 * An enrolment as asked for, not yet checked: every field may be missing. {@link
 * MembershipPolicy#validate} says what is wrong with it.
 */
public record MembershipRequest(
    Set<Program> programs,
    Rupiah declaredIncome,
    FundingSource fundingSource,
    LocalDate startDate) {

  public MembershipRequest {
    programs = programs == null ? null : Set.copyOf(programs);
  }
}
