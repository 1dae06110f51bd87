package id.ngopeni.domain.coverage;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A coverage percentage with two decimals, held exactly as hundredths of a percent (32,44 % is
 * 3244) so no double ever rounds a published figure differently. Universal Coverage Jaminan
 * Sosial Ketenagakerjaan (UCJ) has no published formula; in practice it is active participants
 * ÷ working population (BPS), and percentages are always derived from counts, never typed in.
 */
public record UcjPercent(long hundredths) implements Comparable<UcjPercent> {

  public UcjPercent {
    if (hundredths < 0) {
      throw new IllegalArgumentException("negative percentage");
    }
  }

  /**
   * {@code part} ÷ {@code whole} × 100, rounded half up to two decimals; empty when the whole
   * is unknown or zero (a region without a baseline has no percentage, not an error).
   */
  public static Optional<UcjPercent> of(long part, Long whole) {
    if (whole == null || whole <= 0 || part < 0) {
      return Optional.empty();
    }
    long doubled = Math.multiplyExact(Math.multiplyExact(part, 10_000L), 2L);
    return Optional.of(new UcjPercent((doubled + whole) / (2 * whole)));
  }

  /** 32.44, for JSON. */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(hundredths, 2);
  }

  /** {@code 32,44 %}: the Indonesian way, comma for decimals. */
  @Override
  public String toString() {
    return hundredths / 100 + "," + String.format("%02d", hundredths % 100) + " %";
  }

  @Override
  public int compareTo(UcjPercent other) {
    return Long.compare(hundredths, other.hundredths);
  }
}
