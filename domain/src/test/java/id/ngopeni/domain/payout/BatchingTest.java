package id.ngopeni.domain.payout;

import static id.ngopeni.domain.payout.PayoutFixtures.payout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BatchingTest {
  static final UUID BATCH = UUID.randomUUID();
  static final UUID A = UUID.randomUUID();
  static final UUID B = UUID.randomUUID();

  @Test
  void anApprovedPayoutIsBatchableUntilItIsAtTheBankAndAFailedOneNever() {
    assertThat(Batching.batchable(PayoutStatus.APPROVED, null)).isTrue();
    assertThat(Batching.batchable(PayoutStatus.APPROVED, BATCH)).isFalse();
    // Issue 13.7: a failed transfer goes back through approval (RETRY), never straight into a batch.
    assertThat(Batching.batchable(PayoutStatus.FAILED, BATCH)).isFalse();
    assertThat(Batching.batchable(PayoutStatus.FAILED, null)).isFalse();
  }

  @Test
  void transferReferencesAreRandomAndFitABanksField() {
    String a = Batching.newTransferReference();
    assertThat(a).matches("NGP-[0-9A-HJKMNP-TV-Z]{16}").hasSize(20);
    assertThat(Batching.newTransferReference()).isNotEqualTo(a);
  }

  @ParameterizedTest
  @EnumSource(PayoutStatus.class)
  void batchableIsExactlyWhatAddToBatchAccepts(PayoutStatus status) {
    for (UUID batchId : Arrays.asList(null, BATCH)) {
      Payout p = payout(status, batchId);
      boolean accepted;
      try {
        p.addToBatch(UUID.randomUUID());
        accepted = true;
      } catch (Conflict e) {
        accepted = false;
      }
      assertThat(Batching.batchable(status, batchId)).as(status + " in " + batchId).isEqualTo(accepted);
    }
  }

  @Test
  void onlyApprovedPayoutsAreBatched() {
    assertThat(Batching.unnamedSources()).containsExactly(PayoutStatus.APPROVED);
    assertThat(PayoutTransition.ADD_TO_BATCH.from()).containsExactly(PayoutStatus.APPROVED);
    assertThat(Batching.awaitingBank()).containsExactly(PayoutStatus.APPROVED);
  }

  @Test
  void theRequestedPayoutsAreEachOnceInTheOrderNamed() {
    assertThat(Batching.requested(null)).isNull();
    assertThat(Batching.requested(List.of(B, A, B))).containsExactly(B, A);
    assertThatThrownBy(() -> Batching.requested(List.of()))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("payoutIds", "payout_ids_empty")));
  }

  @Test
  void everyNamedPayoutLeftOutIsReportedAtItsIndex() {
    assertThatThrownBy(() -> Batching.check(List.of(A, B, A), Set.of(A)))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("payoutIds[1]", "payout_not_batchable")));
    Batching.check(List.of(A, B), Set.of(A, B));
  }

  @Test
  void aBatchOfNothingIsAConflict() {
    assertThatThrownBy(() -> Batching.check(null, Set.of()))
        .isInstanceOf(Conflict.class).extracting("code").isEqualTo("nothing_to_batch");
    Batching.check(null, Set.of(A));
  }
}
