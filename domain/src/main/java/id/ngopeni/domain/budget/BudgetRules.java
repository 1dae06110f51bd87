package id.ngopeni.domain.budget;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Membership;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import java.time.Year;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Whether a funding source's budget can take on more premiums. */
public final class BudgetRules {
  /**
   * Sources the city pays from a budget: enrolment on them needs a budget for the year. The
   * others (self-paid, employer, BUMN) are checked only if an admin recorded a budget for them.
   */
  public static final Set<FundingSource> BUDGETED =
      EnumSet.of(FundingSource.APBD, FundingSource.DBHCHT);

  private BudgetRules() {}

  /** Whether an enrolment on {@code source} is weighed against a budget when none is recorded. */
  public static boolean needsBudget(FundingSource source) {
    return BUDGETED.contains(source);
  }

  /** The year whose budget carries an enrolment: this year, or the start's year if later. */
  public static Year carryingYear(Membership enrolment, YearMonth currentMonth) {
    return Year.of(Math.max(currentMonth.getYear(), enrolment.startDate().getYear()));
  }

  /** An allocation may be zero but not negative ({@code allocated} / {@code negative}). */
  public static Violations checkAllocation(Long allocated, Violations violations) {
    if (allocated != null && allocated < 0) {
      violations.add("allocated", HttpError.NEGATIVE);
    }
    return violations;
  }

  /**
   * Refuses when {@code additionalPremiumToYearEnd} (see {@link BudgetPositions#committed})
   * exceeds what remains; exactly enough is enough. A city may not commit premiums its budget
   * (APBD or DBHCHT allocation) cannot pay: an unpaid invoice lapses the members after three
   * months.
   *
   * @throws Invalid {@code budget_exceeded} (HTTP 422), on the field {@code fundingSource}
   */
  public static void checkCanCarry(BudgetPosition position, Rupiah additionalPremiumToYearEnd) {
    if (additionalPremiumToYearEnd.isGreaterThan(position.remaining())) {
      String detail =
          "The "
              + position.fundingSource()
              + " budget for "
              + position.year()
              + " has "
              + position.remaining()
              + " left; this needs "
              + additionalPremiumToYearEnd
              + ".";
      throw new Invalid(
          MoneyError.BUDGET_EXCEEDED,
          detail,
          List.of(new FieldError("fundingSource", MoneyError.BUDGET_EXCEEDED, detail)));
    }
  }
}
