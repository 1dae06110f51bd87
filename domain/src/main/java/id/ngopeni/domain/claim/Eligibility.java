package id.ngopeni.domain.claim;

import java.util.List;
import java.util.Optional;

/**
 * Whether a claim may be paid; an ineligible claim carries every reason, not just the first.
 *
 * @param arrears when the incident fell in a month not (yet) paid: the months and amount that
 *     would make it covered, or {@code null}
 */
public record Eligibility(boolean eligible, List<Reason> reasons, Arrears arrears) {
  public Eligibility {
    reasons = List.copyOf(reasons);
    if (eligible != reasons.isEmpty()) {
      throw new IllegalArgumentException("eligible exactly when there is no reason against it");
    }
  }

  public Eligibility(boolean eligible, List<Reason> reasons) {
    this(eligible, reasons, null);
  }

  static Eligibility of(List<Reason> reasons, Arrears arrears) {
    return new Eligibility(reasons.isEmpty(), reasons, arrears);
  }

  public boolean hasReason(String code) {
    return reasons.stream().anyMatch(r -> r.code().equals(code));
  }

  /** The arrears that, once paid, make the incident covered (absent when none or too late). */
  public Optional<Arrears> coveredOncePaid() {
    return Optional.ofNullable(arrears).filter(Arrears::payable);
  }
}
