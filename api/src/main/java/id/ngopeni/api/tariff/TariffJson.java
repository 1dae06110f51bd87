package id.ngopeni.api.tariff;

import id.ngopeni.domain.tariff.Contribution;
import id.ngopeni.domain.tariff.Tariff;
import id.ngopeni.persistence.tariff.StoredTariff;
import io.vertx.core.json.JsonObject;

final class TariffJson {
  private TariffJson() {}

  static JsonObject of(StoredTariff stored) {
    Tariff t = stored.tariff();
    JsonObject json = new JsonObject()
        .put("id", stored.id().toString())
        .put("program", t.program().name())
        .put("validFrom", t.validFrom().toString())
        .put("validTo", t.validTo() == null ? null : t.validTo().toString())
        .put("fundingSource", t.fundingSource() == null ? null : t.fundingSource().name())
        .put("sector", t.sector() == null ? null : t.sector().name())
        .put("discountPercent", t.discountPercent());
    if (t.contribution() instanceof Contribution.Rate rate) {
      json.put("kind", "RATE").put("rateBasisPoints", rate.basisPoints())
          .put("minimum", rate.minimum() == null ? null : rate.minimum().amount())
          .put("maximum", rate.maximum() == null ? null : rate.maximum().amount());
    } else {
      json.put("kind", "FLAT").put("flatAmount", ((Contribution.Flat) t.contribution()).amount().amount());
    }
    return json;
  }
}
