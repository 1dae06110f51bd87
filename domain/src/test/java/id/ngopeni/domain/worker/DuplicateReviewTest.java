package id.ngopeni.domain.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.worker.DuplicateReview.Decision;
import id.ngopeni.domain.worker.DuplicateReview.Resolution;
import id.ngopeni.domain.worker.DuplicateReview.Status;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DuplicateReviewTest {
  private static final UUID ORIGINAL = UUID.fromString("01a23b3e-0000-7000-8000-000000000001");
  private static final UUID OTHER = UUID.fromString("01a23b3e-0000-7000-8000-000000000002");
  private static final List<UUID> CANDIDATES = List.of(ORIGINAL);

  private static List<String> failures(Runnable decision) {
    try {
      decision.run();
    } catch (Invalid e) {
      return e.errors().stream().map(f -> f.field() + ":" + f.code()).toList();
    }
    throw new AssertionError("no refusal");
  }

  @Test
  void theReasonForSavingAnywayIsOptionalStrippedAndAtMostFiveHundredCharacters() {
    Violations v = new Violations();
    assertThat(DuplicateReview.reason(null, "duplicateReason", v)).isNull();
    assertThat(DuplicateReview.reason("   ", "duplicateReason", v)).isNull();
    assertThat(DuplicateReview.reason("  Beda orang  ", "duplicateReason", v)).isEqualTo("Beda orang");
    assertThat(DuplicateReview.reason("x".repeat(500), "duplicateReason", v)).hasSize(500);
    assertThat(v.isEmpty()).isTrue();
    assertThat(DuplicateReview.reason("x".repeat(501), "duplicateReason", v)).isNull();
    assertThat(v.errors()).extracting(FieldError::field).containsExactly("duplicateReason");
  }

  @Test
  void onlyAnOpenReviewIsDecidedAndOnlyDistinctPeopleMayBeEnrolled() {
    Decision distinct = DuplicateReview.decide(Status.OPEN, Resolution.DISTINCT, " Dicek ", null, CANDIDATES);
    assertThat(distinct).isEqualTo(new Decision(Status.RESOLVED_DISTINCT, "Dicek", null));
    Decision duplicate = DuplicateReview.decide(Status.OPEN, Resolution.DUPLICATE, "Sama", ORIGINAL, CANDIDATES);
    assertThat(duplicate).isEqualTo(new Decision(Status.RESOLVED_DUPLICATE, "Sama", ORIGINAL));
    for (Status decided : List.of(Status.RESOLVED_DISTINCT, Status.RESOLVED_DUPLICATE)) {
      assertThatThrownBy(() -> DuplicateReview.decide(decided, Resolution.DISTINCT, "x", null, CANDIDATES))
          .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("code", "duplicate_review_resolved");
    }
    assertThat(Status.OPEN.allowsEnrolment()).isFalse();
    assertThat(Status.RESOLVED_DUPLICATE.allowsEnrolment()).isFalse();
    assertThat(Status.RESOLVED_DISTINCT.allowsEnrolment()).isTrue();
  }

  @Test
  void aDecisionNeedsANoteAndADuplicateNamesOneOfTheCandidates() {
    assertThat(failures(() -> DuplicateReview.decide(Status.OPEN, Resolution.DISTINCT, " ", null, CANDIDATES)))
        .containsExactly("note:required");
    assertThat(failures(() -> DuplicateReview.decide(Status.OPEN, Resolution.DISTINCT, "x".repeat(501), null, CANDIDATES)))
        .containsExactly("note:too_long");
    assertThat(failures(() -> DuplicateReview.decide(Status.OPEN, Resolution.DUPLICATE, "Sama", null, CANDIDATES)))
        .containsExactly("duplicateOf:required");
    assertThat(failures(() -> DuplicateReview.decide(Status.OPEN, Resolution.DUPLICATE, "Sama", OTHER, CANDIDATES)))
        .containsExactly("duplicateOf:duplicate_of_invalid");
    assertThat(failures(() -> DuplicateReview.decide(Status.OPEN, Resolution.DISTINCT, "Beda", ORIGINAL, CANDIDATES)))
        .containsExactly("duplicateOf:duplicate_of_invalid");
  }
}
