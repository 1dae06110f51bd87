package id.ngopeni.domain.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class PremiumPropertiesTest {
  private static final TariffBook DEFAULTS = TariffBook.defaults();
  private static final Set<Program> JKK_JKM = EnumSet.of(Program.JKK, Program.JKM);

  private static Rupiah premium(Set<Program> programs, long income, FundingSource source) {
    return Premiums.monthly(programs, Rupiah.of(income), source, YearMonth.of(2025, 7), DEFAULTS)
        .total();
  }

  @Property
  void minimumPackageIsMonotoneInIncomeAndNeverBelowRp16800(
      @ForAll @LongRange(min = 1_000_000, max = 20_700_000) long income,
      @ForAll @LongRange(min = 0, max = 5_000_000) long raise,
      @ForAll FundingSource source) {
    Rupiah lower = premium(JKK_JKM, income, source);
    Rupiah higher = premium(JKK_JKM, income + raise, source);
    assertThat(lower).isGreaterThanOrEqualTo(Rupiah.of(16_800));
    assertThat(higher).isGreaterThanOrEqualTo(lower);
    assertThat(higher).isLessThanOrEqualTo(Rupiah.of(207_000 + 6_800));
  }

  @Property
  void addingJhtAddsExactlyTwoPercent(
      @ForAll @LongRange(min = 1_000_000, max = 20_700_000) long income) {
    assertThat(premium(EnumSet.allOf(Program.class), income, FundingSource.APBD))
        .isEqualTo(
            premium(JKK_JKM, income, FundingSource.APBD).plus(Rupiah.of(income).percent(200)));
  }

  @Property
  void rangeIsTheSumOfItsMonths(
      @ForAll @LongRange(min = 1_000_000, max = 20_700_000) long income,
      @ForAll @IntRange(min = 0, max = 30) int months) {
    YearMonth first = YearMonth.of(2024, 11);
    Rupiah sum = Rupiah.ZERO;
    for (int i = 0; i < months; i++) {
      sum =
          sum.plus(
              Premiums.monthly(
                      JKK_JKM, Rupiah.of(income), FundingSource.BUMN, first.plusMonths(i), DEFAULTS)
                  .total());
    }
    assertThat(
            Premiums.overMonths(
                    JKK_JKM,
                    Rupiah.of(income),
                    FundingSource.BUMN,
                    first,
                    first.plusMonths(months - 1L),
                    DEFAULTS)
                .total())
        .isEqualTo(sum);
  }
}
