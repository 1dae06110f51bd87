package id.ngopeni.api.worker.importing;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.reference.ReferenceRepository;
import id.ngopeni.persistence.reference.RegionRepository;
import io.vertx.core.Future;
import java.util.Set;

/** The import template of the caller: every kelurahan, or a field officer's own. */
public record ImportTemplateService(AppContext context, RegionRepository regions, ReferenceRepository reference) {
  Future<byte[]> template(Caller caller) {
    Set<String> scope = caller.role() == Role.FIELD_OFFICER ? Set.copyOf(caller.kelurahanCodes()) : null;
    return ImportVocabulary.load(context.reads(), regions, reference)
        .compose(vocabulary -> reference.categories(context.reads()).map(categories -> ImportTemplate.xlsx(vocabulary,
            categories.stream().filter(ReferenceRepository.Category::active).map(ReferenceRepository.Category::nameId).toList(),
            scope)));
  }
}
