package id.ngopeni.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.TestMemberships;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Violations;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Which budget an enrolment is weighed against, and what an allocation may be. */
class BudgetAllocationRulesTest {
  @Test
  void anAllocationMayBeZeroButNotNegative() {
    assertThat(BudgetRules.checkAllocation(0L, new Violations()).isEmpty()).isTrue();
    assertThat(BudgetRules.checkAllocation(null, new Violations()).isEmpty()).isTrue();
    assertThat(BudgetRules.checkAllocation(-1L, new Violations()).errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(org.assertj.core.api.Assertions.tuple("allocated", "negative"));
  }

  @Test
  void onlyTheCitysOwnSourcesNeedABudget() {
    assertThat(BudgetRules.needsBudget(FundingSource.APBD)).isTrue();
    assertThat(BudgetRules.needsBudget(FundingSource.DBHCHT)).isTrue();
    assertThat(BudgetRules.needsBudget(FundingSource.MANDIRI)).isFalse();
    assertThat(BudgetRules.needsBudget(FundingSource.BUMN)).isFalse();
  }

  @Test
  void theCarryingYearIsThisYearOrTheStartsYearIfLater() {
    YearMonth december = YearMonth.of(2025, 12);
    var now = TestMemberships.minimumPackage(LocalDate.of(2025, 12, 1), FundingSource.APBD);
    var nextYear = TestMemberships.minimumPackage(LocalDate.of(2026, 1, 1), FundingSource.APBD);
    var past = TestMemberships.minimumPackage(LocalDate.of(2024, 3, 1), FundingSource.APBD);
    assertThat(BudgetRules.carryingYear(now, december)).isEqualTo(Year.of(2025));
    assertThat(BudgetRules.carryingYear(nextYear, december)).isEqualTo(Year.of(2026));
    assertThat(BudgetRules.carryingYear(past, december)).isEqualTo(Year.of(2025));
  }
}
