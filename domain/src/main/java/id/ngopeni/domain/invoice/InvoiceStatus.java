package id.ngopeni.domain.invoice;

import java.util.Set;

/**
 * Where a monthly premium invoice stands. Generated UNPAID; marked PAID once, with the date
 * and reference of the transfer to BPJS Ketenagakerjaan. PAID is final.
 */
public enum InvoiceStatus {
  UNPAID,
  PAID;

  /** The states {@link #PAID} can be reached from: the one source of truth for the SQL that pays. */
  public static Set<InvoiceStatus> payable() {
    return Set.of(UNPAID);
  }

  public boolean canBePaid() {
    return payable().contains(this);
  }
}
