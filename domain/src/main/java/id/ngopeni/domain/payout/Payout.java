package id.ngopeni.domain.payout;

import id.ngopeni.domain.bank.BankAccount;
import id.ngopeni.domain.claim.DecisionReason;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.PayoutError;
import id.ngopeni.domain.problem.UserError;
import id.ngopeni.domain.problem.Forbidden;
import id.ngopeni.domain.user.FourEyes;
import id.ngopeni.domain.user.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A transfer of (part of) a city santunan entitlement to its beneficiary (the highest heir for a
 * death, the worker for a work accident), under maker–checker: the
 * OPERATOR who creates it can never be the one who approves it. Each transition returns the
 * next version; persistence writes it with {@code WHERE status IN (PayoutTransition.X.from())
 * AND version = old} and checks the row count, so of concurrent approvals exactly one wins.
 *
 * @param claimId history only: payouts made before V22 paid a claim's statutory entitlement, which
 *     BPJS pays itself; no new payout has one
 * @param entitlementId the santunan entitlement it pays ({@code null} only on history)
 * @param heirId the beneficiary: an heir's id, or the worker's own id for a work accident
 * @param decidedBy who made the last decision (approved, rejected or cancelled it); {@code null}
 *     while pending
 * @param decisionReason why it was rejected or cancelled
 * @param batchId the disbursement batch it is (last) in; {@code null} until batched
 * @param bankReference the bank's reference from reconciliation
 */
