package id.ngopeni.api.reference;

import id.ngopeni.domain.bank.Bank;
import id.ngopeni.domain.bank.TransferLimit;
import id.ngopeni.persistence.reference.ReferenceRepository.Category;
import id.ngopeni.persistence.reference.ReferenceRepository.FundingSourceRow;
import id.ngopeni.persistence.reference.RegionRepository.Kecamatan;
import id.ngopeni.persistence.reference.RegionRepository.UpsertCount;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** JSON of the reference data. */
final class ReferenceJson {
  private ReferenceJson() {}

  static JsonObject of(Category c) {
    return new JsonObject().put("code", c.code()).put("nameId", c.nameId()).put("nameEn", c.nameEn())
        .put("active", c.active()).put("sortOrder", c.sortOrder());
  }

  static JsonObject of(FundingSourceRow f) {
    return new JsonObject().put("code", f.code()).put("nameId", f.nameId()).put("nameEn", f.nameEn());
  }

  /** A kecamatan with its regency (code and name, for choosing a regency) and its kelurahan. */
  static JsonObject of(Kecamatan k) {
    JsonArray kelurahan = new JsonArray();
    k.kelurahan().forEach(l -> kelurahan.add(new JsonObject().put("code", l.code()).put("name", l.name())));
    return new JsonObject().put("code", k.code()).put("name", k.name()).put("regencyCode", k.regencyCode())
        .put("regencyName", k.regencyName()).put("kelurahan", kelurahan);
  }

  /**
   * A bank payouts can go to, with the most one payout to it may carry: the BI-FAST limit the
   * payout rules hold every payout to ({@link TransferLimit}), whatever the bank.
   */
  static JsonObject of(Bank bank) {
    return new JsonObject().put("code", bank.code()).put("name", bank.displayName())
        .put("accountNumberLength", bank.accountNumberLength())
        .put("maxTransfer", TransferLimit.BI_FAST_MAX.amount());
  }

  static JsonObject of(UpsertCount count) {
    return new JsonObject()
        .put("rows", count.inserted() + count.updated()).put("inserted", count.inserted()).put("updated", count.updated());
  }
}
