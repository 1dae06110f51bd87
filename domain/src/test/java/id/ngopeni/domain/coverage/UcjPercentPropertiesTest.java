package id.ngopeni.domain.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class UcjPercentPropertiesTest {

  /** The exact long arithmetic agrees with BigDecimal half-up division. */
  @Property
  void agreesWithBigDecimalHalfUp(
      @ForAll @LongRange(min = 0, max = 300_000_000) long part,
      @ForAll @LongRange(min = 1, max = 300_000_000) long whole) {
    BigDecimal expected =
        BigDecimal.valueOf(part)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    assertThat(UcjPercent.of(part, whole).orElseThrow().toBigDecimal())
        .isEqualByComparingTo(expected);
  }
}
