package id.ngopeni.domain.budget;

import static id.ngopeni.domain.budget.BudgetPositionsTest.DBHCHT_2025;
import static id.ngopeni.domain.budget.BudgetPositionsTest.DEFAULTS;
import static id.ngopeni.domain.budget.BudgetPositionsTest.JULY;
import static id.ngopeni.domain.budget.BudgetPositionsTest.MEMBERS;
import static id.ngopeni.domain.budget.BudgetPositionsTest.POLICY;
import static id.ngopeni.domain.budget.BudgetPositionsTest.invoicedThrough;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Sector;
import id.ngopeni.domain.membership.Membership;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Positions reckoned from counted groups agree with positions reckoned from the memberships. */
class BilledPositionsTest {
  private record Key(FundingSource source, Sector sector, String programs, long income) {}

  /** What the billed-groups SQL counts: per month from {@code first} to December, per pricing group. */
  static List<BilledGroup> groups(Collection<Membership> members, Year year, YearMonth first) {
    List<BilledGroup> out = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(year.atMonth(Month.DECEMBER)); m = m.plusMonths(1)) {
      Map<Key, Long> counts = new LinkedHashMap<>();
      for (Membership ms : members) {
        if (ms.isBilledFor(m)) {
          counts.merge(new Key(ms.fundingSource(), ms.sector(), GroupPrices.key(ms.programs()),
              ms.declaredIncome().amount()), 1L, Long::sum);
        }
      }
      YearMonth month = m;
      counts.forEach((k, n) -> out.add(new BilledGroup(month, k.source(), k.sector(), k.programs(), k.income(), n)));
    }
    return out;
  }

  @Test
  void groupsGiveTheSamePositionAsTheMemberships() {
    Map<YearMonth, Rupiah> invoiced = invoicedThrough(YearMonth.of(2025, 6));
    YearMonth first = BudgetPositions.firstCommittedMonth(Year.of(2025), JULY);
    BudgetPosition fromGroups = BudgetPositions.ofBilled(DBHCHT_2025, groups(MEMBERS, Year.of(2025), first), invoiced,
        JULY, new GroupPrices(DEFAULTS), POLICY);
    assertThat(fromGroups).isEqualTo(BudgetPositions.of(DBHCHT_2025, MEMBERS, invoiced, JULY, DEFAULTS, POLICY));
  }

  @Test
  void anInvoicedMonthIsNotCommittedAgain() {
    Map<YearMonth, Rupiah> invoiced = invoicedThrough(YearMonth.of(2025, 7));
    BudgetPosition p = BudgetPositions.ofBilled(DBHCHT_2025, groups(MEMBERS, Year.of(2025), JULY), invoiced, JULY,
        new GroupPrices(DEFAULTS), POLICY);
    // Aug–Dec 5 months + Aug 1 month + Sep–Dec 4 months = 10 member-months.
    assertThat(p.committed()).isEqualTo(Rupiah.of(10 * 16_800));
    assertThat(p.invoiced()).isEqualTo(Rupiah.of(7 * 2 * 16_800));
  }

  @Test
  void overCommittedLeavesANegativeRemainderAndNoWorkerAffordable() {
    Budget small = new Budget(Year.of(2025), FundingSource.DBHCHT, Rupiah.of(100_000));
    BudgetPosition p = BudgetPositions.ofBilled(small, groups(MEMBERS, Year.of(2025), JULY), Map.of(), JULY,
        new GroupPrices(DEFAULTS), POLICY);
    assertThat(p.committed()).isEqualTo(Rupiah.of(12 * 16_800));
    assertThat(p.remaining()).isEqualTo(Rupiah.of(100_000 - 12 * 16_800));
    assertThat(p.workersAffordable()).isZero();
  }

  @Test
  void theFirstCommittedMonthIsJanuaryOfAYearNotBegun() {
    assertThat(BudgetPositions.firstCommittedMonth(Year.of(2026), JULY)).isEqualTo(YearMonth.of(2026, 1));
    assertThat(BudgetPositions.firstCommittedMonth(Year.of(2025), JULY)).isEqualTo(JULY);
  }

  @Test
  void groupPricesKeyProgrammesInOneOrder() {
    assertThat(GroupPrices.key(EnumSet.of(Program.JHT, Program.JKK, Program.JKM))).isEqualTo("JKK,JKM,JHT");
    assertThat(GroupPrices.parseKey("JKM,JKK")).containsExactlyInAnyOrder(Program.JKK, Program.JKM);
    GroupPrices prices = new GroupPrices(DEFAULTS);
    assertThat(prices.total(new BilledGroup(JULY, FundingSource.APBD, "JKK,JKM", 1_000_000, 3)))
        .isEqualTo(Rupiah.of(3 * 16_800));
  }
}
