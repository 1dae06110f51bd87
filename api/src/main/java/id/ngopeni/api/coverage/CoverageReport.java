package id.ngopeni.api.coverage;

import id.ngopeni.domain.budget.BilledGroup;
import id.ngopeni.domain.budget.GroupPrices;
import id.ngopeni.domain.coverage.Baseline;
import id.ngopeni.domain.coverage.Grouping;
import id.ngopeni.domain.coverage.CoverageFigures;
import id.ngopeni.domain.coverage.CoverageProjection;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.MembershipPolicy;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.tariff.Premiums;
import id.ngopeni.persistence.coverage.StoredBaseline;
import id.ngopeni.persistence.coverage.CoverageGroup;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the coverage report from counted groups and baselines.
 *
 * <ul>
 *   <li>{@code covered}: the city's own memberships active on {@code asOf}; {@code
 *       monthlyPremium}: what they cost for asOf's month (domain-priced).
 *   <li>UCJ % and the gap use the participants BPJS reported for the area when the baseline has
 *       them (they include wage earners and members the city does not enrol), else the city's own
 *       covered count.
 *   <li>The total uses the city-wide (REGENCY) baseline when there is one — with {@code within},
 *       that region's baseline — otherwise the area rows added up (known only if every row has a
 *       baseline).
 *   <li>The projection prices each missing participant at the minimum package (JKK + JKM at the
 *       lowest declared income) for APBD, the city's own budget, in asOf's month.
 * </ul>
 */
final class CoverageReport {
  private CoverageReport() {}

  static JsonObject build(Grouping key, LocalDate asOf, int year, String withinOrNull, Map<String, String> names,
      List<CoverageGroup> groups, List<StoredBaseline> stored, GroupPrices prices, MembershipPolicy policy) {
    List<Baseline> baselines = stored.stream().map(StoredBaseline::baseline).toList();
    YearMonth month = YearMonth.from(asOf);
    Map<String, long[]> counted = new HashMap<>();
    for (CoverageGroup g : groups) {
      long[] c = counted.computeIfAbsent(g.key(), k -> new long[2]);
      c[0] += g.count();
      // The coverage counts carry no sector: every member is priced in Sector.DEFAULT here, so a
      // transport-sector participant relieved by PP 50/2025 shows at the full price in this figure.
      c[1] += prices.total(new BilledGroup(month, g.fundingSource(), g.programs(), g.declaredIncome(), g.count()))
          .amount();
    }
    Map<String, Baseline> byRegion = new HashMap<>();
    baselines.forEach(b -> byRegion.put(b.regionCode(), b));

    JsonArray rows = new JsonArray();
    long covered = 0;
    long premium = 0;
    CoverageFigures sum = new CoverageFigures(0, 0L, 0L);
    for (var name : names.entrySet()) {
      long[] c = counted.getOrDefault(name.getKey(), new long[2]);
      covered += c[0];
      premium += c[1];
      Baseline b = key.isArea() ? byRegion.get(name.getKey()) : null;
      CoverageFigures figures = Baseline.figures(c[0], b);
      sum = sum.plus(figures);
      rows.add(row(name.getKey(), name.getValue(), c[0], c[1], b, figures));
    }
    Optional<Baseline> city = withinOrNull != null ? Optional.ofNullable(byRegion.get(withinOrNull))
        : baselines.stream().filter(b -> b.level().equals("REGENCY")).findFirst();
    CoverageFigures total =
        city.isPresent() ? city.get().figures(covered) : key.isArea() ? sum : Baseline.figures(covered, null);
    JsonObject totalJson = row(null, null, covered, premium, city.orElse(null), total);
    totalJson.remove("key");
    totalJson.remove("name");
    Rupiah minimum = Premiums.minimumMonthly(policy.lowestIncome(), FundingSource.APBD, month, prices.tariffs());
    Optional<CoverageProjection> projection = total.projection(minimum);
    return new JsonObject()
        .put("asOf", asOf.toString())
        .put("year", year)
        .put("groupBy", key.parameter())
        .put("within", withinOrNull)
        .put("rows", rows)
        .put("total", totalJson)
        .put("projection", projection.map(p -> new JsonObject()
            .put("workersNeeded", p.workersNeeded())
            .put("monthlyCostNeeded", p.monthlyCostNeeded().amount())
            .put("annualCostNeeded", p.annualCostNeeded().amount())
            .put("minimumMonthlyPremium", minimum.amount())).orElse(null));
  }

  private static JsonObject row(String key, String name, long covered, long premium, Baseline b, CoverageFigures f) {
    JsonObject row = new JsonObject().put("key", key).put("name", name).put("covered", covered);
    if (f.workforce() != null) {
      row.put("workforce", f.workforce());
    }
    if (b != null && b.reportedParticipants() != null) {
      row.put("reportedParticipants", b.reportedParticipants());
    }
    if (b != null && b.source() != null) {
      row.put("baselineSource", b.source());
    }
    if (b != null && b.asOf() != null) {
      row.put("baselineAsOf", b.asOf().toString());
    }
    f.ucjPercent().ifPresent(p -> row.put("ucjPercent", p.toBigDecimal()));
    if (f.target() != null) {
      row.put("target", f.target());
    }
    f.gap().ifPresent(g -> row.put("gap", g));
    return row.put("monthlyPremium", premium);
  }
}
