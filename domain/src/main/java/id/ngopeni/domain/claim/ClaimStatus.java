package id.ngopeni.domain.claim;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a claim stands. SUBMITTED → VERIFIED → PAID, and SUBMITTED or VERIFIED → REJECTED.
 * There is no PARTIALLY_PAID: partial payment is visible from the claim's payouts, and the
 * claim becomes PAID when the office closes it (see {@link Claim#markPaid()}).
 */
public enum ClaimStatus {
  SUBMITTED,
  VERIFIED,
  REJECTED,
  PAID;

  private static final Map<ClaimStatus, Set<ClaimStatus>> NEXT =
      Map.of(
          SUBMITTED, EnumSet.of(VERIFIED, REJECTED),
          VERIFIED, EnumSet.of(REJECTED, PAID),
          REJECTED, EnumSet.noneOf(ClaimStatus.class),
          PAID, EnumSet.noneOf(ClaimStatus.class));

  public static boolean canTransition(ClaimStatus from, ClaimStatus to) {
    return NEXT.get(from).contains(to);
  }

  /**
   * The statuses a claim may move to {@code to} from, for a conditional update ({@code WHERE
   * status IN (…)}).
   */
  public static Set<ClaimStatus> sourcesOf(ClaimStatus to) {
    Set<ClaimStatus> sources = EnumSet.noneOf(ClaimStatus.class);
    for (ClaimStatus from : values()) {
      if (canTransition(from, to)) {
        sources.add(from);
      }
    }
    return sources;
  }

  public boolean isFinal() {
    return NEXT.get(this).isEmpty();
  }
}
