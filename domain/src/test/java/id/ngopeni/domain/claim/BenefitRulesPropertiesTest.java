package id.ngopeni.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class BenefitRulesPropertiesTest {
  static final LocalDate EPOCH = LocalDate.of(2015, 7, 1);

  @Provide
  Arbitrary<CoverageFacts> coverage() {
    Arbitrary<LocalDate> start = Arbitraries.integers().between(0, 4000).map(EPOCH::plusDays);
    Arbitrary<Long> income = Arbitraries.longs().between(1, 20_700_000);
    Arbitrary<Integer> paidAfterStart = Arbitraries.integers().between(-1, 2000);
    return Combinators.combine(start, income, paidAfterStart)
        .as((s, i, p) -> new CoverageFacts(
            s, null, Set.of(Program.JKK, Program.JKM), Rupiah.of(i), p < 0 ? null : s.plusDays(p)));
  }

  @Property
  void totalIsTheSumOfTheCashLines(
      @ForAll ClaimType type,
      @ForAll("coverage") CoverageFacts coverage,
      @ForAll @IntRange(min = -100, max = 3000) int daysAfterStart,
      @ForAll @LongRange(min = 1, max = 2_000_000_000L) long medical) {
    Entitlement e =
        BenefitRules.entitlement(
            type, coverage, coverage.membershipStart().plusDays(daysAfterStart), Rupiah.of(medical));

    Rupiah cash = e.lines().stream().filter(l -> !l.flagged()).map(EntitlementLine::amount).reduce(Rupiah.ZERO, Rupiah::plus);
    assertThat(e.total()).isEqualTo(cash);
    assertThat(e.lines()).filteredOn(EntitlementLine::flagged).allSatisfy(l -> assertThat(l.amount()).isEqualTo(Rupiah.ZERO));
  }

  @Property
  void jkmDeathIsEitherTheFuneralCostOrTheFullAmount(
      @ForAll("coverage") CoverageFacts coverage,
      @ForAll @IntRange(min = 0, max = 3000) int daysAfterStart) {
    LocalDate death = coverage.membershipStart().plusDays(daysAfterStart);
    Rupiah total = BenefitRules.entitlement(ClaimType.JKM_DEATH, coverage, death, null).total();

    boolean waiting = death.isBefore(coverage.membershipStart().plusMonths(3));
    // The schedule in force on the death: PP 44/2015 (Rp3 juta / Rp24 juta) before 2 December
    // 2019, PP 82/2019 (Rp10 juta / Rp42 juta) from then; a PP 44/2015 scholarship is cash.
    boolean pp82 = !death.isBefore(LocalDate.of(2019, 12, 2));
    long scholarship = !pp82 && coverage.contributionsPaidFor(5, death) ? 12_000_000 : 0;
    long expected = pp82 ? (waiting ? 10_000_000 : 42_000_000) : (waiting ? 3_000_000 : 24_000_000) + scholarship;
    assertThat(total).isEqualTo(Rupiah.of(expected));
  }

  @Property
  void jkkDeathNeverPaysLessThanTheJkmDeathBenefitPlusFuneralAndPeriodic(
      @ForAll("coverage") CoverageFacts coverage) {
    Entitlement e = BenefitRules.entitlement(ClaimType.JKK_DEATH, coverage, coverage.membershipStart(), null);

    BenefitSchedule s = BenefitSchedule.inForceOn(coverage.membershipStart());
    Rupiah scholarship = s.scholarshipPerSchoolYear() ? Rupiah.ZERO : s.scholarshipFlat();
    assertThat(e.total().compareTo(s.jkmDeathTotal())).isGreaterThanOrEqualTo(0);
    assertThat(e.total()).isEqualTo(coverage.declaredIncome().times(48).max(s.jkmDeathLumpSum())
        .plus(s.funeralCost()).plus(s.jkkPeriodicMonthly().times(24)).plus(scholarship));
  }
}
