package id.ngopeni.domain.payout;

import java.util.EnumSet;
import java.util.Set;

/**
 * Each thing that can happen to a payout, with the statuses it may start from. Persistence
 * writes a transition as {@code UPDATE … WHERE id = $1 AND status IN (from()) AND version = $2}.
 *
 * <p>Transitions, not target statuses, carry the allowed sources because two of them end in
 * APPROVED: an approval may only start from PENDING_APPROVAL, a new batch also from FAILED.
 */
public enum PayoutTransition {
  APPROVE(EnumSet.of(PayoutStatus.PENDING_APPROVAL), PayoutStatus.APPROVED),
  REJECT(EnumSet.of(PayoutStatus.PENDING_APPROVAL), PayoutStatus.REJECTED),
  /** From APPROVED only while not at the bank (see {@link Batching#batchable}). */
  ADD_TO_BATCH(EnumSet.of(PayoutStatus.APPROVED, PayoutStatus.FAILED), PayoutStatus.APPROVED),
  /** Only with a batch; see {@link Reconciliation.Outcome}. */
  MARK_PAID(EnumSet.of(PayoutStatus.APPROVED), PayoutStatus.PAID),
  /** Only with a batch; see {@link Reconciliation.Outcome}. */
  MARK_FAILED(EnumSet.of(PayoutStatus.APPROVED), PayoutStatus.FAILED),
  CANCEL(EnumSet.of(PayoutStatus.FAILED), PayoutStatus.CANCELLED);

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
