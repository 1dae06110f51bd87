package id.ngopeni.domain.claim;

import id.ngopeni.domain.Components;
import id.ngopeni.domain.money.Rupiah;

/**
 * One line of the benefit breakdown.
 *
 * @param code stable machine-readable code, e.g. {@code JKM_DEATH_LUMP_SUM}
 * @param label Indonesian label, as shown to officers and heirs
 * @param labelEn English label
 * @param amount cash amount; zero for a flagged line
 * @param regulation the rule the line follows (never blank: every line carries its legal basis)
 * @param flagged an entitlement that is not paid in cash with this claim (the scholarship is
 *     paid per school year later on); flagged lines are never part of the total
 * @param payee who BPJS pays the line to
 */
public record EntitlementLine(
    String code, String label, String labelEn, Rupiah amount, String regulation, boolean flagged, Payee payee) {

  public EntitlementLine {
    Components.requireNonNull("code label labelEn amount regulation payee",
        code, label, labelEn, amount, regulation, payee);
    if (regulation.isBlank()) {
      throw new IllegalArgumentException("every entitlement line carries its legal basis");
    }
    if (amount.isNegative()) {
      throw new IllegalArgumentException("negative entitlement line");
    }
    if (flagged && !amount.equals(Rupiah.ZERO)) {
      throw new IllegalArgumentException("a flagged line carries no cash amount");
    }
  }

  /** A line paid to the heir (as every line was before payees were recorded). */
  public EntitlementLine(
      String code, String label, String labelEn, Rupiah amount, String regulation, boolean flagged) {
    this(code, label, labelEn, amount, regulation, flagged, Payee.HEIR);
  }

  static EntitlementLine cash(
      String code, String label, String labelEn, Rupiah amount, String regulation) {
    return new EntitlementLine(code, label, labelEn, amount, regulation, false, Payee.HEIR);
  }

  static EntitlementLine cash(
      String code, String label, String labelEn, Rupiah amount, String regulation, Payee payee) {
    return new EntitlementLine(code, label, labelEn, amount, regulation, false, payee);
  }

  static EntitlementLine flag(String code, String label, String labelEn, String regulation) {
    return new EntitlementLine(code, label, labelEn, Rupiah.ZERO, regulation, true, Payee.HEIR);
  }
}
