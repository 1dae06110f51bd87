package id.ngopeni.api.membership;

import id.ngopeni.domain.decree.DecreeRules;
import id.ngopeni.domain.dtsen.Decile;
import id.ngopeni.domain.membership.Membership;
import id.ngopeni.domain.problem.DecreeError;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.subject.Processing;
import id.ngopeni.domain.worker.DuplicateReview;
import id.ngopeni.persistence.budget.EarmarkRepository;
import id.ngopeni.persistence.decree.DecreeRepository;
import id.ngopeni.persistence.dtsen.DtsenRepository;
import id.ngopeni.persistence.membership.WorkerRef;
import id.ngopeni.persistence.subject.RestrictionRepository;
import id.ngopeni.persistence.worker.DuplicateReviewRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;

/**
 * Who a funding source may pay for, checked in the enrolment's transaction: the source's
 * recipient decree (once it has one for the year the membership starts in and requires it: the
 * worker in its cohort or holding an exception, field {@code workerId}), its DTSEN policy
 * ("decile ≤ N", field {@code workerId}) and its earmark (the worker's category, field
 * {@code fundingSource}). The rules are the domain's ({@link DecreeRules}, {@link Decile}, {@code Earmark}).
 * First of all, a person who asked to restrict the processing of their data is not enrolled
 * (409 {@code person_restricted}, {@link Processing#ENROLMENT}), nor a worker saved as a possible
 * duplicate while their duplicate review is open (409 {@code duplicate_review_open}) or after it
 * found them a duplicate (409 {@code worker_is_duplicate}): each would be a second premium.
 */
public record EnrolmentChecks(DecreeRepository decrees, DtsenRepository deciles, EarmarkRepository earmarks,
    RestrictionRepository restrictions, DuplicateReviewRepository duplicates) {
  Future<Void> check(SqlClient tx, Membership m, WorkerRef worker) {
    String source = m.fundingSource().name();
    return restrictions.isRestricted(tx, m.workerId()).compose(restricted -> {
      Processing.ENROLMENT.refuse(restricted);
      return duplicates.statusOf(tx, m.workerId());
    }).compose(review -> {
      review.map(DuplicateReview.Status::valueOf).filter(s -> !s.allowsEnrolment()).ifPresent(s -> {
        throw new Conflict(s == DuplicateReview.Status.OPEN ? WorkerError.DUPLICATE_REVIEW_OPEN : WorkerError.WORKER_IS_DUPLICATE);
      });
      return decrees.gate(tx, source, DecreeRules.yearOf(m.startDate()).getValue(), m.workerId());
    }).compose(gate -> {
      if (!gate.open()) {
        throw Invalid.of("workerId", DecreeError.DECREE_MEMBERSHIP_REQUIRED,
            "The worker is not in this funding source's decree for " + m.startDate().getYear()
                + "; add them through a decree change, or record an exception.");
      }
      return deciles.eligibility(tx, source, m.workerId());
    }).compose(e -> {
      if (e.maxDecile() != null) {
        Decile.checkEligible(e.decile(), e.maxDecile(), "workerId");
      }
      return earmarks.of(tx, source);
    }).map(earmark -> {
      earmark.checkAllows(worker.category(), "fundingSource");
      return null;
    });
  }
}
