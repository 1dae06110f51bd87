package id.ngopeni.domain.bpjs;

import id.ngopeni.domain.problem.BpjsError;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Violations;

/**
 * What a user decides about a difference, and what the city then pays for that participant and
 * month (the reconciled invoice): FIX — the data is corrected and the city's own figure stands;
 * ACCEPT — BPJS's figure is paid, with a reason; END_MEMBERSHIP — the membership ends and nothing
 * is paid for the month.
 */
public enum Resolution {
  FIX, ACCEPT, END_MEMBERSHIP;

  public static final int MAX_REASON = 500;

  public long amountToPay(long cityAmount, long bpjsAmount) {
    return switch (this) {
      case FIX -> cityAmount;
      case ACCEPT -> bpjsAmount;
      case END_MEMBERSHIP -> 0;
    };
  }

  /** A reason is required to accept BPJS's figure or to end a membership; optional for a fix. */
  public void checkReason(String reason, Violations violations) {
    boolean blank = reason == null || reason.isBlank();
    if (blank && this != FIX) {
      violations.add("reason", HttpError.REQUIRED);
    } else if (!blank && reason.length() > MAX_REASON) {
      violations.add("reason", BpjsError.REFUSAL_TOO_LONG);
    }
  }

  /** Ending needs a membership to end. */
  public void checkApplicable(boolean hasMembership, Violations violations) {
    if (this == END_MEMBERSHIP && !hasMembership) {
      violations.add("action", BpjsError.NO_MEMBERSHIP_TO_END);
    }
  }
}
