package id.ngopeni.domain.decree;

import id.ngopeni.domain.claim.DecisionReason;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.DecreeError;
import id.ngopeni.domain.problem.Forbidden;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.user.FourEyes;
import id.ngopeni.domain.user.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A proposed addition to or removal from a decree's cohort, under four eyes: whoever proposed it
 * can never decide it (whatever their role), and only an APPROVER decides. Persistence writes a
 * decision with {@code WHERE status = 'PENDING' AND version = old}, so of concurrent decisions
 * exactly one wins.
 *
 * @param note the maker's free text (the letter, the death certificate's number), may be null
 * @param decisionNote why a checker rejected it; null otherwise
 */
public record DecreeChange(UUID id, UUID decreeId, UUID workerId, ChangeKind kind, ChangeReason reason, String note,
    ChangeStatus status, UUID createdBy, Instant createdAt, UUID decidedBy, Instant decidedAt, String decisionNote,
    long version) {

  public DecreeChange {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(decreeId, "decreeId");
    Objects.requireNonNull(workerId, "workerId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdBy, "createdBy");
    if (reason.kind() != kind) {
      throw new IllegalArgumentException(reason + " is not a reason for " + kind);
    }
  }

  /** A new proposal, waiting for a checker. */
  public static DecreeChange propose(UUID id, UUID decreeId, UUID workerId, ChangeReason reason, String note,
      UUID maker, Instant now) {
    return new DecreeChange(id, decreeId, workerId, reason.kind(), reason, note, ChangeStatus.PENDING, maker, now,
        null, null, null, 1);
  }

  /** PENDING → APPROVED. @throws Forbidden self-approval or not an APPROVER; @throws Conflict already decided */
  public DecreeChange approve(UUID approverId, Role approverRole, Instant now) {
    checkDecision(approverId, approverRole);
    return decided(ChangeStatus.APPROVED, approverId, null, now);
  }

  /**
   * PENDING → REJECTED, under the same guards, then the reason's.
   *
   * @throws Invalid {@code reason} / {@code reason_required} or {@code reason_too_long}
   */
  public DecreeChange reject(UUID approverId, Role approverRole, String why, Instant now) {
    checkDecision(approverId, approverRole);
    return decided(ChangeStatus.REJECTED, approverId, DecisionReason.require(why), now);
  }

  private void checkDecision(UUID approverId, Role approverRole) {
    FourEyes.checkDecider(createdBy, approverId, approverRole, DecreeError.DECREE_SELF_APPROVAL_FORBIDDEN, "a decree change");
    if (status != ChangeStatus.PENDING) {
      throw new Conflict(DecreeError.DECREE_CHANGE_ALREADY_DECIDED, "The change was already decided. It is " + status + ".");
    }
  }

  private DecreeChange decided(ChangeStatus to, UUID who, String why, Instant now) {
    return new DecreeChange(id, decreeId, workerId, kind, reason, note, to, createdBy, createdAt, who, now, why,
        version + 1);
  }
}
