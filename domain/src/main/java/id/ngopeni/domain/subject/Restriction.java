package id.ngopeni.domain.subject;

import id.ngopeni.domain.Components;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.SubjectError;
import java.time.Instant;
import java.util.UUID;

/**
 * A data subject's request to restrict the processing of their data (UU 27/2022, Pasal 11 and
 * 41), and its state. While a restriction is APPLIED the person is not enrolled, not exported
 * and not paid ({@link Processing#refuse}); the data stays stored and readable.
 *
 * @param dueBy when the restriction must be applied: {@link SubjectClock#dueBy} of {@code requestedAt}
 */
public record Restriction(UUID id, UUID workerId, RestrictionStatus status, String reason, Instant requestedAt,
    Instant dueBy, Instant appliedAt, Instant liftedAt, String liftReason, long version) {

  public Restriction {
    Components.requireNonNull("id workerId status reason requestedAt dueBy", id, workerId, status, reason, requestedAt,
        dueBy);
  }

  /** A new request, its clock started when the person asked. */
  public static Restriction request(UUID id, UUID workerId, String reason, Instant requestedAt) {
    return new Restriction(id, workerId, RestrictionStatus.REQUESTED, reason, requestedAt,
        SubjectClock.dueBy(requestedAt), null, null, null, 0);
  }

  /** REQUESTED → APPLIED; anything else is 409 {@code restriction_not_requested}. */
  public Restriction apply(Instant at) {
    if (status != RestrictionStatus.REQUESTED) {
      throw new Conflict(SubjectError.RESTRICTION_NOT_REQUESTED,
          "Only a requested restriction can be applied; this one is " + status + ".");
    }
    return new Restriction(id, workerId, RestrictionStatus.APPLIED, reason, requestedAt, dueBy, at, null, null, version);
  }

  /** REQUESTED or APPLIED → LIFTED with a reason; a lifted one is 409 {@code restriction_lifted}. */
  public Restriction lift(Instant at, String why) {
    if (status == RestrictionStatus.LIFTED) {
      throw new Conflict(SubjectError.RESTRICTION_LIFTED);
    }
    return new Restriction(id, workerId, RestrictionStatus.LIFTED, reason, requestedAt, dueBy, appliedAt, at, why,
        version);
  }

  /** Whether the request waits past its clock at {@code now}. */
  public boolean overdue(Instant now) {
    return status == RestrictionStatus.REQUESTED && SubjectClock.overdue(dueBy, now);
  }

  /** Whether it was applied after its clock ran out (kept for the record). */
  public boolean appliedLate() {
    return appliedAt != null && appliedAt.isAfter(dueBy);
  }
}
