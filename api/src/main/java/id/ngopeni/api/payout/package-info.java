/**
 * Payouts of the city's own santunan (maker–checker) and disbursement over HTTP. A payout is
 * made only from a santunan entitlement ({@code POST /santunan-entitlements/{id}/payouts});
 * BPJS pays JKK/JKM itself, so no route makes a payout from a claim. Payouts made from claims
 * before that rule stay readable (and can still be batched and reconciled) as history.
 *
 * <p>Decisions a reader should know:
 *
 * <ul>
 *   <li>Approve and reject have no route-level role check: the domain answers the creator
 *       {@code self_approval_forbidden} whatever role they hold now (an operator later made
 *       approver included), and anyone else but an APPROVER {@code role_forbidden}. The
 *       database refuses a decider equal to the creator as well ({@code payout_four_eyes}).
 *   <li>A beneficiary below the highest heir class registered is a 422 ({@code
 *       heir_not_highest_priority} on {@code heirId}): the request is wrong, not the state.
 *   <li>Creating a payout locks the programme row while its committed payouts (and the
 *       entitlement's) are summed, so two makers cannot both spend what is left of the
 *       programme's budget ceiling ({@code santunan_budget_exceeded}) or of the entitlement. FAILED payouts keep their share until
 *       CANCELLED ({@code POST /payouts/{id}/cancel}); one to try again goes back to
 *       PENDING_APPROVAL ({@code POST /payouts/{id}/retry}) and needs a new approval.
 *   <li>Batches: named payouts, or without {@code payoutIds} every APPROVED payout not yet in a
 *       batch. A payout is in at most one open batch item (partial unique index). Each item
 *       has a random transfer reference, written in the transfer file.
 *   <li>Reconciliation is recorded by an OPERATOR who made neither the batch nor any of its
 *       payouts ({@code reconciler_is_maker}); its rows are matched by transfer reference and
 *       amount. It applies every row or none. A bank may answer in parts: a batch is
 *       RECONCILED once every transfer in it has an answer. No claim changes: the city's
 *       transfers pay santunan, never the statutory benefit.
 *   <li>The rules are the domain's ({@code Batching}, {@code Reconciliation}, {@code
 *       PayoutTransition}); the services run them in one transaction per use case, and the
 *       set-based SQL takes its allowed states from the same transitions.
 * </ul>
 */
package id.ngopeni.api.payout;
