package id.ngopeni.domain.claim;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The stage of a case the city assists. BPJS Ketenagakerjaan pays JKK and JKM itself; the city
 * prepares the file, hands it over and checks BPJS's answer:
 *
 * <pre>
 * SUBMITTED (being prepared) ─verify─► VERIFIED (file complete) ─hand over─► HANDED_OVER
 * HANDED_OVER ─BPJS answers─► BPJS_PAID | BPJS_PARTLY_PAID | BPJS_REFUSED
 * BPJS_PARTLY_PAID ─BPJS pays more─► BPJS_PAID | BPJS_PARTLY_PAID
 * SUBMITTED or VERIFIED ─office closes it─► REJECTED
 * </pre>
 *
 * {@link #PAID} is history: a claim the city itself paid out before cases went to BPJS (issue
 * 14). No transition leads there any more; those claims stay readable.
 */
public enum ClaimStatus {
  SUBMITTED,
  VERIFIED,
  REJECTED,
  /** Paid out by the city (before issue 14); history only. */
  PAID,
  HANDED_OVER,
  BPJS_PAID,
  BPJS_PARTLY_PAID,
  BPJS_REFUSED;

  private static final Map<ClaimStatus, Set<ClaimStatus>> NEXT =
      Map.of(
          SUBMITTED, EnumSet.of(VERIFIED, REJECTED),
          VERIFIED, EnumSet.of(REJECTED, HANDED_OVER),
          REJECTED, EnumSet.noneOf(ClaimStatus.class),
          PAID, EnumSet.noneOf(ClaimStatus.class),
          HANDED_OVER, EnumSet.of(BPJS_PAID, BPJS_PARTLY_PAID, BPJS_REFUSED),
          BPJS_PAID, EnumSet.noneOf(ClaimStatus.class),
          BPJS_PARTLY_PAID, EnumSet.of(BPJS_PAID, BPJS_PARTLY_PAID),
          BPJS_REFUSED, EnumSet.noneOf(ClaimStatus.class));

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

  /**
   * Closed to new documents: rejected by the office, or history. A case BPJS answered still
   * takes its answer letter and proof of payment.
   */
  public boolean isClosed() {
    return this == REJECTED || this == PAID;
  }

  /** Whether BPJS has the file: handed over and not yet fully answered, or answered. */
  public boolean isWithBpjs() {
    return this == HANDED_OVER || this == BPJS_PAID || this == BPJS_PARTLY_PAID || this == BPJS_REFUSED;
  }
}
