package id.ngopeni.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Membership;
import id.ngopeni.domain.membership.MembershipPolicy;
import id.ngopeni.domain.membership.TestMemberships;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.tariff.Tariff;
import id.ngopeni.domain.tariff.TariffBook;
import id.ngopeni.domain.tariff.TestTariffs;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetPositionsTest {
  static final TariffBook DEFAULTS = TariffBook.defaults();
  static final MembershipPolicy POLICY = MembershipPolicy.DEFAULT;
  static final YearMonth JULY = YearMonth.of(2025, 7);
  static final Budget DBHCHT_2025 =
      new Budget(Year.of(2025), FundingSource.DBHCHT, Rupiah.of(1_000_000));

  static Membership member(String start, FundingSource source) {
    return TestMemberships.minimumPackage(LocalDate.parse(start), source);
  }

  /** 16.800 a month: all year; until 15 August; from 10 September; and one paid by APBD. */
  static final List<Membership> MEMBERS =
      List.of(
          member("2025-01-01", FundingSource.DBHCHT),
          member("2025-01-01", FundingSource.DBHCHT).end(LocalDate.of(2025, 8, 15), "moved"),
          member("2025-09-10", FundingSource.DBHCHT),
          member("2025-01-01", FundingSource.APBD));

  static Map<YearMonth, Rupiah> invoicedThrough(YearMonth last) {
    Map<YearMonth, Rupiah> invoiced = new HashMap<>();
    invoiced.put(YearMonth.of(2024, 12), Rupiah.of(999_999)); // another year: ignored
    for (YearMonth m = YearMonth.of(2025, 1); !m.isAfter(last); m = m.plusMonths(1)) {
      invoiced.put(m, Rupiah.of(2 * 16_800));
    }
    return invoiced;
  }

  @Test
  void committedRunsFromTheCurrentMonthToDecember() {
    BudgetPosition p =
        BudgetPositions.of(
            DBHCHT_2025, MEMBERS, invoicedThrough(YearMonth.of(2025, 6)), JULY, DEFAULTS, POLICY);
    // Jul–Dec 6 months + Jul–Aug 2 months + Sep–Dec 4 months = 12 member-months.
    assertThat(p.committed()).isEqualTo(Rupiah.of(12 * 16_800));
    assertThat(p.invoiced()).isEqualTo(Rupiah.of(6 * 2 * 16_800));
    assertThat(p.remaining()).isEqualTo(Rupiah.of(1_000_000 - 403_200));
    // 596.800 ÷ (Aug–Dec: 5 × 16.800 = 84.000) = 7,1
    assertThat(p.workersAffordable()).isEqualTo(7);
    assertThat(p.year()).isEqualTo(Year.of(2025));
    assertThat(p.fundingSource()).isEqualTo(FundingSource.DBHCHT);
  }

  @Test
  void invoicingTheCurrentMonthMovesItFromCommittedToInvoiced() {
    BudgetPosition before =
        BudgetPositions.of(
            DBHCHT_2025, MEMBERS, invoicedThrough(YearMonth.of(2025, 6)), JULY, DEFAULTS, POLICY);
    BudgetPosition after =
        BudgetPositions.of(DBHCHT_2025, MEMBERS, invoicedThrough(JULY), JULY, DEFAULTS, POLICY);
    assertThat(after.committed()).isEqualTo(before.committed().minus(Rupiah.of(2 * 16_800)));
    assertThat(after.invoiced()).isEqualTo(before.invoiced().plus(Rupiah.of(2 * 16_800)));
    assertThat(after.remaining()).isEqualTo(before.remaining());
  }

  @Test
  void pastMonthsWithoutAnInvoiceAreNotCommitted() {
    BudgetPosition p = BudgetPositions.of(DBHCHT_2025, MEMBERS, Map.of(), JULY, DEFAULTS, POLICY);
    assertThat(p.committed()).isEqualTo(Rupiah.of(12 * 16_800));
    assertThat(p.invoiced()).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void aFutureYearCommitsAllTwelveMonthsAndAffordsFromJanuary() {
    Budget next = new Budget(Year.of(2026), FundingSource.DBHCHT, Rupiah.of(1_000_000));
    BudgetPosition p = BudgetPositions.of(next, MEMBERS, Map.of(), JULY, DEFAULTS, POLICY);
    // The first and third member run all 2026; the second ended in 2025.
    assertThat(p.committed()).isEqualTo(Rupiah.of(2 * 12 * 16_800));
    // 596.800 ÷ 201.600 = 2,96
    assertThat(p.workersAffordable()).isEqualTo(2);
  }

  @Test
  void aPastYearCommitsNothingAndAffordsNobody() {
    Budget last = new Budget(Year.of(2024), FundingSource.DBHCHT, Rupiah.of(1_000_000));
    BudgetPosition p =
        BudgetPositions.of(
            last,
            MEMBERS,
            Map.of(YearMonth.of(2024, 12), Rupiah.of(50_000)),
            JULY,
            DEFAULTS,
            POLICY);
    assertThat(p.committed()).isEqualTo(Rupiah.ZERO);
    assertThat(p.invoiced()).isEqualTo(Rupiah.of(50_000));
    assertThat(p.remaining()).isEqualTo(Rupiah.of(950_000));
    assertThat(p.workersAffordable()).isZero();
  }

  @Test
  void inDecemberNoMonthIsLeftToAffordMoreWorkers() {
    BudgetPosition p =
        BudgetPositions.of(
            DBHCHT_2025, List.of(), Map.of(), YearMonth.of(2025, 12), DEFAULTS, POLICY);
    assertThat(p.remaining()).isEqualTo(Rupiah.of(1_000_000));
    assertThat(p.workersAffordable()).isZero();
    // Why: a worker enrolled now is first billed in January, which next year's budget pays.
    BudgetPositions.Affordability why =
        BudgetPositions.affordability(DBHCHT_2025, YearMonth.of(2025, 12), Map.of(), DEFAULTS, POLICY);
    assertThat(why.months()).isEmpty();
    assertThat(why.perWorker()).isEqualTo(Rupiah.ZERO);
    assertThat(why.workers(p.remaining())).isZero();
  }

  @Test
  void theAffordableWorkersAreTheRemainderOverTheMinimumPremiumOfTheMonthsLeft() {
    // July: August to December, but November is invoiced already; 4 × 16.800 a worker.
    BudgetPositions.Affordability why =
        BudgetPositions.affordability(
            DBHCHT_2025, JULY, Map.of(YearMonth.of(2025, 11), Rupiah.of(1)), DEFAULTS, POLICY);
    assertThat(why.months())
        .containsExactly(
            YearMonth.of(2025, 8), YearMonth.of(2025, 9), YearMonth.of(2025, 10), YearMonth.of(2025, 12));
    assertThat(why.perWorker()).isEqualTo(Rupiah.of(4 * 16_800));
    assertThat(why.workers(Rupiah.of(4 * 16_800 * 3 - 1))).isEqualTo(2);
    assertThat(why.workers(Rupiah.of(-5))).isZero();
    BudgetPosition p =
        BudgetPositions.of(
            DBHCHT_2025, List.of(), Map.of(YearMonth.of(2025, 11), Rupiah.of(1)), JULY, DEFAULTS, POLICY);
    assertThat(p.workersAffordable()).isEqualTo(why.workers(p.remaining()));
  }

  @Test
  void overCommittedBudgetHasNegativeRemainderAndAffordsNobody() {
    Budget tiny = new Budget(Year.of(2025), FundingSource.DBHCHT, Rupiah.of(100_000));
    BudgetPosition p = BudgetPositions.of(tiny, MEMBERS, Map.of(), JULY, DEFAULTS, POLICY);
    assertThat(p.remaining()).isEqualTo(Rupiah.of(100_000 - 12 * 16_800));
    assertThat(p.workersAffordable()).isZero();
  }

  @Test
  void affordableWorkersAreFlooredAtTheExactBoundary() {
    // Aug–Dec for one minimum worker: 84.000.
    Budget exact = new Budget(Year.of(2025), FundingSource.APBD, Rupiah.of(3 * 84_000));
    assertThat(
            BudgetPositions.of(exact, List.of(), Map.of(), JULY, DEFAULTS, POLICY)
                .workersAffordable())
        .isEqualTo(3);
    Budget short1 = new Budget(Year.of(2025), FundingSource.APBD, Rupiah.of(3 * 84_000 - 1));
    assertThat(
            BudgetPositions.of(short1, List.of(), Map.of(), JULY, DEFAULTS, POLICY)
                .workersAffordable())
        .isEqualTo(2);
  }

  @Test
  void eachMonthIsCommittedAtTheTariffInForceThatMonth() {
    // JKM rises from Rp6.800 to Rp7.000 on 1 October 2025.
    TariffBook book = TestTariffs.jkmChangingOn(LocalDate.of(2025, 10, 1), 7_000);
    Membership allYear = member("2025-01-01", FundingSource.DBHCHT);
    assertThat(BudgetPositions.committed(allYear, Year.of(2025), JULY, Map.of(), book))
        .isEqualTo(Rupiah.of(3 * 16_800 + 3 * 17_000));
    // Affordable from August: 2 × 16.800 + 3 × 17.000 = 84.600 a worker.
    Budget budget = new Budget(Year.of(2025), FundingSource.DBHCHT, Rupiah.of(84_600 * 4));
    assertThat(
            BudgetPositions.of(budget, List.of(), Map.of(), JULY, book, POLICY).workersAffordable())
        .isEqualTo(4);
  }

  @Test
  void sourceSpecificDiscountLowersOnlyThatSourcesCommitment() {
    Tariff halfJkk =
        TestTariffs.jkk(
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), FundingSource.MANDIRI, 50, 5_000, 103_500);
    TariffBook book = DEFAULTS.with(halfJkk);
    Membership mandiri = member("2025-01-01", FundingSource.MANDIRI);
    Membership apbd = member("2025-01-01", FundingSource.APBD);
    assertThat(BudgetPositions.committed(mandiri, Year.of(2025), JULY, Map.of(), book))
        .isEqualTo(Rupiah.of(6 * 11_800));
    assertThat(BudgetPositions.committed(apbd, Year.of(2025), JULY, Map.of(), book))
        .isEqualTo(Rupiah.of(6 * 16_800));
  }

  @Test
  void leapFebruaryEndIsStillABilledMonth() {
    Membership endsLeapDay =
        member("2024-01-10", FundingSource.DBHCHT).end(LocalDate.of(2024, 2, 29), "x");
    assertThat(
            BudgetPositions.committed(
                endsLeapDay, Year.of(2024), YearMonth.of(2024, 1), Map.of(), DEFAULTS))
        .isEqualTo(Rupiah.of(2 * 16_800));
  }
}
