package id.ngopeni.domain.claim;

import id.ngopeni.domain.Components;
import id.ngopeni.domain.money.Rupiah;
import java.time.YearMonth;

/**
 * Unpaid contributions that stand between an incident and its cover: the incident is covered
 * once the months {@code from}..{@code to} are paid.
 *
 * @param amount what paying them costs, as billed
 * @param payable whether they can still be paid today (at most 3 months back); if not, the
 *     incident is not covered at all
 */
public record Arrears(YearMonth from, YearMonth to, Rupiah amount, boolean payable) {
  public Arrears {
    Components.requireNonNull("from to amount", from, to, amount);
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("arrears end before they start");
    }
  }

  public long months() {
    return from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
  }
}
