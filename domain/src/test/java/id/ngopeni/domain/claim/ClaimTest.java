package id.ngopeni.domain.claim;

import static id.ngopeni.domain.claim.DocumentKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.ClaimError;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClaimTest {
  static final Instant NOW = Instant.parse("2025-06-01T03:00:00Z");
  static final Eligibility ELIGIBLE = new Eligibility(true, List.of());
  static final Set<DocumentKind> REQUIRED = EnumSet.of(KTP_MEMBER, DEATH_CERTIFICATE, BANK_BOOK);

  static Claim submitted() {
    return Claim.submit(UUID.randomUUID(), UUID.randomUUID(), ClaimType.JKM_DEATH, LocalDate.of(2025, 5, 1));
  }

  static Claim in(ClaimStatus status) {
    Claim c = submitted();
    return new Claim(c.id(), c.workerId(), c.type(), c.incidentDate(), status, null, null, 3);
  }

  @Test
  void verifiesAnEligibleClaimWithEveryDocument() {
    Claim verified = submitted().verify(ELIGIBLE, REQUIRED, EnumSet.allOf(DocumentKind.class), NOW);

    assertThat(verified.status()).isEqualTo(ClaimStatus.VERIFIED);
    assertThat(verified.version()).isEqualTo(1);
    assertThat(verified.decidedAt()).isEqualTo(NOW);
  }

  @Test
  void listsEachMissingDocument() {
    assertThatThrownBy(() -> submitted().verify(ELIGIBLE, REQUIRED, EnumSet.of(KTP_MEMBER), NOW))
        .isInstanceOfSatisfying(
            Invalid.class,
            e -> {
              assertThat(e.code()).isEqualTo("documents_missing");
              assertThat(e.errors())
                  .extracting(FieldError::field, FieldError::code)
                  .containsExactly(
                      tuple("documents.DEATH_CERTIFICATE", "document_missing"),
                      tuple("documents.BANK_BOOK", "document_missing"));
            });
  }

  @Test
  void refusesAnIneligibleClaimWithItsReasonsAndMissingDocuments() {
    Eligibility no = new Eligibility(false, List.of(new Reason(ClaimError.NO_ACTIVE_MEMBERSHIP, "none")));

    assertThatThrownBy(() -> submitted().verify(no, REQUIRED, EnumSet.of(KTP_MEMBER, DEATH_CERTIFICATE), NOW))
        .isInstanceOfSatisfying(
            Invalid.class,
            e -> {
              assertThat(e.code()).isEqualTo("claim_not_eligible");
              assertThat(e.errors())
                  .extracting(FieldError::code)
                  .containsExactly("no_active_membership", "document_missing");
            });
  }

  @ParameterizedTest
  @EnumSource(value = ClaimStatus.class, names = "SUBMITTED", mode = EnumSource.Mode.EXCLUDE)
  void onlyASubmittedClaimCanBeVerified(ClaimStatus status) {
    assertThatThrownBy(() -> in(status).verify(ELIGIBLE, REQUIRED, REQUIRED, NOW))
        .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("claim_not_submitted"));
  }

  @ParameterizedTest
  @EnumSource(value = ClaimStatus.class, names = {"SUBMITTED", "VERIFIED"})
  void rejectsASubmittedOrVerifiedClaimWithItsReason(ClaimStatus status) {
    Claim rejected = in(status).reject("  Bukan pekerja rentan  ", NOW);

    assertThat(rejected.status()).isEqualTo(ClaimStatus.REJECTED);
    assertThat(rejected.rejectionReason()).isEqualTo("Bukan pekerja rentan");
    assertThat(rejected.version()).isEqualTo(4);
  }

  @ParameterizedTest
  @EnumSource(value = ClaimStatus.class, names = {"SUBMITTED", "VERIFIED"}, mode = EnumSource.Mode.EXCLUDE)
  void aDecidedClaimOrOneWithBpjsCannotBeRejected(ClaimStatus status) {
    assertThatThrownBy(() -> in(status).reject("late", NOW))
        .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("claim_already_decided"));
  }

  @Test
  void rejectingNeedsAReason() {
    for (String blank : new String[] {null, "", "   "}) {
      assertThatThrownBy(() -> submitted().reject(blank, NOW))
          .isInstanceOfSatisfying(
              Invalid.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("reason_required"));
    }
    assertThatThrownBy(() -> submitted().reject("x".repeat(1001), NOW))
        .isInstanceOfSatisfying(
            Invalid.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("reason_too_long"));
  }

  @Test
  void aCompleteFileIsHandedOverToBpjsAndBpjsAnswers() {
    Claim handedOver = in(ClaimStatus.VERIFIED).handOver(NOW);
    assertThat(handedOver.status()).isEqualTo(ClaimStatus.HANDED_OVER);
    assertThat(handedOver.answer(BpjsOutcome.PAID, NOW).status()).isEqualTo(ClaimStatus.BPJS_PAID);
    assertThat(handedOver.answer(BpjsOutcome.REFUSED, NOW).status()).isEqualTo(ClaimStatus.BPJS_REFUSED);
    Claim partly = handedOver.answer(BpjsOutcome.PARTLY_PAID, NOW);
    assertThat(partly.status()).isEqualTo(ClaimStatus.BPJS_PARTLY_PAID);
    assertThat(partly.answer(BpjsOutcome.PAID, NOW).status()).isEqualTo(ClaimStatus.BPJS_PAID);
    assertThat(partly.answer(BpjsOutcome.PARTLY_PAID, NOW).version()).isEqualTo(partly.version() + 1);
  }

  @ParameterizedTest
  @EnumSource(value = ClaimStatus.class, names = "VERIFIED", mode = EnumSource.Mode.EXCLUDE)
  void onlyACompleteFileIsHandedOver(ClaimStatus status) {
    assertThatThrownBy(() -> in(status).handOver(NOW))
        .isInstanceOfSatisfying(Conflict.class, e -> {
          assertThat(e.code()).isEqualTo("claim_not_complete");
          assertThat(e.properties()).containsEntry("field", "status");
        });
  }

  @ParameterizedTest
  @EnumSource(value = ClaimStatus.class, names = {"HANDED_OVER", "BPJS_PARTLY_PAID"}, mode = EnumSource.Mode.EXCLUDE)
  void bpjsAnswersOnlyAHandedOverCase(ClaimStatus status) {
    assertThatThrownBy(() -> in(status).answer(BpjsOutcome.PAID, NOW))
        .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("claim_not_handed_over"));
  }

  @Test
  void aRefusalOrFullPaymentIsFinalAndAPartPaymentIsNotRefusedLater() {
    assertThatThrownBy(() -> in(ClaimStatus.BPJS_PARTLY_PAID).answer(BpjsOutcome.REFUSED, NOW))
        .isInstanceOf(Conflict.class);
    assertThat(ClaimStatus.BPJS_PAID.isFinal()).isTrue();
    assertThat(ClaimStatus.BPJS_REFUSED.isFinal()).isTrue();
  }

  @Test
  void transitionTableAndConditionalUpdateSources() {
    Set<List<ClaimStatus>> allowed = Set.of(
        List.of(ClaimStatus.SUBMITTED, ClaimStatus.VERIFIED),
        List.of(ClaimStatus.SUBMITTED, ClaimStatus.REJECTED),
        List.of(ClaimStatus.VERIFIED, ClaimStatus.REJECTED),
        List.of(ClaimStatus.VERIFIED, ClaimStatus.HANDED_OVER),
        List.of(ClaimStatus.HANDED_OVER, ClaimStatus.BPJS_PAID),
        List.of(ClaimStatus.HANDED_OVER, ClaimStatus.BPJS_PARTLY_PAID),
        List.of(ClaimStatus.HANDED_OVER, ClaimStatus.BPJS_REFUSED),
        List.of(ClaimStatus.BPJS_PARTLY_PAID, ClaimStatus.BPJS_PAID),
        List.of(ClaimStatus.BPJS_PARTLY_PAID, ClaimStatus.BPJS_PARTLY_PAID));
    for (ClaimStatus from : ClaimStatus.values()) {
      for (ClaimStatus to : ClaimStatus.values()) {
        assertThat(ClaimStatus.canTransition(from, to))
            .as(from + " → " + to)
            .isEqualTo(allowed.contains(List.of(from, to)));
      }
    }
    assertThat(ClaimStatus.sourcesOf(ClaimStatus.REJECTED)).containsExactlyInAnyOrder(ClaimStatus.SUBMITTED, ClaimStatus.VERIFIED);
    assertThat(ClaimStatus.sourcesOf(ClaimStatus.SUBMITTED)).isEmpty();
    assertThat(ClaimStatus.sourcesOf(ClaimStatus.PAID)).as("history only: nothing leads there").isEmpty();
    assertThat(ClaimStatus.sourcesOf(ClaimStatus.BPJS_PAID))
        .containsExactlyInAnyOrder(ClaimStatus.HANDED_OVER, ClaimStatus.BPJS_PARTLY_PAID);
    assertThat(ClaimStatus.REJECTED.isFinal()).isTrue();
    assertThat(ClaimStatus.PAID.isFinal()).isTrue();
    assertThat(ClaimStatus.VERIFIED.isFinal()).isFalse();
  }
}