public record Payout(
    UUID id,
    UUID claimId,
    UUID entitlementId,
    UUID heirId,
    BankAccount account,
    Rupiah amount,
    PayoutStatus status,
    UUID createdBy,
    Instant createdAt,
    UUID decidedBy,
    Instant decidedAt,
    String decisionReason,
    UUID batchId,
    String bankReference,
    long version) {

  public Payout {
    Objects.requireNonNull(id, "id");
    if ((claimId == null) == (entitlementId == null)) {
      throw new IllegalArgumentException("a payout pays a santunan entitlement (or, history only, a claim)");
    }
    Objects.requireNonNull(heirId, "heirId");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
    if (amount.compareTo(Rupiah.ZERO) <= 0) {
      throw new IllegalArgumentException("a payout moves a positive amount");
    }
  }

  /**
   * PENDING_APPROVAL → APPROVED. The guards run in this order, so the creator always hears
   * {@code self_approval_forbidden}, whatever their role and whatever the payout's state.
   *
   * @throws Forbidden {@code self_approval_forbidden}: the approver created the payout
   * @throws Forbidden {@code role_forbidden}: the approver is not an APPROVER
   * @throws Conflict {@code payout_already_decided}: it is no longer PENDING_APPROVAL
   */
  public Payout approve(UUID approverId, Role approverRole, Instant now) {
    checkDecision(approverId, approverRole);
    return decided(PayoutTransition.APPROVE, approverId, null, now);
  }

  /**
   * PENDING_APPROVAL → REJECTED, under the same guards as {@link #approve}: the maker cannot
   * reject their own payout either (a checker decides, whichever way).
   *
   * @throws Invalid {@code reason} / {@code reason_required} or {@code reason_too_long}
   */
  public Payout reject(UUID approverId, Role approverRole, String reason, Instant now) {
    checkDecision(approverId, approverRole);
    return decided(PayoutTransition.REJECT, approverId, DecisionReason.require(reason), now);
  }

  /**
   * Puts an approved payout into a disbursement batch (see {@link Batching}); persistence writes
   * the same move for a whole batch at once.
   *
   * @throws Conflict {@code payout_not_batchable}: not APPROVED and outside an open batch
   */
  public Payout addToBatch(UUID newBatchId) {
    Objects.requireNonNull(newBatchId, "newBatchId");
    if (!Batching.batchable(status, batchId)) {
      throw new Conflict(
          PayoutError.PAYOUT_NOT_BATCHABLE,
          "Only an approved payout not yet in a batch can be batched (a failed one is tried again through a new"
              + " approval). It is " + status + ".");
    }
    return new Payout(id, claimId, entitlementId, heirId, account, amount, PayoutTransition.ADD_TO_BATCH.to(), createdBy,
        createdAt, decidedBy, decidedAt, decisionReason, newBatchId, null, version + 1);
  }

  /** The bank confirmed the transfer. @throws Conflict {@code payout_not_batched} */
  public Payout markPaid(String reference) {
    return reconciled(PayoutTransition.MARK_PAID, reference);
  }

  /** The bank refused the transfer. @throws Conflict {@code payout_not_batched} */
  public Payout markFailed(String reference) {
    return reconciled(PayoutTransition.MARK_FAILED, reference);
  }

  /**
   * FAILED → CANCELLED: the transfer will not be retried (say the account was closed), which
   * frees its amount for a new payout, one that goes through approval again.
   *
   * @throws Forbidden {@code role_forbidden}: only an OPERATOR or APPROVER may cancel
   * @throws Conflict {@code payout_not_failed}: only a FAILED payout can be cancelled
   * @throws Invalid {@code reason} / {@code reason_required}
   */
  public Payout cancel(UUID actorId, Role actorRole, String reason, Instant now) {
    if (actorRole != Role.OPERATOR && actorRole != Role.APPROVER) {
      throw new Forbidden(UserError.ROLE_FORBIDDEN, "Only an operator or approver can cancel a payout.");
    }
    if (!PayoutTransition.CANCEL.startsFrom(status)) {
      throw new Conflict(PayoutError.PAYOUT_NOT_FAILED, "Only a failed payout can be cancelled. It is " + status + ".");
    }
    return decided(PayoutTransition.CANCEL, actorId, DecisionReason.require(reason), now);
  }

  /**
   * FAILED → PENDING_APPROVAL: the transfer is to be tried again (say the bank was down), but
   * only after a new approval by someone other than its maker; it leaves its batch, and the
   * last decision and bank reference are cleared.
   *
   * @throws Forbidden {@code role_forbidden}: only an OPERATOR may send it back for approval
   * @throws Conflict {@code payout_not_failed}: only a FAILED payout can be tried again
   */
  public Payout retry(Role actorRole) {
    if (actorRole != Role.OPERATOR) {
      throw new Forbidden(UserError.ROLE_FORBIDDEN, "Only an operator can send a failed payout back for approval.");
    }
    if (!PayoutTransition.RETRY.startsFrom(status)) {
      throw new Conflict(PayoutError.PAYOUT_NOT_FAILED, "Only a failed payout can be tried again. It is " + status + ".");
    }
    return new Payout(id, claimId, entitlementId, heirId, account, amount, PayoutTransition.RETRY.to(), createdBy, createdAt,
        null, null, null, null, null, version + 1);
  }

  private void checkDecision(UUID approverId, Role approverRole) {
    FourEyes.checkDecider(createdBy, approverId, approverRole, PayoutError.SELF_APPROVAL_FORBIDDEN, "a payout");
    if (!PayoutTransition.APPROVE.startsFrom(status)) {
      throw new Conflict(PayoutError.PAYOUT_ALREADY_DECIDED, "The payout was already decided. It is " + status + ".");
    }
  }

  private Payout reconciled(PayoutTransition transition, String reference) {
    if (!transition.startsFrom(status) || batchId == null) {
      throw new Conflict(
          PayoutError.PAYOUT_NOT_BATCHED, "Only a payout in a disbursement batch can be reconciled. It is " + status + ".");
    }
    return new Payout(id, claimId, entitlementId, heirId, account, amount, transition.to(), createdBy, createdAt,
        decidedBy, decidedAt, decisionReason, batchId, reference, version + 1);
  }

  private Payout decided(PayoutTransition transition, UUID who, String reason, Instant now) {
    return new Payout(id, claimId, entitlementId, heirId, account, amount, transition.to(), createdBy, createdAt, who, now,
        reason, batchId, bankReference, version + 1);
  }
}
