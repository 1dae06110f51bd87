package id.ngopeni.domain.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TariffBookTest {

  private static final Tariff MANDIRI_DISCOUNT = TestTariffs.MANDIRI_JKM_DISCOUNT_2026;

  @ParameterizedTest
  @EnumSource(FundingSource.class)
  void defaultsApplyToEverySource(FundingSource source) {
    TariffBook book = TariffBook.defaults();
    YearMonth month = YearMonth.of(2025, 7);
    assertThat(book.inForce(Program.JKK, source, month)).isEqualTo(DefaultTariffs.JKK);
    assertThat(book.inForce(Program.JKM, source, month)).isEqualTo(DefaultTariffs.JKM);
    assertThat(book.inForce(Program.JHT, source, month)).isEqualTo(DefaultTariffs.JHT);
  }

  @Test
  void sourceSpecificTariffBeatsGenericOnlyForItsSourceAndPeriod() {
    TariffBook book = TariffBook.defaults().with(MANDIRI_DISCOUNT);
    assertThat(book.inForce(Program.JKM, FundingSource.MANDIRI, YearMonth.of(2026, 1)))
        .isEqualTo(MANDIRI_DISCOUNT);
    assertThat(book.inForce(Program.JKM, FundingSource.MANDIRI, YearMonth.of(2026, 12)))
        .isEqualTo(MANDIRI_DISCOUNT);
    assertThat(book.inForce(Program.JKM, FundingSource.MANDIRI, YearMonth.of(2025, 12)))
        .isEqualTo(DefaultTariffs.JKM);
    assertThat(book.inForce(Program.JKM, FundingSource.MANDIRI, YearMonth.of(2027, 1)))
        .isEqualTo(DefaultTariffs.JKM);
    assertThat(book.inForce(Program.JKM, FundingSource.APBD, YearMonth.of(2026, 6)))
        .isEqualTo(DefaultTariffs.JKM);
  }

  @Test
  void specificTariffWinsWhicheverOrderTheBookListsThem() {
    TariffBook book = new TariffBook(List.of(MANDIRI_DISCOUNT, DefaultTariffs.JKM));
    assertThat(book.inForce(Program.JKM, FundingSource.MANDIRI, YearMonth.of(2026, 3)))
        .isEqualTo(MANDIRI_DISCOUNT);
  }

  @Test
  void missingTariffIsRefusedWithACode() {
    assertThatThrownBy(
            () ->
                TariffBook.defaults()
                    .inForce(Program.JKK, FundingSource.APBD, YearMonth.of(2015, 6)))
        .isInstanceOfSatisfying(
            Conflict.class,
            c -> {
              assertThat(c.code()).isEqualTo("tariff_missing");
              assertThat(c.properties())
                  .containsEntry("program", "JKK")
                  .containsEntry("fundingSource", "APBD")
                  .containsEntry("month", "2015-06");
            });
    assertThatThrownBy(
            () ->
                new TariffBook(List.of())
                    .inForce(Program.JKM, FundingSource.APBD, YearMonth.of(2025, 1)))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void firstMonthOfTheSeedIsJuly2015() {
    assertThat(TariffBook.defaults().find(Program.JKK, FundingSource.APBD, YearMonth.of(2015, 7)))
        .contains(DefaultTariffs.JKK);
  }

  @Test
  void tariffStartingOnTheFirstAppliesToThatWholeMonth() {
    TariffBook book = TestTariffs.jkmChangingOn(LocalDate.of(2025, 7, 1), 7_000);
    assertThat(
            book.inForce(Program.JKM, FundingSource.DBHCHT, YearMonth.of(2025, 6)).contribution())
        .isEqualTo(new Contribution.Flat(Rupiah.of(6_800)));
    assertThat(
            book.inForce(Program.JKM, FundingSource.DBHCHT, YearMonth.of(2025, 7)).contribution())
        .isEqualTo(new Contribution.Flat(Rupiah.of(7_000)));
  }

  @Test
  void overlappingTariffForSameProgramAndSourceIsRefused() {
    Tariff second = TestTariffs.jkk(LocalDate.of(2025, 1, 1), null, null, 100, 10_000, 207_000);
    assertThat(TariffBook.defaults().validate(second))
        .extracting(FieldError::code)
        .containsExactly("tariff_overlap");
    assertThatThrownBy(() -> TariffBook.defaults().with(second))
        .isInstanceOfSatisfying(
            Invalid.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::code)
                    .containsExactly("tariff_overlap"));
    assertThatThrownBy(() -> new TariffBook(List.of(DefaultTariffs.JKK, second)))
        .isInstanceOf(Invalid.class);
  }

  @Test
  void twoSpecificTariffsForDifferentSourcesDoNotOverlap() {
    Tariff bumn = TestTariffs.halfJkmDuring2026(FundingSource.BUMN);
    TariffBook book = TariffBook.defaults().with(MANDIRI_DISCOUNT).with(bumn);
    assertThat(book.tariffs()).hasSize(5);
    assertThat(book.validate(MANDIRI_DISCOUNT))
        .extracting(FieldError::code)
        .containsExactly("tariff_overlap");
  }

  @Test
  void validationCombinesOwnErrorsWithOverlap() {
    Tariff bad = TestTariffs.jkk(LocalDate.of(2025, 1, 2), null, null, 100, 20_000, 10_000);
    assertThat(TariffBook.defaults().validate(bad))
        .extracting(FieldError::code)
        .containsExactlyInAnyOrder("not_month_start", "min_above_max", "tariff_overlap");
  }

  @Test
  void bookIsImmutable() {
    List<Tariff> source = new ArrayList<>(DefaultTariffs.SEED);
    TariffBook book = new TariffBook(source);
    source.clear();
    assertThat(book.tariffs()).hasSize(3);
    TariffBook bigger = book.with(MANDIRI_DISCOUNT);
    assertThat(book.tariffs()).hasSize(3);
    assertThat(bigger.tariffs()).hasSize(4);
  }
}
