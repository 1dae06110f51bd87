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
import id.ngopeni.persistence.coverage.CoverageCount;
import id.ngopeni.persistence.coverage.PricedGroup;
import id.ngopeni.persistence.coverage.PricingGroup;
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
 *   <li>The total uses, with {@code within}, that region's baseline; without, the registry's
 *       regencies' ({@link Baseline#ofRegencies}): a city's own, or for a province every
 *       regency's added up, known only if every regency has one. Failing that, the area rows
 *       added up (known only if every row has a baseline); for a category or source grouping,
 *       no baseline.
 *   <li>{@code monthlyPremium}: each pricing group priced once by the domain ({@link #priced}),
 *       multiplied and added up per area by the database.
 *   <li>The projection prices each missing participant at the minimum package (JKK + JKM at the
 *       lowest declared income) for APBD, the city's own budget, in asOf's month.
 * </ul>
 */
final class CoverageReport {
  private CoverageReport() {}

  /**
   * What one member of each group costs for {@code month}, priced by the domain: a few dozen
   * groups, whatever the number of areas (the database multiplies and adds up per area).
   */
  static List<PricedGroup> priced(List<PricingGroup> groups, GroupPrices prices, YearMonth month) {
    // The coverage counts carry no sector: every member is priced in Sector.DEFAULT here, so a
    // transport-sector participant relieved by PP 50/2025 shows at the full price in this figure.
    return groups.stream().map(g -> new PricedGroup(g, prices.premium(
        new BilledGroup(month, g.fundingSource(), g.programs(), g.declaredIncome(), 1)).total().amount())).toList();
  }

  /** @param regencies the registry's regencies, whose baselines make the total without {@code within} */
  static JsonObject build(Grouping key, LocalDate asOf, int year, String withinOrNull, Map<String, String> names,
      List<CoverageCount> counts, List<String> regencies, List<StoredBaseline> stored, GroupPrices prices,
      MembershipPolicy policy) {
    List<Baseline> baselines = stored.stream().map(StoredBaseline::baseline).toList();
    YearMonth month = YearMonth.from(asOf);
    Map<String, CoverageCount> counted = new HashMap<>();
    counts.forEach(c -> counted.put(c.key(), c));
    Map<String, Baseline> byRegion = new HashMap<>();
    baselines.forEach(b -> byRegion.put(b.regionCode(), b));

    JsonArray rows = new JsonArray();
    long covered = 0;
    long premium = 0;
    CoverageFigures sum = new CoverageFigures(0, 0L, 0L);
    for (var name : names.entrySet()) {
      CoverageCount c = counted.getOrDefault(name.getKey(), new CoverageCount(name.getKey(), 0, 0));
      covered += c.count();
      premium += c.monthlyPremium();
      Baseline b = key.isArea() ? byRegion.get(name.getKey()) : null;
      CoverageFigures figures = Baseline.figures(c.count(), b);
      sum = sum.plus(figures);
      rows.add(row(name.getKey(), name.getValue(), c.count(), c.monthlyPremium(), b, figures));
    }
    Optional<Baseline> city = withinOrNull != null ? Optional.ofNullable(byRegion.get(withinOrNull))
        : Baseline.ofRegencies(regencies.stream().map(byRegion::get).toList());
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
