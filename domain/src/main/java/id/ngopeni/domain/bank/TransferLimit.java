package id.ngopeni.domain.bank;

import id.ngopeni.domain.money.Rupiah;

/** Limits of the transfer rail payouts are disbursed over. */
public final class TransferLimit {
  /** BI-FAST moves at most Rp250.000.000 per transfer (Bank Indonesia). */
  public static final Rupiah BI_FAST_MAX = Rupiah.of(250_000_000);

  private TransferLimit() {}
}
