package id.ngopeni.domain.payout;

import static id.ngopeni.domain.payout.PayoutFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.DomainProblem;
import id.ngopeni.domain.problem.Forbidden;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.user.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PayoutTest {
  static final UUID BATCH = UUID.randomUUID();

  static void refused(Runnable action, Class<? extends DomainProblem> type, String code) {
    assertThatThrownBy(action::run).isInstanceOf(type).extracting("code").isEqualTo(code);
  }

  @Test
  void anotherApproverApproves() {
    Payout approved = pending().approve(CHECKER, Role.APPROVER, NOW);

    assertThat(approved.status()).isEqualTo(PayoutStatus.APPROVED);
    assertThat(approved.decidedBy()).isEqualTo(CHECKER);
    assertThat(approved.decidedAt()).isEqualTo(NOW);
    assertThat(approved.version()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void theCreatorCanNeverApproveWhateverTheirRole(Role role) {
    refused(() -> pending().approve(MAKER, role, NOW), Forbidden.class, "self_approval_forbidden");
    refused(() -> pending().reject(MAKER, role, "no", NOW), Forbidden.class, "self_approval_forbidden");
  }

  @ParameterizedTest
  @EnumSource(PayoutStatus.class)
  void theCreatorHearsSelfApprovalForbiddenInEveryState(PayoutStatus status) {
    refused(() -> payout(status, null).approve(MAKER, Role.APPROVER, NOW), Forbidden.class, "self_approval_forbidden");
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = "APPROVER", mode = EnumSource.Mode.EXCLUDE)
  void onlyAnApproverMayDecide(Role role) {
    refused(() -> pending().approve(CHECKER, role, NOW), Forbidden.class, "role_forbidden");
    refused(() -> pending().reject(CHECKER, role, "no", NOW), Forbidden.class, "role_forbidden");
  }

  @ParameterizedTest
  @EnumSource(value = PayoutStatus.class, names = "PENDING_APPROVAL", mode = EnumSource.Mode.EXCLUDE)
  void aDecidedPayoutCannotBeDecidedAgain(PayoutStatus status) {
    refused(() -> payout(status, null).approve(CHECKER, Role.APPROVER, NOW), Conflict.class, "payout_already_decided");
    refused(() -> payout(status, null).reject(CHECKER, Role.APPROVER, "no", NOW), Conflict.class, "payout_already_decided");
  }

  @Test
  void rejectingKeepsTheReason() {
    Payout rejected = pending().reject(CHECKER, Role.APPROVER, " Rekening atas nama orang lain ", NOW);

    assertThat(rejected.status()).isEqualTo(PayoutStatus.REJECTED);
    assertThat(rejected.decisionReason()).isEqualTo("Rekening atas nama orang lain");
    assertThat(rejected.decidedBy()).isEqualTo(CHECKER);
  }

  @Test
  void rejectingNeedsAReason() {
    refused(() -> pending().reject(CHECKER, Role.APPROVER, "  ", NOW), Invalid.class, "validation_failed");
    assertThatThrownBy(() -> pending().reject(CHECKER, Role.APPROVER, null, NOW))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("reason_required"));
  }

  @Test
  void batchedThenPaid() {
    Payout batched = pending().approve(CHECKER, Role.APPROVER, NOW).addToBatch(BATCH);
    assertThat(batched.status()).isEqualTo(PayoutStatus.APPROVED);
    assertThat(batched.batchId()).isEqualTo(BATCH);

    Payout paid = batched.markPaid("BIF123");
    assertThat(paid.status()).isEqualTo(PayoutStatus.PAID);
    assertThat(paid.bankReference()).isEqualTo("BIF123");
    assertThat(paid.decidedBy()).isEqualTo(CHECKER);
  }

  @Test
  void aFailedPayoutCanBeBatchedAgainAfterANewApproval() {
    UUID second = UUID.randomUUID();
    Payout failed = payout(PayoutStatus.APPROVED, BATCH).markFailed("REJ-ACCOUNT-CLOSED");
    assertThat(failed.status()).isEqualTo(PayoutStatus.FAILED);

    Payout retried = failed.retry(Role.OPERATOR).approve(CHECKER, Role.APPROVER, NOW).addToBatch(second);
    assertThat(retried.status()).isEqualTo(PayoutStatus.APPROVED);
    assertThat(retried.batchId()).isEqualTo(second);
    assertThat(retried.bankReference()).isNull();
    assertThat(retried.markPaid("OK").status()).isEqualTo(PayoutStatus.PAID);
  }

  @Test
  void anApprovedPayoutIsInOneBatchAtATime() {
    refused(() -> payout(PayoutStatus.APPROVED, BATCH).addToBatch(UUID.randomUUID()), Conflict.class, "payout_not_batchable");
  }

  @ParameterizedTest
  @EnumSource(value = PayoutStatus.class, names = {"PENDING_APPROVAL", "REJECTED", "PAID", "CANCELLED"})
  void onlyApprovedOrFailedPayoutsCanBeBatched(PayoutStatus status) {
    refused(() -> payout(status, null).addToBatch(BATCH), Conflict.class, "payout_not_batchable");
  }

  @ParameterizedTest
  @EnumSource(PayoutStatus.class)
  void onlyABatchedApprovedPayoutCanBeReconciled(PayoutStatus status) {
    refused(() -> payout(status, null).markPaid("x"), Conflict.class, "payout_not_batched");
    refused(() -> payout(status, null).markFailed("x"), Conflict.class, "payout_not_batched");
    if (status != PayoutStatus.APPROVED) {
      refused(() -> payout(status, BATCH).markPaid("x"), Conflict.class, "payout_not_batched");
      refused(() -> payout(status, BATCH).markFailed("x"), Conflict.class, "payout_not_batched");
    }
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"OPERATOR", "APPROVER"})
  void aFailedPayoutCanBeCancelledWhichReleasesItsAmount(Role role) {
    Payout cancelled = payout(PayoutStatus.FAILED, BATCH).cancel(MAKER, role, "Rekening ditutup", NOW);

    assertThat(cancelled.status()).isEqualTo(PayoutStatus.CANCELLED);
    assertThat(cancelled.status().holdsEntitlement()).isFalse();
    assertThat(cancelled.decisionReason()).isEqualTo("Rekening ditutup");
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"ADMIN", "AUDITOR", "FIELD_OFFICER"})
  void onlyAnOperatorOrApproverCancels(Role role) {
    refused(() -> payout(PayoutStatus.FAILED, BATCH).cancel(CHECKER, role, "x", NOW), Forbidden.class, "role_forbidden");
  }

  @ParameterizedTest
  @EnumSource(value = PayoutStatus.class, names = "FAILED", mode = EnumSource.Mode.EXCLUDE)
  void onlyAFailedPayoutCanBeCancelled(PayoutStatus status) {
    refused(() -> payout(status, BATCH).cancel(CHECKER, Role.APPROVER, "x", NOW), Conflict.class, "payout_not_failed");
  }

  /** Issue 13.7: a failed transfer reaches the bank again only after someone other than its maker approves it anew. */
  @Test
  void aFailedPayoutTriedAgainNeedsANewApprovalByAnotherUser() {
    Payout failed = payout(PayoutStatus.FAILED, BATCH);
    refused(() -> failed.addToBatch(UUID.randomUUID()), Conflict.class, "payout_not_batchable");
    Payout again = failed.retry(Role.OPERATOR);
    assertThat(again.status()).isEqualTo(PayoutStatus.PENDING_APPROVAL);
    assertThat(again.batchId()).isNull();
    assertThat(again.decidedBy()).isNull();
    assertThat(again.status().holdsEntitlement()).isTrue();
    refused(() -> again.addToBatch(UUID.randomUUID()), Conflict.class, "payout_not_batchable");
    refused(() -> again.approve(MAKER, Role.APPROVER, NOW), Forbidden.class, "self_approval_forbidden");
    assertThat(again.approve(CHECKER, Role.APPROVER, NOW).addToBatch(UUID.randomUUID()).status())
        .isEqualTo(PayoutStatus.APPROVED);
    refused(() -> failed.retry(Role.APPROVER), Forbidden.class, "role_forbidden");
    refused(() -> payout(PayoutStatus.PAID, BATCH).retry(Role.OPERATOR), Conflict.class, "payout_not_failed");
  }

  @Test
  void transitionTableAndConditionalUpdateSources() {
    Set<List<PayoutStatus>> allowed = Set.of(
        List.of(PayoutStatus.PENDING_APPROVAL, PayoutStatus.APPROVED),
        List.of(PayoutStatus.PENDING_APPROVAL, PayoutStatus.REJECTED),
        List.of(PayoutStatus.APPROVED, PayoutStatus.APPROVED), // into a batch
        List.of(PayoutStatus.APPROVED, PayoutStatus.PAID),
        List.of(PayoutStatus.APPROVED, PayoutStatus.FAILED),
        List.of(PayoutStatus.FAILED, PayoutStatus.PENDING_APPROVAL), // tried again, through a new approval
        List.of(PayoutStatus.FAILED, PayoutStatus.CANCELLED));
    for (PayoutStatus from : PayoutStatus.values()) {
      for (PayoutStatus to : PayoutStatus.values()) {
        assertThat(PayoutStatus.canTransition(from, to)).as(from + " → " + to).isEqualTo(allowed.contains(List.of(from, to)));
      }
    }
    assertThat(PayoutTransition.APPROVE.from()).containsExactly(PayoutStatus.PENDING_APPROVAL);
    assertThat(PayoutTransition.REJECT.from()).containsExactly(PayoutStatus.PENDING_APPROVAL);
    assertThat(PayoutTransition.ADD_TO_BATCH.from()).containsExactly(PayoutStatus.APPROVED);
    assertThat(PayoutTransition.RETRY.from()).containsExactly(PayoutStatus.FAILED);
    assertThat(PayoutTransition.CANCEL.from()).containsExactly(PayoutStatus.FAILED);
    assertThat(PayoutStatus.values()).filteredOn(PayoutStatus::isFinal)
        .containsExactlyInAnyOrder(PayoutStatus.REJECTED, PayoutStatus.PAID, PayoutStatus.CANCELLED);
    assertThat(PayoutStatus.values()).filteredOn(s -> !s.holdsEntitlement())
        .containsExactlyInAnyOrder(PayoutStatus.REJECTED, PayoutStatus.CANCELLED);
  }
}
