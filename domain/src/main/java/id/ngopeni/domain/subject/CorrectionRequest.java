package id.ngopeni.domain.subject;

import id.ngopeni.domain.Components;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.SubjectError;
import java.time.Instant;
import java.util.UUID;

/**
 * A data subject's request to correct their data (UU 27/2022, Pasal 6 and 30): recorded OPEN
 * with its 3 × 24 hour clock, carried out through the ordinary worker edit naming this request
 * ({@code editedAt}), then resolved APPLIED — only once such an edit exists — or REJECTED with
 * a note saying why.
 */
public record CorrectionRequest(UUID id, UUID workerId, CorrectableField field, String requestedValue, String reason,
    CorrectionStatus status, Instant requestedAt, Instant dueBy, Instant editedAt, Instant resolvedAt, String note,
    long version) {
  public static final int MAX_NOTE = 1000;

  public CorrectionRequest {
    Components.requireNonNull("id workerId field requestedValue reason status requestedAt dueBy", id, workerId, field,
        requestedValue, reason, status, requestedAt, dueBy);
  }

  public static CorrectionRequest record(UUID id, UUID workerId, CorrectableField field, String requestedValue,
      String reason, Instant requestedAt) {
    return new CorrectionRequest(id, workerId, field, field.kept(requestedValue), reason, CorrectionStatus.OPEN,
        requestedAt, SubjectClock.dueBy(requestedAt), null, null, null, 0);
  }

  /** Refuses (409 {@code correction_not_open}) anything but an open request. */
  public void requireOpen() {
    if (status != CorrectionStatus.OPEN) {
      throw new Conflict(SubjectError.CORRECTION_NOT_OPEN, "The correction request is already " + status + ".");
    }
  }

  /**
   * Checks that an edit of {@code editedWorker} may carry this request's id: it is open and about
   * that worker (422 {@code correction_other_worker} on {@code correctionId}).
   */
  public void checkEditOf(UUID editedWorker) {
    requireOpen();
    if (!workerId.equals(editedWorker)) {
      throw Invalid.of("correctionId", SubjectError.CORRECTION_OTHER_WORKER);
    }
  }

  /**
   * OPEN → APPLIED (needs the edit: 409 {@code correction_not_edited}) or REJECTED (needs a note:
   * 422 {@code required} on {@code note}).
   */
  public CorrectionRequest resolve(CorrectionStatus outcome, String text, Instant at) {
    requireOpen();
    String why = text == null || text.isBlank() ? null : text.strip();
    if (why != null && why.length() > MAX_NOTE) {
      throw Invalid.of("note", HttpError.TOO_LONG, "At most " + MAX_NOTE + " characters.");
    }
    if (outcome == CorrectionStatus.APPLIED && editedAt == null) {
      throw new Conflict(SubjectError.CORRECTION_NOT_EDITED);
    }
    if (outcome == CorrectionStatus.REJECTED && why == null) {
      throw Invalid.of("note", HttpError.REQUIRED, "Say why the correction is rejected.");
    }
    if (outcome == CorrectionStatus.OPEN) {
      throw Invalid.of("outcome", HttpError.VALUE_UNKNOWN, "APPLIED or REJECTED.");
    }
    return new CorrectionRequest(id, workerId, field, requestedValue, reason, outcome, requestedAt, dueBy, editedAt, at,
        why, version);
  }

  public boolean overdue(Instant now) {
    return status == CorrectionStatus.OPEN && SubjectClock.overdue(dueBy, now);
  }
}
