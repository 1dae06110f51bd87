package id.ngopeni.api.coverage;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.budget.GroupPrices;
import id.ngopeni.domain.coverage.Baseline;
import id.ngopeni.domain.coverage.Grouping;
import id.ngopeni.domain.membership.MembershipPolicy;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.coverage.CoverageRepository;
import id.ngopeni.persistence.coverage.StoredBaseline;
import id.ngopeni.persistence.tariff.TariffRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;

/** The coverage report (read from the replicas) and the baselines it measures against. */
public record CoverageService(AppContext context, CoverageRepository coverage, TariffRepository tariffs,
    MembershipPolicy policy) {

  public LocalDate today() {
    return Jakarta.today(context.clock());
  }

  /** The report, read from the replica when fit (else the pipelined reads client). */
  public Future<JsonObject> report(Grouping key, LocalDate asOf, int year) {
    return context.replicas().read(context.reads(), db -> Future.all(coverage.groups(db, key, asOf),
            coverage.names(db, key), coverage.baselines(db, year), tariffs.book(db)))
        .map(all -> CoverageReport.build(key, asOf, year, all.resultAt(1), all.resultAt(0), all.resultAt(2),
            new GroupPrices(all.resultAt(3)), policy));
  }

  /**
   * Records the baseline of a region of a baseline level ({@link Baseline#isBaselineLevel});
   * any other region, or none, is {@code region_not_found}.
   */
  public Future<StoredBaseline> putBaseline(Caller caller, int year, String region, long workforce, long target,
      Long reported, Integer expectedVersion) {
    return context.pool().withTransaction(tx -> coverage.regionLevel(tx, region).compose(level -> {
      if (level.isEmpty() || !Baseline.isBaselineLevel(level.get())) {
        throw regionNotFound();
      }
      Baseline b = new Baseline(year, region, level.get(), workforce, target, reported);
      return coverage.put(tx, b, expectedVersion, caller.userId());
    }).compose(saved -> context.audit()
        .append(tx, new AuditEvent(caller.userId(), caller.role().name(), "baseline.set", "coverage_baseline",
            year + "/" + region, null, CoverageJson.baseline(saved)))
        .map(seq -> saved)));
  }

  static NotFound regionNotFound() {
    return new NotFound(MoneyError.REGION_NOT_FOUND);
  }
}
