package id.ngopeni.domain.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.FieldError;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TariffTest {

  private static Tariff jkm(String from, String to, FundingSource source) {
    return new Tariff(
        Program.JKM,
        LocalDate.parse(from),
        to == null ? null : LocalDate.parse(to),
        source,
        new Contribution.Flat(Rupiah.of(6_800)));
  }

  @ParameterizedTest
  @CsvSource({
    // income, expected JKK (1 %, min 10.000, max 207.000)
    "0, 10000",
    "999000, 10000", // 1 % = 9.990: clamped up
    "999949, 10000", // 9.999,49 rounds to 9.999: clamped up
    "999950, 10000", // 9.999,50 rounds half up to 10.000
    "1000000, 10000",
    "1000050, 10001", // 10.000,50 rounds half up
    "1234567, 12346",
    "20700000, 207000",
    "20700049, 207000", // 207.000,49 rounds down
    "20700050, 207000", // 207.001 after rounding: clamped down
    "20800000, 207000",
    "100000000, 207000"
  })
  void jkkIsOnePercentClampedBetweenMinimumAndMaximum(long income, long expected) {
    assertThat(DefaultTariffs.JKK.contribution().monthlyFor(Rupiah.of(income)))
        .isEqualTo(Rupiah.of(expected));
  }

  @ParameterizedTest
  @CsvSource({"0", "1000000", "20700000"})
  void jkmIsFlat(long income) {
    assertThat(DefaultTariffs.JKM.contribution().monthlyFor(Rupiah.of(income)))
        .isEqualTo(Rupiah.of(6_800));
  }

  @ParameterizedTest
  @CsvSource({"1000000, 20000", "1234567, 24691", "20700000, 414000"})
  void jhtIsTwoPercentWithoutBounds(long income, long expected) {
    assertThat(DefaultTariffs.JHT.contribution().monthlyFor(Rupiah.of(income)))
        .isEqualTo(Rupiah.of(expected));
  }

  @Test
  void periodIncludesBothEnds() {
    Tariff t = jkm("2025-01-01", "2025-06-30", null);
    assertThat(t.isValidOn(LocalDate.parse("2024-12-31"))).isFalse();
    assertThat(t.isValidOn(LocalDate.parse("2025-01-01"))).isTrue();
    assertThat(t.isValidOn(LocalDate.parse("2025-06-30"))).isTrue();
    assertThat(t.isValidOn(LocalDate.parse("2025-07-01"))).isFalse();
    assertThat(t.isInForceIn(YearMonth.of(2025, 6))).isTrue();
    assertThat(t.isInForceIn(YearMonth.of(2025, 7))).isFalse();
  }

  @Test
  void openEndedPeriodNeverEnds() {
    assertThat(DefaultTariffs.JKM.isValidOn(LocalDate.of(2999, 12, 31))).isTrue();
    assertThat(DefaultTariffs.JKM.isValidOn(LocalDate.of(2015, 6, 30))).isFalse();
  }

  @Test
  void genericTariffAppliesToEverySourceSpecificOnlyToItsOwn() {
    assertThat(jkm("2025-01-01", null, null).appliesTo(FundingSource.BUMN)).isTrue();
    Tariff mandiri = jkm("2025-01-01", null, FundingSource.MANDIRI);
    assertThat(mandiri.appliesTo(FundingSource.MANDIRI)).isTrue();
    assertThat(mandiri.appliesTo(FundingSource.APBD)).isFalse();
  }

  @Test
  void overlapNeedsSameProgramSameSourceAndASharedDay() {
    Tariff firstHalf = jkm("2025-01-01", "2025-06-30", null);
    assertThat(firstHalf.overlaps(jkm("2025-06-01", null, null))).isTrue();
    assertThat(firstHalf.overlaps(jkm("2025-07-01", null, null))).isFalse();
    assertThat(firstHalf.overlaps(jkm("2024-01-01", "2025-01-31", null))).isTrue();
    assertThat(firstHalf.overlaps(jkm("2025-01-01", null, FundingSource.MANDIRI))).isFalse();
    assertThat(jkm("2015-07-01", null, null).overlaps(jkm("2030-01-01", null, null))).isTrue();
    assertThat(DefaultTariffs.JKK.overlaps(DefaultTariffs.JKM)).isFalse();
  }

  @Test
  void seedTariffsAreValid() {
    DefaultTariffs.SEED.forEach(t -> assertThat(t.validate()).isEmpty());
  }

  @Test
  void validationReportsEveryBadField() {
    Tariff bad =
        new Tariff(
            Program.JKK,
            LocalDate.parse("2025-03-15"),
            LocalDate.parse("2025-03-01"),
            null,
            new Contribution.Rate(-1, Rupiah.of(-5), Rupiah.of(-10)));
    assertThat(bad.validate())
        .extracting(FieldError::field, FieldError::code)
        .containsExactlyInAnyOrder(
            tuple("validFrom", "not_month_start"),
            tuple("validTo", "before_valid_from"),
            tuple("rateBasisPoints", "negative"),
            tuple("minimum", "negative"),
            tuple("maximum", "negative"),
            tuple("minimum", "min_above_max"));
  }

  @Test
  void periodMustEndOnTheLastDayOfAMonthIncludingLeapFebruary() {
    assertThat(jkm("2024-01-01", "2024-02-28", null).validate())
        .extracting(FieldError::code)
        .containsExactly("not_month_end");
    assertThat(jkm("2024-01-01", "2024-02-29", null).validate()).isEmpty();
    assertThat(jkm("2025-01-01", "2025-02-28", null).validate()).isEmpty();
  }

  @Test
  void minimumEqualToMaximumIsAllowed() {
    Tariff t =
        new Tariff(
            Program.JKK,
            LocalDate.parse("2025-01-01"),
            null,
            null,
            new Contribution.Rate(100, Rupiah.of(10_000), Rupiah.of(10_000)));
    assertThat(t.validate()).isEmpty();
  }

  @Test
  void negativeFlatAmountIsRefused() {
    Tariff t =
        new Tariff(
            Program.JKM,
            LocalDate.parse("2025-01-01"),
            null,
            null,
            new Contribution.Flat(Rupiah.of(-1)));
    assertThat(t.validate())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("flatAmount", "negative"));
  }
}
