package id.ngopeni.domain.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UcjPercentTest {

  @Test
  void kotaMalangJune2025Is3244() {
    UcjPercent p = UcjPercent.of(134_167, 413_585L).orElseThrow();
    assertThat(p.hundredths()).isEqualTo(3244);
    assertThat(p.toBigDecimal()).isEqualByComparingTo(new BigDecimal("32.44"));
    assertThat(p).hasToString("32,44 %");
  }

  @ParameterizedTest
  @CsvSource({
    // part, whole, hundredths
    "0, 1, 0",
    "1, 1, 10000",
    "1, 3, 3333", // 33,333…
    "2, 3, 6667", // 66,666… rounds up
    "1, 8, 1250",
    "1, 16, 625", // 6,25 exactly
    "1, 160000, 0", // 0,000625 %: far under half a hundredth
    "1, 20000, 1", // 0,005 % is exactly half a hundredth: up
    "1, 20001, 0", // just under half
    "3, 2, 15000" // above 100 % is possible when counts disagree
  })
  void roundsHalfUpToTwoDecimals(long part, long whole, long hundredths) {
    assertThat(UcjPercent.of(part, whole)).hasValue(new UcjPercent(hundredths));
  }

  @Test
  void noWorkforceMeansNoPercentageNotAnError() {
    assertThat(UcjPercent.of(10, 0L)).isEmpty();
    assertThat(UcjPercent.of(10, null)).isEmpty();
    assertThat(UcjPercent.of(10, -5L)).isEmpty();
  }

  @Test
  void formatsSmallAndWholeValues() {
    assertThat(new UcjPercent(5)).hasToString("0,05 %");
    assertThat(new UcjPercent(10_000)).hasToString("100,00 %");
    assertThatThrownBy(() -> new UcjPercent(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
