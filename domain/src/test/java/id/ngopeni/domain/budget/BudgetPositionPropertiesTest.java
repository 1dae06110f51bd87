package id.ngopeni.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Membership;
import id.ngopeni.domain.membership.MembershipRequest;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.tariff.Premiums;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class BudgetPositionPropertiesTest {

  @Provide
  Arbitrary<Membership> memberships() {
    Arbitrary<FundingSource> source = Arbitraries.of(FundingSource.class);
    Arbitrary<Long> income = Arbitraries.longs().between(1_000_000, 20_700_000);
    Arbitrary<Integer> startDay = Arbitraries.integers().between(0, 3 * 366);
    Arbitrary<Integer> daysCovered = Arbitraries.integers().between(-1, 3 * 366);
    Arbitrary<Boolean> jht = Arbitraries.of(true, false);
    return Combinators.combine(source, income, startDay, daysCovered, jht)
        .as(
            (s, i, start, covered, withJht) -> {
              Set<Program> programs = EnumSet.of(Program.JKK, Program.JKM);
              if (withJht) {
                programs.add(Program.JHT);
              }
              LocalDate startDate = LocalDate.of(2024, 1, 1).plusDays(start);
              Membership m =
                  Membership.enrol(
                      UUID.randomUUID(),
                      UUID.randomUUID(),
                      new MembershipRequest(programs, Rupiah.of(i), s, startDate));
              return covered < 0 ? m : m.end(startDate.plusDays(covered), "ended");
            });
  }

  @Provide
  Arbitrary<Map<YearMonth, Rupiah>> invoices() {
    return Arbitraries.maps(
            Arbitraries.integers().between(0, 35).map(i -> YearMonth.of(2024, 1).plusMonths(i)),
            Arbitraries.longs().between(0, 10_000_000).map(Rupiah::of))
        .ofMaxSize(36);
  }

  @Property
  void remainingPlusCommittedPlusInvoicedIsAllocated(
      @ForAll @Size(max = 8) List<@From("memberships") Membership> members,
      @ForAll("invoices") Map<YearMonth, Rupiah> invoiced,
      @ForAll @IntRange(min = 2024, max = 2026) int year,
      @ForAll @IntRange(min = 0, max = 35) int current,
      @ForAll FundingSource source,
      @ForAll @LongRange(min = 0, max = 5_000_000_000L) long allocated) {
    Budget budget = new Budget(Year.of(year), source, Rupiah.of(allocated));
    YearMonth currentMonth = YearMonth.of(2024, 1).plusMonths(current);
    BudgetPosition p =
        BudgetPositions.of(
            budget,
            members,
            invoiced,
            currentMonth,
            BudgetPositionsTest.DEFAULTS,
            BudgetPositionsTest.POLICY);

    assertThat(p.remaining().plus(p.committed()).plus(p.invoiced()))
        .isEqualTo(Rupiah.of(allocated));
    Rupiah perMember =
        members.stream()
            .filter(m -> m.fundingSource() == source)
            .map(
                m ->
                    BudgetPositions.committed(
                        m, Year.of(year), currentMonth, invoiced, BudgetPositionsTest.DEFAULTS))
            .reduce(Rupiah.ZERO, Rupiah::plus);
    assertThat(p.committed()).isEqualTo(perMember);
    assertThat(p.workersAffordable()).isNotNegative();
  }

  @Property
  void affordableWorkersFitAndOneMoreWouldNot(
      @ForAll @LongRange(min = 0, max = 5_000_000_000L) long allocated,
      @ForAll @IntRange(min = 1, max = 11) int month) {
    YearMonth current = YearMonth.of(2025, month);
    Budget budget = new Budget(Year.of(2025), FundingSource.APBD, Rupiah.of(allocated));
    BudgetPosition p =
        BudgetPositions.of(
            budget,
            List.of(),
            Map.of(),
            current,
            BudgetPositionsTest.DEFAULTS,
            BudgetPositionsTest.POLICY);
    Rupiah perWorker =
        Premiums.overMonths(
                Premiums.MINIMUM_PACKAGE,
                Rupiah.of(1_000_000),
                FundingSource.APBD,
                current.plusMonths(1),
                YearMonth.of(2025, 12),
                BudgetPositionsTest.DEFAULTS)
            .total();
    assertThat(perWorker.times(p.workersAffordable())).isLessThanOrEqualTo(p.remaining());
    assertThat(perWorker.times(p.workersAffordable() + 1)).isGreaterThan(p.remaining());
  }
}
