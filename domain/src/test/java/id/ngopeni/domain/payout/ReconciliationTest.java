package id.ngopeni.domain.payout;

import static id.ngopeni.domain.payout.PayoutFixtures.NOW;
import static id.ngopeni.domain.payout.PayoutFixtures.payout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.payout.Reconciliation.Answer;
import id.ngopeni.domain.payout.Reconciliation.Outcome;
import id.ngopeni.domain.payout.Reconciliation.Row;
import id.ngopeni.domain.payout.Reconciliation.Sent;
import id.ngopeni.domain.problem.Forbidden;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.PayoutError;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReconciliationTest {
  static final UUID BATCH = UUID.randomUUID();
  static final UUID SENT = UUID.randomUUID();
  static final UUID ANSWERED = UUID.randomUUID();
  static final UUID ELSEWHERE = UUID.randomUUID();

  @Test
  void eachOutcomeMovesThePayoutByItsTransition() {
    Payout sent = payout(PayoutStatus.APPROVED, BATCH);
    Payout paid = Outcome.PAID.apply(sent, "BRI-1");
    assertThat(paid.status()).isEqualTo(Outcome.PAID.transition().to()).isEqualTo(PayoutStatus.PAID);
    assertThat(paid.bankReference()).isEqualTo("BRI-1");
    assertThat(paid.version()).isEqualTo(sent.version() + 1);
    assertThat(Outcome.FAILED.apply(sent, null).status()).isEqualTo(PayoutStatus.FAILED);
    assertThatThrownBy(() -> Outcome.PAID.apply(payout(PayoutStatus.APPROVED, null), "x"))
        .isInstanceOf(Conflict.class).extracting("code").isEqualTo("payout_not_batched");
  }

  @Test
  void outcomesAreReadInAnyCase() {
    assertThat(Outcome.parse("paid")).contains(Outcome.PAID);
    assertThat(Outcome.parse("Failed")).contains(Outcome.FAILED);
    assertThat(Outcome.parse("SENT")).isEmpty();
  }

  @Test
  void aPaidAnswerNeedsTheBanksReferenceOfAtMostAHundredCharacters() {
    Violations v = new Violations();
    Reconciliation.checkReference("r0", Outcome.PAID, "", v);
    Reconciliation.checkReference("r1", Outcome.FAILED, "", v);
    Reconciliation.checkReference("r2", Outcome.FAILED, "x".repeat(101), v);
    Reconciliation.checkReference("r3", null, "x".repeat(100), v);
    assertThat(v.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("r0", "bank_reference_required"),
        org.assertj.core.groups.Tuple.tuple("r2", "bank_reference_too_long"));
  }

  @Test
  void aReconciledBatchTakesNoMoreAnswers() {
    Reconciliation.requireOpen(BatchStatus.OPEN);
    assertThatThrownBy(() -> Reconciliation.requireOpen(BatchStatus.RECONCILED))
        .isInstanceOf(Conflict.class).extracting("code").isEqualTo("batch_already_reconciled");
  }

  static final Map<String, Sent> BATCH_SENT = Map.of(
      "NGP-SENT", new Sent(SENT, 1_000_000, false),
      "NGP-ANSWERED", new Sent(ANSWERED, 2_000_000, true));

  @Test
  void everyWrongRowIsReportedTogetherWithWhatReadingFound() {
    Violations read = new Violations().add("rows[5].status", PayoutError.STATUS_INVALID);
    List<Row> rows = List.of(
        new Row(0, null, "NGP-SENT", 1_000_000L, Outcome.PAID, "R"),
        new Row(1, null, "NGP-SENT", 1_000_000L, Outcome.PAID, "R"),
        new Row(2, null, "NGP-OTHER", 1_000_000L, Outcome.PAID, "R"),
        new Row(4, null, "NGP-ANSWERED", 2_000_000L, Outcome.FAILED, null),
        new Row(5, null, null, null, null, null));
    assertThatThrownBy(() -> Reconciliation.match(BATCH_SENT, rows, read))
        .isInstanceOfSatisfying(Invalid.class, e -> {
          assertThat(e.code()).isEqualTo("reconciliation_rejected");
          assertThat(e.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
              org.assertj.core.groups.Tuple.tuple("rows[5].status", "status_invalid"),
              org.assertj.core.groups.Tuple.tuple("rows[1].transfer_reference", "payout_duplicate"),
              org.assertj.core.groups.Tuple.tuple("rows[2].transfer_reference", "transfer_reference_unknown"),
              org.assertj.core.groups.Tuple.tuple("rows[4].transfer_reference", "payout_already_reconciled"));
        });
  }

  /** Issue 13.7: a row is matched by reference AND amount, never by an id alone. */
  @Test
  void aRowWithTheRightIdButAnotherAmountOrAnotherPayoutsReferenceIsRefused() {
    assertThatThrownBy(() -> Reconciliation.match(BATCH_SENT, List.of(
        new Row(0, SENT, "NGP-SENT", 1_000_001L, Outcome.PAID, "R")), new Violations()))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
            .extracting(FieldError::field, FieldError::code)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("rows[0].amount", "amount_mismatch")));
    assertThatThrownBy(() -> Reconciliation.match(BATCH_SENT, List.of(
        new Row(0, ELSEWHERE, "NGP-SENT", 1_000_000L, Outcome.PAID, "R")), new Violations()))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
            .extracting(FieldError::field, FieldError::code)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("rows[0].payout_id", "payout_reference_mismatch")));
  }

  @Test
  void rightRowsPassAndNameTheirPayout() {
    assertThat(Reconciliation.match(BATCH_SENT, List.of(new Row(0, null, "NGP-SENT", 1_000_000L, Outcome.PAID, "R")),
        new Violations())).containsExactly(new Answer(0, SENT, Outcome.PAID, "R"));
  }

  /** Issue 13.7: nobody records the bank's answer to transfers they made. */
  @Test
  void theBatchsCreatorAndThePayoutsMakersCannotReconcile() {
    UUID creator = UUID.randomUUID();
    UUID maker = UUID.randomUUID();
    assertThatThrownBy(() -> Reconciliation.checkReconciler(creator, creator, Set.of(maker)))
        .isInstanceOf(Forbidden.class).extracting("code").isEqualTo("reconciler_is_maker");
    assertThatThrownBy(() -> Reconciliation.checkReconciler(maker, creator, Set.of(maker)))
        .isInstanceOf(Forbidden.class).extracting("code").isEqualTo("reconciler_is_maker");
    Reconciliation.checkReconciler(UUID.randomUUID(), creator, Set.of(maker));
  }
}
