package id.ngopeni.persistence.subject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the registry's own processes recorded about one person, for their report: the decree
 * changes asked for them, each re-verification of a decree cohort they were in, the duplicate
 * reviews of their registration (or that found another registration to be theirs), and the
 * removal of their registration.
 */
public record SubjectRegistryHistory(List<DecreeChange> decreeChanges, List<Reverification> reverifications,
    List<DuplicateReview> duplicateReviews, Optional<Removal> removal) {

  /** An ADD or REMOVE asked for the person in a decree, and its four-eyes decision. */
  public record DecreeChange(UUID id, String decreeNumber, String fundingSource, int year, String kind, String reason,
      String note, String status, Instant createdAt, Instant decidedAt, String decisionNote) {}

  /** The person's result in a re-verification run: no reasons means re-verified. */
  public record Reverification(UUID reverificationId, String decreeNumber, String fundingSource, int year,
      Instant checkedAt, List<String> reasons) {}

  /**
   * A duplicate review naming the person. {@code role} SUBJECT: their own registration was
   * reviewed (with the reason it was saved anyway, the decision's note and why candidates were
   * found); DUPLICATE_OF: another registration was found to duplicate theirs — then only the status
   * and dates, since the review's texts and candidates are about the other registration.
   */
  public record DuplicateReview(UUID id, String role, String status, List<String> why, String reason, String note,
      Instant openedAt, Instant resolvedAt) {}

  /** The registration was merged away as a duplicate (DUPLICATE) or deleted (DELETED). */
  public record Removal(String reason, Instant removedAt) {}
}
