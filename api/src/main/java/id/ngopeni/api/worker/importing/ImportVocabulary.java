package id.ngopeni.api.worker.importing;

import id.ngopeni.domain.worker.OfficeVocabulary;
import id.ngopeni.persistence.reference.ReferenceRepository;
import id.ngopeni.persistence.reference.RegionRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;

/** Loads the reference data an import reads office words with: every kelurahan, the active categories. */
final class ImportVocabulary {
  private ImportVocabulary() {}

  static Future<OfficeVocabulary> load(SqlClient db, RegionRepository regions, ReferenceRepository reference) {
    return regions.kecamatanWithKelurahan(db).compose(kecamatan -> reference.categories(db).map(categories -> {
      List<OfficeVocabulary.Place> places = new ArrayList<>();
      kecamatan.forEach(k -> k.kelurahan().forEach(l ->
          places.add(new OfficeVocabulary.Place(l.code(), l.name(), k.code(), k.name()))));
      List<OfficeVocabulary.Category> active = categories.stream().filter(ReferenceRepository.Category::active)
          .map(c -> new OfficeVocabulary.Category(c.code(), c.nameId(), c.nameEn())).toList();
      return new OfficeVocabulary(places, active);
    }));
  }
}
