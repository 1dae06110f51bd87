package id.ngopeni.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RupiahTest {

  @ParameterizedTest
  @CsvSource({
    "0, Rp0",
    "5, Rp5",
    "999, Rp999",
    "1000, Rp1.000",
    "16800, Rp16.800",
    "42000000, Rp42.000.000",
    "174000000, Rp174.000.000",
    "-16800, -Rp16.800",
    "1234567890123, Rp1.234.567.890.123"
  })
  void formatsWithDotsAndNoSpace(long amount, String expected) {
    assertThat(Rupiah.of(amount).toString()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    // amount, basis points, expected (half up)
    "1000000, 100, 10000",
    "1234567, 100, 12346",
    "1234549, 100, 12345",
    "1234550, 100, 12346",
    "20700000, 100, 207000",
    "1000000, 200, 20000"
  })
  void percentRoundsHalfUpToWholeRupiah(long amount, long bp, long expected) {
    assertThat(Rupiah.of(amount).percent(bp)).isEqualTo(Rupiah.of(expected));
  }

  @Test
  void arithmeticRefusesOverflowInsteadOfWrapping() {
    assertThatThrownBy(() -> Rupiah.of(Long.MAX_VALUE).plus(Rupiah.of(1)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Rupiah.of(Long.MAX_VALUE / 2).times(3))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void comparesByAmount() {
    assertThat(Rupiah.of(10).isGreaterThan(Rupiah.of(9))).isTrue();
    assertThat(Rupiah.of(10).min(Rupiah.of(9))).isEqualTo(Rupiah.of(9));
    assertThat(Rupiah.of(10).max(Rupiah.of(9))).isEqualTo(Rupiah.of(10));
    assertThat(Rupiah.of(10).minus(Rupiah.of(11)).isNegative()).isTrue();
  }
}
