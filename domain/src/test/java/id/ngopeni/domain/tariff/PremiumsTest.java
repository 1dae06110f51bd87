package id.ngopeni.domain.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.Conflict;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PremiumsTest {
  private static final Set<Program> JKK_JKM = EnumSet.of(Program.JKK, Program.JKM);
  private static final Set<Program> ALL = EnumSet.allOf(Program.class);
  private static final YearMonth JULY_2025 = YearMonth.of(2025, 7);
  private static final TariffBook DEFAULTS = TariffBook.defaults();

  private static Premium monthly(Set<Program> programs, long income, FundingSource source) {
    return Premiums.monthly(programs, Rupiah.of(income), source, JULY_2025, DEFAULTS);
  }

  /** JKK + JKM at Rp1.000.000 over a range of months. */
  private static Premium minimumPackage(YearMonth first, YearMonth last, TariffBook book) {
    return Premiums.overMonths(
        JKK_JKM, Rupiah.of(1_000_000), FundingSource.APBD, first, last, book);
  }

  @Test
  void minimumPackageAtOneMillionIsRp16800() {
    Premium p = monthly(JKK_JKM, 1_000_000, FundingSource.DBHCHT);
    assertThat(p.total()).isEqualTo(Rupiah.of(16_800));
    assertThat(p.total().toString()).isEqualTo("Rp16.800");
    assertThat(p.lines())
        .containsExactly(
            new PremiumLine(Program.JKK, Rupiah.of(10_000)),
            new PremiumLine(Program.JKM, Rupiah.of(6_800)));
  }

  @ParameterizedTest
  @CsvSource({
    "1000000, 10000, 6800, 20000, 36800",
    "5000000, 50000, 6800, 100000, 156800",
    "20700000, 207000, 6800, 414000, 627800"
  })
  void linesAreOrderedJkkJkmJhtAndSumToTotal(
      long income, long jkk, long jkm, long jht, long total) {
    // Set.of has no fixed order: the breakdown must not depend on it.
    Premium p = monthly(Set.of(Program.JHT, Program.JKM, Program.JKK), income, FundingSource.APBD);
    assertThat(p.lines())
        .containsExactly(
            new PremiumLine(Program.JKK, Rupiah.of(jkk)),
            new PremiumLine(Program.JKM, Rupiah.of(jkm)),
            new PremiumLine(Program.JHT, Rupiah.of(jht)));
    assertThat(p.total()).isEqualTo(Rupiah.of(total));
  }

  @Test
  void noProgrammeCostsNothing() {
    assertThat(monthly(Set.of(), 1_000_000, FundingSource.APBD)).isEqualTo(Premium.NONE);
  }

  @Test
  void premiumRefusesATotalThatIsNotTheSumOfItsLines() {
    assertThatThrownBy(
            () -> new Premium(Rupiah.of(1), List.of(new PremiumLine(Program.JKM, Rupiah.of(2)))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void minimumMonthlyIsTheMinimumPackage() {
    assertThat(
            Premiums.minimumMonthly(Rupiah.of(1_000_000), FundingSource.APBD, JULY_2025, DEFAULTS))
        .isEqualTo(Rupiah.of(16_800));
  }

  @Test
  void sourceSpecificDiscountChangesOnlyThatSource() {
    TariffBook book = DEFAULTS.with(TestTariffs.MANDIRI_JKM_DISCOUNT_2026);
    YearMonth jan2026 = YearMonth.of(2026, 1);
    assertThat(
            Premiums.monthly(JKK_JKM, Rupiah.of(1_000_000), FundingSource.MANDIRI, jan2026, book)
                .total())
        .isEqualTo(Rupiah.of(13_400));
    assertThat(
            Premiums.monthly(JKK_JKM, Rupiah.of(1_000_000), FundingSource.APBD, jan2026, book)
                .total())
        .isEqualTo(Rupiah.of(16_800));
  }

  @Test
  void missingTariffForAnyProgramRefusesTheWholePremium() {
    TariffBook noJht = new TariffBook(List.of(DefaultTariffs.JKK, DefaultTariffs.JKM));
    assertThatThrownBy(
            () -> Premiums.monthly(ALL, Rupiah.of(1_000_000), FundingSource.APBD, JULY_2025, noJht))
        .isInstanceOfSatisfying(
            Conflict.class, c -> assertThat(c.code()).isEqualTo("tariff_missing"));
  }

  @Test
  void yearAtDefaultTariffsIsTwelveMonths() {
    Premium year = minimumPackage(YearMonth.of(2025, 1), YearMonth.of(2025, 12), DEFAULTS);
    assertThat(year.total()).isEqualTo(Rupiah.of(201_600));
    assertThat(year.lines())
        .containsExactly(
            new PremiumLine(Program.JKK, Rupiah.of(120_000)),
            new PremiumLine(Program.JKM, Rupiah.of(81_600)));
  }

  @Test
  void tariffChangeOnTheFirstOfAMonthMidYearIsHonoured() {
    // JKM rises to Rp7.000 from 1 July 2025: six months at 6.800, six at 7.000.
    TariffBook book = TestTariffs.jkmChangingOn(LocalDate.of(2025, 7, 1), 7_000);
    Premium year = minimumPackage(YearMonth.of(2025, 1), YearMonth.of(2025, 12), book);
    assertThat(year.lines())
        .containsExactly(
            new PremiumLine(Program.JKK, Rupiah.of(120_000)),
            new PremiumLine(Program.JKM, Rupiah.of(6 * 6_800 + 6 * 7_000)));
    Premium june = minimumPackage(YearMonth.of(2025, 6), YearMonth.of(2025, 6), book);
    assertThat(june.total()).isEqualTo(Rupiah.of(16_800));
  }

  @Test
  void rangeAcrossYearEndAndEmptyRange() {
    assertThat(minimumPackage(YearMonth.of(2024, 11), YearMonth.of(2025, 2), DEFAULTS).total())
        .isEqualTo(Rupiah.of(4 * 16_800));
    assertThat(minimumPackage(YearMonth.of(2025, 2), YearMonth.of(2025, 1), DEFAULTS))
        .isEqualTo(Premium.NONE);
  }
}
