package id.ngopeni.api.dtsen;

import id.ngopeni.domain.privacy.Masks;
import id.ngopeni.persistence.dtsen.DecileCoverage;
import id.ngopeni.persistence.dtsen.DecilePolicy;
import id.ngopeni.persistence.dtsen.DtsenImport;
import id.ngopeni.persistence.dtsen.EligibleWorker;
import id.ngopeni.persistence.dtsen.KelurahanCount;
import io.vertx.core.json.JsonObject;

/** JSON of DTSEN imports, policies and targeting reports. No full NIK: lists show it masked. */
final class DtsenJson {
  private DtsenJson() {}

  static JsonObject extract(DtsenImport i) {
    return new JsonObject().put("id", i.id().toString()).put("extractDate", i.extractDate().toString())
        .put("format", i.format()).put("rows", i.rowCount()).put("createdBy", i.createdBy().toString())
        .put("createdAt", i.createdAt() == null ? null : i.createdAt().toInstant().toString());
  }

  static JsonObject policy(String fundingSource, Integer maxDecile) {
    return new JsonObject().put("fundingSource", fundingSource).put("enabled", maxDecile != null).put("maxDecile", maxDecile);
  }

  static JsonObject policy(DecilePolicy p) {
    return policy(p.fundingSource(), p.maxDecile()).put("updatedBy", p.updatedBy().toString())
        .put("updatedAt", p.updatedAt().toInstant().toString());
  }

  static JsonObject coverage(DecileCoverage c) {
    return new JsonObject().put("decile", c.decile()).put("workers", c.workers()).put("covered", c.covered())
        .put("notCovered", c.workers() - c.covered());
  }

  static JsonObject kelurahan(KelurahanCount k) {
    return new JsonObject().put("kelurahanCode", k.kelurahanCode()).put("kelurahanName", k.kelurahanName())
        .put("eligible", k.eligible()).put("notCovered", k.notCovered());
  }

  static JsonObject worker(EligibleWorker w) {
    return new JsonObject().put("id", w.id().toString()).put("nikMasked", Masks.nik(w.nik()))
        .put("fullName", w.fullName()).put("category", w.category()).put("decile", w.decile());
  }
}
