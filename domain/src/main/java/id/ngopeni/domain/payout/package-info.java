/**
 * Payouts under maker–checker.
 *
 * <ul>
 *   <li>The creator of a payout can never approve or reject it, whatever their role; only an
 *       APPROVER decides.
 *   <li>Batching is a relation ({@code batchId}), not a status. A FAILED payout can be batched
 *       again, so it keeps holding its share of the entitlement until it is CANCELLED; only
 *       REJECTED and CANCELLED payouts release their amount.
 *   <li>BI-FAST: a payout above Rp250.000.000 is refused, not split; without an amount the
 *       default (what is left) is capped at the limit.
 *   <li>Conditional updates use {@link id.ngopeni.domain.payout.PayoutTransition#from()}.
 * </ul>
 */
package id.ngopeni.domain.payout;
