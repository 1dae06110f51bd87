package id.ngopeni.api.coverage;

import id.ngopeni.persistence.coverage.StoredBaseline;
import io.vertx.core.json.JsonObject;

/** Coverage baselines as the API shows them (the report itself is {@link CoverageReport}). */
final class CoverageJson {
  private CoverageJson() {}

  static JsonObject baseline(StoredBaseline stored) {
    var b = stored.baseline();
    return new JsonObject().put("year", b.year()).put("regionCode", b.regionCode()).put("level", b.level())
        .put("workforce", b.workforce())
        .put("target", b.target()).put("reportedParticipants", b.reportedParticipants()).put("version", stored.version());
  }
}
