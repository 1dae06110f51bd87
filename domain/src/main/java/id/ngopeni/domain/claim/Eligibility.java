package id.ngopeni.domain.claim;

import java.util.List;

/** Whether a claim may be paid; an ineligible claim carries every reason, not just the first. */
public record Eligibility(boolean eligible, List<Reason> reasons) {
  public Eligibility {
    reasons = List.copyOf(reasons);
    if (eligible != reasons.isEmpty()) {
      throw new IllegalArgumentException("eligible exactly when there is no reason against it");
    }
  }

  static Eligibility of(List<Reason> reasons) {
    return new Eligibility(reasons.isEmpty(), reasons);
  }

  public boolean hasReason(String code) {
    return reasons.stream().anyMatch(r -> r.code().equals(code));
  }
}
