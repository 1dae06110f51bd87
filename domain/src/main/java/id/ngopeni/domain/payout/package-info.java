/**
 * Payouts of the city's own santunan under maker–checker. A payout pays a santunan entitlement
 * ({@code domain.santunan}), never a statutory BPJS benefit: BPJS pays JKK and JKM itself. Payouts
 * with a claim id are history from before that rule and are only read, batched and reconciled.
 *
 * <ul>
 *   <li>The creator of a payout can never approve or reject it, whatever their role; only an
 *       APPROVER decides.
 *   <li>Batching is a relation ({@code batchId}), not a status. A FAILED payout can be tried
 *       again only through a new approval ({@code RETRY} back to PENDING_APPROVAL), so it keeps
 *       holding its share of the entitlement (and of the programme's budget) until it is CANCELLED; only REJECTED and CANCELLED
 *       payouts release their amount.
 *   <li>Four eyes on the bank's answer: whoever records it made neither the batch nor any of its
 *       payouts, and each answer names its transfer by the batch item's random transfer
 *       reference and the amount, never by a payout id alone ({@code Reconciliation}).
 *   <li>BI-FAST: a payout above Rp250.000.000 is refused, not split; without an amount the
 *       default (what is left) is capped at the limit.
 *   <li>Conditional updates use {@link id.ngopeni.domain.payout.PayoutTransition#from()}.
 * </ul>
 */
package id.ngopeni.domain.payout;
