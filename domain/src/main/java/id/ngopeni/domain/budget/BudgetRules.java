package id.ngopeni.domain.budget;

import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import java.util.List;

/** Whether a funding source's budget can take on more premiums. */
public final class BudgetRules {
  private BudgetRules() {}

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
          "budget_exceeded",
          detail,
          List.of(new FieldError("fundingSource", "budget_exceeded", detail)));
    }
  }
}
