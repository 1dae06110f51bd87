package id.ngopeni.domain.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TariffRequestTest {
  private static final LocalDate JAN_2030 = LocalDate.of(2030, 1, 1);

  private static TariffRequest rate(Long rate, Long flat) {
    return new TariffRequest(Program.JKK, JAN_2030, null, FundingSource.MANDIRI, rate, null, null, flat);
  }

  private static Invalid refusal(TariffRequest request) {
    try {
      request.toTariff(new Violations());
    } catch (Invalid e) {
      return e;
    }
    throw new AssertionError("accepted");
  }

  @Test
  void aRateOrAFlatAmountMakesTheContribution() {
    Tariff byRate = rate(150L, null).toTariff(new Violations());
    assertThat(byRate.contribution()).isEqualTo(new Contribution.Rate(150, null, null));
    Tariff flat = rate(null, 5_000L).toTariff(new Violations());
    assertThat(flat.contribution()).isEqualTo(new Contribution.Flat(Rupiah.of(5_000)));
  }

  @Test
  void bothOrNeitherIsRefused() {
    assertThat(refusal(rate(150L, 5_000L)).errors()).extracting(FieldError::field, FieldError::code)
        .contains(tuple("rateBasisPoints", "rate_or_flat"));
    assertThat(refusal(rate(null, null)).errors()).extracting(FieldError::field, FieldError::code)
        .contains(tuple("rateBasisPoints", "rate_or_flat"));
  }

  @Test
  void aFlatAmountHasNoBounds() {
    var request = new TariffRequest(Program.JKM, JAN_2030, null, null, null, 1L, null, 6_800L);
    assertThat(refusal(request).errors()).extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("minimum", "not_for_flat"));
  }

  @Test
  void errorsAlreadyFoundAreKeptAndTheTariffsOwnAreAdded() {
    Violations read = new Violations().add("program", HttpError.VALUE_UNKNOWN, "No such programme.");
    var request = new TariffRequest(null, LocalDate.of(2030, 1, 15), null, null, 150L, null, null, null);
    assertThatThrownBy(() -> request.toTariff(read)).isInstanceOf(Invalid.class);
    assertThat(read.errors()).extracting(FieldError::field).containsExactly("program");
    var midMonth = new TariffRequest(Program.JKK, LocalDate.of(2030, 1, 15), null, null, 150L, null, null, null);
    assertThat(refusal(midMonth).errors()).extracting(FieldError::code).containsExactly("not_month_start");
  }

  @Test
  void theBookRefusesAnOverlapWithItsOwnCode() {
    Tariff overlapping = new Tariff(Program.JKK, DefaultTariffs.SINCE, null, null, DefaultTariffs.JKK.contribution());
    assertThatThrownBy(() -> TariffBook.defaults().checkAddable(overlapping))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.code()).isEqualTo("tariff_overlap"));
    Tariff midMonth = new Tariff(Program.JKK, JAN_2030.plusDays(3), null, FundingSource.MANDIRI,
        new Contribution.Rate(150, null, null));
    assertThatThrownBy(() -> TariffBook.defaults().checkAddable(midMonth))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.code()).isEqualTo("validation_failed"));
    assertThatCode(() -> TariffBook.defaults().checkAddable(rate(150L, null).toTariff(new Violations())))
        .doesNotThrowAnyException();
  }
}
