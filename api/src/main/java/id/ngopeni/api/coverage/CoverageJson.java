package id.ngopeni.api.coverage;

import id.ngopeni.domain.coverage.Baseline;
import id.ngopeni.domain.coverage.CoverageTrend;
import id.ngopeni.persistence.coverage.CoverageTrendRepository.Area;
import id.ngopeni.persistence.coverage.StoredBaseline;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;

/** Coverage baselines and trends as the API shows them (the report itself is {@link CoverageReport}). */
final class CoverageJson {
  private CoverageJson() {}

  static JsonObject baseline(StoredBaseline stored) {
    return baseline(stored.baseline()).put("version", stored.version());
  }

  /** A baseline's figures with their source and date (null when not recorded). */
  static JsonObject baseline(Baseline b) {
    return new JsonObject().put("year", b.year()).put("regionCode", b.regionCode()).put("level", b.level())
        .put("workforce", b.workforce())
        .put("target", b.target()).put("reportedParticipants", b.reportedParticipants())
        .put("source", b.source()).put("asOf", b.asOf() == null ? null : b.asOf().toString());
  }

  /**
   * The trend: the area ({@code null} for a field officer's whole scope, then listed in
   * {@code kelurahanCodes}), the baseline of asOf's year, and one item per month.
   */
  static JsonObject trend(LocalDate asOf, Area area, List<String> scope, Baseline current,
      List<CoverageTrend.Month> months) {
    JsonArray items = new JsonArray();
    for (CoverageTrend.Month m : months) {
      var f = m.figures();
      JsonObject item = new JsonObject().put("month", m.month().toString()).put("day", m.day().toString())
          .put("covered", m.covered()).put("enrolled", m.enrolled()).put("left", m.left())
          .put("participants", f.participants()).put("estimated", m.estimated());
      if (f.workforce() != null) {
        item.put("workforce", f.workforce());
      }
      if (f.target() != null) {
        item.put("target", f.target());
      }
      f.ucjPercent().ifPresent(p -> item.put("ucjPercent", p.toBigDecimal()));
      f.gap().ifPresent(g -> item.put("gap", g));
      items.add(item);
    }
    return new JsonObject()
        .put("asOf", asOf.toString())
        .put("area", area == null ? null
            : new JsonObject().put("code", area.code()).put("level", area.level()).put("name", area.name()))
        .put("kelurahanCodes", area == null ? new JsonArray(List.copyOf(scope)) : null)
        .put("baseline", current == null ? null : baseline(current))
        .put("items", items);
  }
}
