package id.ngopeni.api.membership;

import id.ngopeni.domain.dtsen.Decile;
import id.ngopeni.domain.membership.Membership;
import id.ngopeni.persistence.budget.EarmarkRepository;
import id.ngopeni.persistence.dtsen.DtsenRepository;
import id.ngopeni.persistence.membership.WorkerRef;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;

/**
 * Who a funding source may pay for, checked in the enrolment's transaction: the source's DTSEN
 * policy ("decile ≤ N", field {@code workerId}) and its earmark (the worker's category, field
 * {@code fundingSource}). The rules are the domain's ({@link Decile}, {@code Earmark}).
 */
public record EnrolmentChecks(DtsenRepository deciles, EarmarkRepository earmarks) {
  Future<Void> check(SqlClient tx, Membership m, WorkerRef worker) {
    String source = m.fundingSource().name();
    return deciles.eligibility(tx, source, m.workerId()).compose(e -> {
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
