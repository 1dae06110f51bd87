package id.ngopeni.domain.claim;

import id.ngopeni.domain.claim.PaymentCheck.FollowUp;
import id.ngopeni.domain.problem.CaseError;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.Invalid;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * How a person closed a flagged case's follow-up: what came of it, why, and which flags it
 * closed. A later BPJS answer is checked afresh and may flag the case again.
 *
 * @param flags the flags open when it was closed
 */
public record FollowUpResolution(Outcome outcome, String reason, Set<FollowUp> flags, UUID resolvedBy,
    Instant resolvedAt) {

  /** What came of the follow-up. */
  public enum Outcome {
    /**
     * BPJS paid the difference after the office asked (a shortfall only). When BPJS's further
     * payment is recorded as an answer the check clears the flag by itself; this outcome is for a
     * difference paid outside the answers recorded here, e.g. by BPJS's correction transfer.
     */
    DIFFERENCE_PAID,
    /** The office accepts BPJS's payment as it is, for the reason given (e.g. BPJS's own reading). */
    ACCEPTED
  }

  public FollowUpResolution {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    flags = Set.copyOf(flags);
  }

  /**
   * Closes the open follow-up of a case.
   *
   * @param open the case's flags now
   * @param alreadyClosed whether these flags were already closed
   * @throws Conflict {@code follow_up_not_open} when nothing is open
   * @throws Invalid {@code reason} / {@code reason_required} or {@code reason_too_long}; {@code
   *     outcome} / {@code outcome_not_for_flags} for DIFFERENCE_PAID without a shortfall
   */
  public static FollowUpResolution close(Set<FollowUp> open, boolean alreadyClosed, Outcome outcome, String reason,
      UUID by, Instant now) {
    if (open.isEmpty() || alreadyClosed) {
      throw new Conflict(CaseError.FOLLOW_UP_NOT_OPEN);
    }
    String why = DecisionReason.require(reason);
    if (outcome == Outcome.DIFFERENCE_PAID && !open.contains(FollowUp.SHORTFALL)) {
      throw Invalid.of("outcome", CaseError.OUTCOME_NOT_FOR_FLAGS);
    }
    return new FollowUpResolution(outcome, why, EnumSet.copyOf(open), by, now);
  }
}
