package id.ngopeni.api.coverage;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.budget.GroupPrices;
import id.ngopeni.domain.coverage.Baseline;
import id.ngopeni.domain.coverage.CoverageTrend;
import id.ngopeni.domain.coverage.Grouping;
import id.ngopeni.domain.membership.MembershipPolicy;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.coverage.CoverageCount;
import id.ngopeni.persistence.coverage.CoverageRepository;
import id.ngopeni.persistence.coverage.CoverageTrendRepository;
import id.ngopeni.persistence.coverage.CoverageTrendRepository.Area;
import id.ngopeni.persistence.coverage.CoverageTrendRepository.MonthFlow;
import id.ngopeni.persistence.coverage.PricedGroup;
import id.ngopeni.persistence.coverage.PricingGroup;
import id.ngopeni.persistence.coverage.StoredBaseline;
import id.ngopeni.persistence.tariff.TariffRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** The coverage report and trend (read from the replicas) and the baselines they measure against. */
public record CoverageService(AppContext context, CoverageRepository coverage, CoverageTrendRepository trends,
    TariffRepository tariffs, MembershipPolicy policy) {

  public LocalDate today() {
    return Jakarta.today(context.clock());
  }

  /** The report over every area, read from the replica when fit (else the pipelined reads client). */
  public Future<JsonObject> report(Grouping key, LocalDate asOf, int year) {
    return report(key, asOf, year, null);
  }

  /**
   * The report; for an area grouping with {@code withinOrNull}, the areas under that region only,
   * its baseline the total's: kecamatan of a regency, kelurahan of a regency or kecamatan. Any
   * other region, or none, is {@code region_not_found}.
   */
  public Future<JsonObject> report(Grouping key, LocalDate asOf, int year, String withinOrNull) {
    return context.replicas().read(context.reads(), db -> checkWithin(db, key, withinOrNull)
        .compose(ok -> Future.all(List.of(coverage.pricingGroups(db), tariffs.book(db),
            coverage.names(db, key, withinOrNull), coverage.regencies(db), coverage.baselines(db, year))))
        .compose(all -> {
          GroupPrices prices = new GroupPrices(all.resultAt(1));
          return counts(db, key, asOf, withinOrNull, all.resultAt(0), prices, true)
              .map(counts -> CoverageReport.build(key, asOf, year, withinOrNull, all.resultAt(2), counts,
                  all.resultAt(3), all.resultAt(4), prices, policy));
        }));
  }

  /**
   * The counts and premiums per key, each pricing group priced once by the domain. A group first
   * written between reading the groups and the counts (a new income, a new source) leaves the
   * counts unpriced: the groups are read once more.
   */
  private Future<List<CoverageCount>> counts(SqlClient db, Grouping key, LocalDate asOf, String withinOrNull,
      List<PricingGroup> groups, GroupPrices prices, boolean again) {
    List<PricedGroup> priced = CoverageReport.priced(groups, prices, YearMonth.from(asOf));
    return coverage.counts(db, key, asOf, withinOrNull, priced).compose(found -> {
      if (found.isPresent()) {
        return Future.succeededFuture(found.get());
      }
      if (!again) {
        return Future.failedFuture(new IllegalStateException("coverage changes of a group without a price"));
      }
      return coverage.pricingGroups(db).compose(g -> counts(db, key, asOf, withinOrNull, g, prices, false));
    });
  }

  private Future<Void> checkWithin(SqlClient db, Grouping key, String withinOrNull) {
    if (withinOrNull == null) {
      return Future.succeededFuture();
    }
    return coverage.regionLevel(db, withinOrNull).map(level -> {
      boolean fits = level.filter(l -> l.equals("REGENCY") || l.equals("KECAMATAN") && key == Grouping.KELURAHAN)
          .isPresent();
      if (!fits) {
        throw regionNotFound();
      }
      return null;
    });
  }

  /**
   * Keeps the report's running total folded up to this month (Jakarta's): at most one fold per
   * month moves anything, whichever instance runs it first. On the primary.
   */
  public Future<Boolean> foldToThisMonth() {
    return coverage.foldTo(context.pool(), YearMonth.from(today()).atDay(1));
  }

  /** The baselines recorded for the year, read from the primary (the screen reads them again right after a change). */
  public Future<List<StoredBaseline>> baselines(int year) {
    return coverage.baselines(context.pool(), year);
  }

  /**
   * Records the baseline of a region of a baseline level ({@link Baseline#isBaselineLevel});
   * any other region, or none, is {@code region_not_found}.
   */
  public Future<StoredBaseline> putBaseline(Caller caller, Baseline given, Integer expectedVersion) {
    int year = given.year();
    String region = given.regionCode();
    return context.pool().withTransaction(tx -> coverage.regionLevel(tx, region).compose(level -> {
      if (level.isEmpty() || !Baseline.isBaselineLevel(level.get())) {
        throw regionNotFound();
      }
      Baseline b = new Baseline(year, region, level.get(), given.workforce(), given.target(),
          given.reportedParticipants(), given.source(), given.asOf());
      return coverage.put(tx, b, expectedVersion, caller.userId());
    }).compose(saved -> context.audit()
        .append(tx, new AuditEvent(caller.userId(), caller.role().name(), "baseline.set", "coverage_baseline",
            year + "/" + region, null, CoverageJson.baseline(saved)))
        .map(seq -> saved)));
  }

  /**
   * The area's trend over {@code months} months up to today ({@link CoverageTrend}). The area is
   * {@code regionOrNull} (a regency, a kecamatan or a kelurahan; none: the only regency, and
   * {@code region_not_found} on a registry of several). A field officer sees their own kelurahan
   * only: one of them, or without a region all of them together (counts only: no baseline); any
   * other region is {@code region_not_found}, as if absent. Read from the replica when fit.
   */
  public Future<JsonObject> trend(Caller caller, String regionOrNull, int months) {
    LocalDate asOf = today();
    return context.replicas().read(context.reads(), db -> trend(db, caller, regionOrNull, months, asOf));
  }

  private Future<JsonObject> trend(SqlClient db, Caller caller, String regionOrNull, int months, LocalDate asOf) {
    if (caller.role().isAreaScoped() && regionOrNull == null) {
      return trend(db, asOf, months, null, "L", caller.kelurahanCodes());
    }
    if (caller.role().isAreaScoped() && !caller.kelurahanCodes().contains(regionOrNull)) {
      throw regionNotFound();
    }
    Future<String> code = regionOrNull != null ? Future.succeededFuture(regionOrNull) : trends.onlyCity(db)
        .map(city -> city.orElseThrow(CoverageService::regionNotFound));
    return code.compose(c -> trends.area(db, c)).compose(found -> {
      Area area = found.filter(a -> Baseline.isBaselineLevel(a.level())).orElseThrow(CoverageService::regionNotFound);
      Future<List<String>> keys = area.level().equals("REGENCY") ? trends.children(db, area.code())
          : Future.succeededFuture(List.of(area.code()));
      return keys.compose(k -> trend(db, asOf, months, area, area.level().equals("KELURAHAN") ? "L" : "K", k));
    });
  }

  private Future<JsonObject> trend(SqlClient db, LocalDate asOf, int months, Area area, String kind, List<String> keys) {
    YearMonth first = CoverageTrend.firstMonth(asOf, months);
    Future<Map<Integer, Baseline>> baselines = area == null ? Future.succeededFuture(Map.of())
        : baselines(db, area.code(), first.getYear(), asOf.getYear());
    return Future.all(trends.netByMonth(db, kind, keys, asOf), trends.flows(db, kind, keys, first.atDay(1), asOf),
        baselines).compose(all -> {
          Map<Integer, Baseline> byYear = all.resultAt(2);
          Map<YearMonth, CoverageTrend.Flow> flows = new HashMap<>();
          List<MonthFlow> rows = all.resultAt(1);
          rows.forEach(f -> flows.put(f.month(), new CoverageTrend.Flow(f.enrolled(), f.left())));
          List<LocalDate> days = CoverageTrend.countDays(byYear.values());
          List<Future<Long>> counts = days.stream().map(d -> trends.coveredOn(db, kind, keys, d)).toList();
          return Future.all(counts).map(done -> {
            Map<LocalDate, Long> coveredOn = new HashMap<>();
            for (int i = 0; i < days.size(); i++) {
              coveredOn.put(days.get(i), done.<Long>resultAt(i));
            }
            SortedMap<YearMonth, Long> net = all.resultAt(0);
            return CoverageJson.trend(asOf, area, keys, byYear.get(asOf.getYear()),
                CoverageTrend.of(asOf, months, net, flows, byYear, coveredOn));
          });
        });
  }

  /** The region's baseline of each year from {@code from} to {@code to} that has one. */
  private Future<Map<Integer, Baseline>> baselines(SqlClient db, String region, int from, int to) {
    List<Future<List<StoredBaseline>>> years = new ArrayList<>();
    for (int y = from; y <= to; y++) {
      years.add(coverage.baselines(db, y));
    }
    return Future.all(years).map(all -> {
      Map<Integer, Baseline> out = new HashMap<>();
      for (int i = 0; i < years.size(); i++) {
        all.<List<StoredBaseline>>resultAt(i).stream().map(StoredBaseline::baseline)
            .filter(b -> b.regionCode().equals(region)).forEach(b -> out.put(b.year(), b));
      }
      return out;
    });
  }

  static NotFound regionNotFound() {
    return new NotFound(MoneyError.REGION_NOT_FOUND);
  }
}
