package id.ngopeni.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Membership;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetRulesTest {

  private static BudgetPosition withRemaining(long remaining) {
    return new BudgetPosition(
        Year.of(2025),
        FundingSource.APBD,
        Rupiah.of(remaining),
        Rupiah.ZERO,
        Rupiah.ZERO,
        Rupiah.of(remaining),
        0);
  }

  @Test
  void exactlyEnoughIsEnough() {
    assertThatCode(() -> BudgetRules.checkCanCarry(withRemaining(100_800), Rupiah.of(100_800)))
        .doesNotThrowAnyException();
    assertThatCode(() -> BudgetRules.checkCanCarry(withRemaining(0), Rupiah.ZERO))
        .doesNotThrowAnyException();
  }

  @Test
  void oneRupiahShortIsRefused() {
    assertThatThrownBy(() -> BudgetRules.checkCanCarry(withRemaining(100_799), Rupiah.of(100_800)))
        .isInstanceOfSatisfying(
            Invalid.class,
            e -> {
              assertThat(e.code()).isEqualTo("budget_exceeded");
              assertThat(e.errors())
                  .extracting(FieldError::field, FieldError::code)
                  .containsExactly(tuple("fundingSource", "budget_exceeded"));
              assertThat(e.detail()).contains("Rp100.799").contains("Rp100.800");
            });
  }

  @Test
  void aNewMinimumEnrolmentInJulyNeedsJulyToDecember() {
    Membership newcomer = BudgetPositionsTest.member("2025-07-20", FundingSource.DBHCHT);
    Rupiah extra =
        BudgetPositions.committed(
            newcomer,
            Year.of(2025),
            BudgetPositionsTest.JULY,
            Map.of(),
            BudgetPositionsTest.DEFAULTS);
    assertThat(extra).isEqualTo(Rupiah.of(6 * 16_800));
    Budget budget = new Budget(Year.of(2025), FundingSource.DBHCHT, Rupiah.of(6 * 16_800 - 1));
    BudgetPosition p =
        BudgetPositions.of(
            budget,
            List.of(),
            Map.of(),
            YearMonth.of(2025, 7),
            BudgetPositionsTest.DEFAULTS,
            BudgetPositionsTest.POLICY);
    assertThatThrownBy(() -> BudgetRules.checkCanCarry(p, extra)).isInstanceOf(Invalid.class);
  }

  @Test
  void positionRefusesFiguresThatDoNotAddUp() {
    assertThatThrownBy(
            () ->
                new BudgetPosition(
                    Year.of(2025),
                    FundingSource.APBD,
                    Rupiah.of(10),
                    Rupiah.of(1),
                    Rupiah.of(1),
                    Rupiah.of(9),
                    0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
