package id.ngopeni.domain.subject;

import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.SubjectError;

/**
 * The kinds of processing a restriction stops (issue 17: no enrolment, no export, no payout).
 * Exports leave a restricted person out and say how many they held back; the others refuse.
 */
public enum Processing {
  ENROLMENT("enrolled"), PAYOUT("paid"), PAYOUT_APPROVAL("approved for a payout"), BATCH("put in a transfer batch");

  private final String verb;

  Processing(String verb) {
    this.verb = verb;
  }

  /** 409 {@code person_restricted}: this person may not be {@code verb} while restricted. */
  public Conflict refusal() {
    return new Conflict(SubjectError.PERSON_RESTRICTED, "The person asked to restrict the processing of their data"
        + " (UU 27/2022): they cannot be " + verb + " until the restriction is lifted.");
  }

  /** Throws {@link #refusal()} when {@code restricted}. */
  public void refuse(boolean restricted) {
    if (restricted) {
      throw refusal();
    }
  }
}
