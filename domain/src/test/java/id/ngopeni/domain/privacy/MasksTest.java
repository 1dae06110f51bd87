package id.ngopeni.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasksTest {
  @Test
  void aNikShowsItsRegencyAndSerialOnly() {
    assertThat(Masks.nik("3573024303580001")).isEqualTo("3573••••••••0001");
    assertThat(Masks.nik("12345")).isEqualTo("••••••••••••••••");
    assertThat(Masks.nik(null)).isNull();
  }

  @Test
  void aPhoneShowsItsOperatorPrefixAndLastThreeDigits() {
    assertThat(Masks.phone("081234567890")).isEqualTo("0812•••••890");
    assertThat(Masks.phone("+6281234567890")).isEqualTo("+6281••••••890");
    assertThat(Masks.phone("12345")).isEqualTo("•••••");
    assertThat(Masks.phone(null)).isNull();
  }

  @Test
  void anAccountNumberShowsItsLastFourDigitsOnly() {
    assertThat(Masks.accountNumber("012301000123305")).isEqualTo("•••••••••••3305");
    assertThat(Masks.accountNumber("123")).isEqualTo("•••");
  }

  @Test
  void masksKeepTheLengthAndAreRecognised() {
    assertThat(Masks.nik("3573024303580001")).hasSize(16);
    assertThat(Masks.isMasked(Masks.phone("081234567890"))).isTrue();
    assertThat(Masks.isMasked("081234567890")).isFalse();
  }
}
