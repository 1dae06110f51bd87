package id.ngopeni.domain.worker;

import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.problem.WorkerError;
import java.util.List;
import java.util.UUID;

/**
 * A registration saved while possible duplicates of it existed (same birth date and a similar
 * name, or a NIK one digit away) waits in a review queue: OPEN until someone decides the two are
 * different people (RESOLVED_DISTINCT) or the new record is a duplicate of one of them
 * (RESOLVED_DUPLICATE; it is then kept as a removed registration, {@code worker_removal} with
 * reason DUPLICATE, until retention deletes it). While a review is OPEN the worker is not
 * enrolled: each duplicate membership is a second premium paid from the city's budget.
 */
public final class DuplicateReview {
  /** The longest reason or note, in characters. */
  public static final int MAX_TEXT = 500;

  /** Where a review stands. */
  public enum Status {
    OPEN, RESOLVED_DISTINCT, RESOLVED_DUPLICATE;

    /** Whether a worker with a review in this state may be enrolled. */
    public boolean allowsEnrolment() {
      return this == RESOLVED_DISTINCT;
    }
  }

  /** What the reviewer decided. */
  public enum Resolution {
    /** The new record and the candidates are different people. */
    DISTINCT,
    /** The new record is a duplicate of one candidate ({@code duplicateOf}). */
    DUPLICATE;

    public Status status() {
      return this == DISTINCT ? Status.RESOLVED_DISTINCT : Status.RESOLVED_DUPLICATE;
    }
  }

  /** A decision checked against the review: its new state, the note, and the original when a duplicate. */
  public record Decision(Status status, String note, UUID duplicateOf) {}

  private DuplicateReview() {}

  /**
   * The reason a clerk gives for saving despite the warning: optional (an API client that never
   * asked gets a review all the same), stripped, at most {@link #MAX_TEXT} characters.
   *
   * @return the reason, or null when none was given
   */
  public static String reason(String text, String field, Violations violations) {
    String why = text == null ? "" : text.strip();
    if (why.length() > MAX_TEXT) {
      violations.add(field, WorkerError.DUPLICATE_REASON_TOO_LONG, "At most " + MAX_TEXT + " characters.");
      return null;
    }
    return why.isEmpty() ? null : why;
  }

  /**
   * Checks a decision on a review in state {@code current} with these candidates.
   *
   * @throws Conflict {@code duplicate_review_resolved} when the review is no longer open
   * @throws Invalid the note missing or too long, {@code duplicateOf} missing for DUPLICATE, given
   *     for DISTINCT, or not one of the candidates
   */
  public static Decision decide(Status current, Resolution resolution, String note, UUID duplicateOf, List<UUID> candidates) {
    if (current != Status.OPEN) {
      throw new Conflict(WorkerError.DUPLICATE_REVIEW_RESOLVED);
    }
    Violations v = new Violations();
    String text = note == null ? "" : note.strip();
    if (text.isEmpty()) {
      v.add("note", HttpError.REQUIRED);
    } else if (text.length() > MAX_TEXT) {
      v.add("note", HttpError.TOO_LONG, "At most " + MAX_TEXT + " characters.");
    }
    if (resolution == Resolution.DUPLICATE && duplicateOf == null) {
      v.add("duplicateOf", HttpError.REQUIRED, "Name the candidate this registration duplicates.");
    } else if (resolution == Resolution.DISTINCT && duplicateOf != null) {
      v.add("duplicateOf", WorkerError.DUPLICATE_OF_INVALID, "Only a DUPLICATE resolution names the original.");
    } else if (duplicateOf != null && !candidates.contains(duplicateOf)) {
      v.add("duplicateOf", WorkerError.DUPLICATE_OF_INVALID);
    }
    v.throwIfAny();
    return new Decision(resolution.status(), text, resolution == Resolution.DUPLICATE ? duplicateOf : null);
  }
}
