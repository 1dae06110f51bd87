package id.ngopeni.domain.tariff;

import id.ngopeni.domain.money.Rupiah;
import java.util.Comparator;
import java.util.List;

/**
 * A premium and its breakdown, one line per programme in the order JKK, JKM, JHT (the order
 * BPJS prints them and the API returns {@code premiumBreakdown}). The total is always the
 * sum of the lines.
 */
public record Premium(Rupiah total, List<PremiumLine> lines) {
  public static final Premium NONE = new Premium(Rupiah.ZERO, List.of());

  public Premium {
    lines = lines.stream().sorted(Comparator.comparing(PremiumLine::program)).toList();
    Rupiah sum = lines.stream().map(PremiumLine::amount).reduce(Rupiah.ZERO, Rupiah::plus);
    if (!sum.equals(total)) {
      throw new IllegalArgumentException("total " + total + " is not the sum " + sum);
    }
  }

  public static Premium of(List<PremiumLine> lines) {
    return new Premium(
        lines.stream().map(PremiumLine::amount).reduce(Rupiah.ZERO, Rupiah::plus), lines);
  }
}
