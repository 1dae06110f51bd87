package id.ngopeni.domain.payout;

import java.util.Arrays;

/**
 * Where a payout stands.
 *
 * <pre>
 * PENDING_APPROVAL ─approve→ APPROVED ─bank says paid→ PAID
 *   ▲    └─reject→ REJECTED      └─bank says failed→ FAILED ─cancel→ CANCELLED
 *   └───────────────────retry──────────────────────────┘
 * </pre>
 *
 * Batching is a relation ({@link Payout#batchId()}), not a status: an APPROVED payout with a
 * batch is in a disbursement file and awaits the bank's answer. A FAILED payout can be tried
 * again, but only through a new approval (back to PENDING_APPROVAL, out of its batch), so it
 * still holds its share of the entitlement; only REJECTED and CANCELLED release it. The
 * allowed moves are the {@link PayoutTransition}s.
 */
public enum PayoutStatus {
  PENDING_APPROVAL,
  APPROVED,
  REJECTED,
  PAID,
  FAILED,
  CANCELLED;

  public static boolean canTransition(PayoutStatus from, PayoutStatus to) {
    return Arrays.stream(PayoutTransition.values()).anyMatch(t -> t.to() == to && t.startsFrom(from));
  }

  /** Whether a payout in this status counts against the claim's entitlement. */
  public boolean holdsEntitlement() {
    return this != REJECTED && this != CANCELLED;
  }

  public boolean isFinal() {
    return Arrays.stream(PayoutTransition.values()).noneMatch(t -> t.startsFrom(this));
  }
}
