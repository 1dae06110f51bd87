package id.ngopeni.domain.claim;

import id.ngopeni.domain.money.Rupiah;
import java.util.List;

/** What a claim pays in cash ({@link #total()}), and the breakdown a reviewer checks it against. */
public record Entitlement(Rupiah total, List<EntitlementLine> lines) {

  public Entitlement {
    lines = List.copyOf(lines);
    if (!total.equals(cashSum(lines))) {
      throw new IllegalArgumentException("total must equal the sum of the cash lines");
    }
  }

  /** Nothing to pay: what a claim without a membership to compute from is worth. */
  public static Entitlement none() {
    return new Entitlement(Rupiah.ZERO, List.of());
  }

  static Entitlement of(List<EntitlementLine> lines) {
    return new Entitlement(cashSum(lines), lines);
  }

  private static Rupiah cashSum(List<EntitlementLine> lines) {
    return lines.stream()
        .filter(line -> !line.flagged())
        .map(EntitlementLine::amount)
        .reduce(Rupiah.ZERO, Rupiah::plus);
  }
}
