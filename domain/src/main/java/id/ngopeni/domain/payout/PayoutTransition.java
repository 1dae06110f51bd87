package id.ngopeni.domain.payout;

import java.util.EnumSet;
import java.util.Set;

/**
 * Each thing that can happen to a payout, with the statuses it may start from. Persistence
 * writes a transition as {@code UPDATE … WHERE id = $1 AND status IN (from()) AND version = $2}.
 *
 * <p>Transitions, not target statuses, carry the allowed sources because two of them end in
 * APPROVED: an approval starts from PENDING_APPROVAL, a batch from APPROVED. A failed transfer
 * is never batched again as it is: {@link #RETRY} sends it back to PENDING_APPROVAL, so that
 * somebody other than its maker approves it again before it can go to the bank.
 */
public enum PayoutTransition {
  APPROVE(EnumSet.of(PayoutStatus.PENDING_APPROVAL), PayoutStatus.APPROVED),
  REJECT(EnumSet.of(PayoutStatus.PENDING_APPROVAL), PayoutStatus.REJECTED),
  /** From APPROVED only while not at the bank (see {@link Batching#batchable}). */
  ADD_TO_BATCH(EnumSet.of(PayoutStatus.APPROVED), PayoutStatus.APPROVED),
  /** Only with a batch; see {@link Reconciliation.Outcome}. */
  MARK_PAID(EnumSet.of(PayoutStatus.APPROVED), PayoutStatus.PAID),
  /** Only with a batch; see {@link Reconciliation.Outcome}. */
  MARK_FAILED(EnumSet.of(PayoutStatus.APPROVED), PayoutStatus.FAILED),
  CANCEL(EnumSet.of(PayoutStatus.FAILED), PayoutStatus.CANCELLED),
  /** A failed transfer to try again: back to PENDING_APPROVAL, out of any batch, to be approved anew. */
  RETRY(EnumSet.of(PayoutStatus.FAILED), PayoutStatus.PENDING_APPROVAL);

  private final Set<PayoutStatus> from;
  private final PayoutStatus to;

  PayoutTransition(Set<PayoutStatus> from, PayoutStatus to) {
    this.from = from;
    this.to = to;
  }

  public Set<PayoutStatus> from() {
    return EnumSet.copyOf(from);
  }

  public PayoutStatus to() {
    return to;
  }

  public boolean startsFrom(PayoutStatus status) {
    return from.contains(status);
  }
}
