package id.ngopeni.domain.money;

/**
 * Whole rupiah. Rupiah has no minor unit in practice, so amounts are exact longs; never a
 * double. {@link #toString()} is the one place amounts are formatted: {@code Rp42.000.000}.
 */
public record Rupiah(long amount) implements Comparable<Rupiah> {
  public static final Rupiah ZERO = new Rupiah(0);

  public static Rupiah of(long amount) {
    return new Rupiah(amount);
  }

  public Rupiah plus(Rupiah other) {
    return new Rupiah(Math.addExact(amount, other.amount));
  }

  public Rupiah minus(Rupiah other) {
    return new Rupiah(Math.subtractExact(amount, other.amount));
  }

  public Rupiah times(long factor) {
    return new Rupiah(Math.multiplyExact(amount, factor));
  }

  /**
   * This amount times {@code basisPoints}/10,000 (1 % = 100 bp), rounded half up to the
   * whole rupiah.
   */
  public Rupiah percent(long basisPoints) {
    long product = Math.multiplyExact(amount, basisPoints);
    long quotient = Math.floorDiv(product, 10_000L);
    long remainder = Math.floorMod(product, 10_000L);
    return new Rupiah(remainder * 2 >= 10_000L ? quotient + 1 : quotient);
  }

  public Rupiah min(Rupiah other) {
    return amount <= other.amount ? this : other;
  }

  public Rupiah max(Rupiah other) {
    return amount >= other.amount ? this : other;
  }

  public boolean isNegative() {
    return amount < 0;
  }

  public boolean isGreaterThan(Rupiah other) {
    return amount > other.amount;
  }

  @Override
  public int compareTo(Rupiah other) {
    return Long.compare(amount, other.amount);
  }

  /** {@code Rp42.000.000}; negative amounts as {@code -Rp16.800}. */
  @Override
  public String toString() {
    String digits = Long.toString(Math.abs(amount));
    StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3);
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    grouped.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      grouped.append('.').append(digits, i, i + 3);
    }
    return (amount < 0 ? "-Rp" : "Rp") + grouped;
  }
}
