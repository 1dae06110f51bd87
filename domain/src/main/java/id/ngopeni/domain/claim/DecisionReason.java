package id.ngopeni.domain.claim;

import id.ngopeni.domain.problem.ClaimError;
import id.ngopeni.domain.problem.Invalid;

/**
 * The free-text reason a person gives for rejecting a claim or a payout: required, because the
 * worker's family and the auditor must be able to read why money did not go out.
 */
public final class DecisionReason {
  public static final int MAX_LENGTH = 1000;

  private DecisionReason() {}

  /**
   * The reason without surrounding blanks.
   *
   * @throws Invalid {@code reason} / {@code reason_required} or {@code reason_too_long}
   */
  public static String require(String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw Invalid.of("reason", ClaimError.REASON_REQUIRED);
    }
    if (why.length() > MAX_LENGTH) {
      throw Invalid.of("reason", ClaimError.REASON_TOO_LONG, "At most " + MAX_LENGTH + " characters.");
    }
    return why;
  }
}
