package id.ngopeni.domain.bpjs;

/**
 * One funding source's money with BPJS for one reconciled month, and what carries over to the
 * next. BPJS credits a contribution overpaid for one month to the next month's contribution
 * (as it does when PP 50/2025's discount or a death is reflected after the city paid), so:
 *
 * <ul>
 *   <li><b>reconciled</b>: what the month costs once every difference is decided (matched lines
 *       plus each difference's amount to pay, {@link Resolution#amountToPay});
 *   <li><b>carriedIn</b>: the overpayment recorded for the month before, deducted here;
 *   <li><b>toPay</b> = reconciled − carriedIn, never below zero;
 *   <li><b>paid</b>: the month's invoice total once the invoice is marked paid (0 before);
 *   <li><b>refunds</b>: premiums of this month already due back from BPJS after a death, claimed
 *       through the refund and therefore never carried as well;
 *   <li><b>overpaid</b> = paid + carriedIn − reconciled − refunds, when positive: the surplus
 *       carried to the next month. It can be recorded only once the invoice is paid and no
 *       difference of the source is open ({@link #canCarry}); a credit larger than the month's
 *       cost thus rolls on to the month after.
 * </ul>
 */
public record Settlement(
    long invoiced,
    long reconciled,
    boolean invoicePaid,
    long paid,
    long carriedIn,
    long refunds,
    int open) {

  public long toPay() {
    return Math.max(0, reconciled - carriedIn);
  }

  /** The figures are final: the invoice is paid and every difference of the source decided. */
  public boolean canCarry() {
    return invoicePaid && open == 0;
  }

  /** The surplus to carry to the next month; 0 when there is none or it cannot be known yet. */
  public long overpaid() {
    return canCarry() ? Math.max(0, paid + carriedIn - reconciled - refunds) : 0;
  }
}
