package id.ngopeni.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.claim.FollowUpResolution.Outcome;
import id.ngopeni.domain.claim.PaymentCheck.FollowUp;
import id.ngopeni.domain.problem.CaseError;
import id.ngopeni.domain.problem.ClaimError;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.Invalid;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Closing a flagged case's follow-up: only an open one, always with a reason. */
class FollowUpResolutionTest {
  static final UUID BY = UUID.randomUUID();
  static final Instant NOW = Instant.parse("2026-08-14T02:00:00Z");

  @Test
  void anOpenShortfallClosesWithTheDifferencePaidAndKeepsWhichFlagsItClosed() {
    FollowUpResolution r = FollowUpResolution.close(Set.of(FollowUp.SHORTFALL, FollowUp.PAYEE_NOT_FIRST_HEIR), false,
        Outcome.DIFFERENCE_PAID, "  BPJS mentransfer selisih Rp10.000.000 pada 12 Agustus.  ", BY, NOW);
    assertThat(r.reason()).isEqualTo("BPJS mentransfer selisih Rp10.000.000 pada 12 Agustus.");
    assertThat(r.flags()).containsExactlyInAnyOrder(FollowUp.SHORTFALL, FollowUp.PAYEE_NOT_FIRST_HEIR);
    assertThat(r.resolvedBy()).isEqualTo(BY);
  }

  @Test
  void nothingOpenOrAlreadyClosedIsAConflict() {
    assertThatThrownBy(() -> FollowUpResolution.close(Set.of(), false, Outcome.ACCEPTED, "x", BY, NOW))
        .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.errorCode()).isEqualTo(CaseError.FOLLOW_UP_NOT_OPEN));
    assertThatThrownBy(() -> FollowUpResolution.close(Set.of(FollowUp.SHORTFALL), true, Outcome.ACCEPTED, "x", BY, NOW))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void aReasonIsRequiredAndTheDifferencePaidClosesOnlyAShortfall() {
    assertThatThrownBy(() -> FollowUpResolution.close(Set.of(FollowUp.SHORTFALL), false, Outcome.ACCEPTED, " ", BY, NOW))
        .isInstanceOfSatisfying(Invalid.class, i -> assertThat(i.errors().get(0).errorCode())
            .isEqualTo(ClaimError.REASON_REQUIRED));
    assertThatThrownBy(() -> FollowUpResolution.close(Set.of(FollowUp.PAYEE_NOT_FIRST_HEIR), false,
        Outcome.DIFFERENCE_PAID, "dibayar", BY, NOW))
        .isInstanceOfSatisfying(Invalid.class, i -> assertThat(i.errors().get(0).field()).isEqualTo("outcome"));
  }
}
