package id.ngopeni.api.claim;

import id.ngopeni.domain.calendar.ClockReading;
import id.ngopeni.domain.claim.PaymentCheck;
import id.ngopeni.persistence.claim.StoredAnswer;
import id.ngopeni.persistence.claim.StoredClaim;
import java.util.List;
import java.util.UUID;

/** One case as its page shows it: the claim, BPJS's answers, the clocks and expected vs paid. */
public record CaseView(StoredClaim claim, List<StoredAnswer> answers, List<ClockReading> clocks, PaymentCheck check) {
  public CaseView {
    answers = List.copyOf(answers);
    clocks = List.copyOf(clocks);
  }

  public UUID id() {
    return claim.id();
  }
}
