package id.ngopeni.persistence.worker;

import java.util.List;
import java.util.UUID;

/**
 * What a worker list, count or export is limited to. Null fields do not filter.
 *
 * @param scope the kelurahan a field officer may see; null for roles that see the whole city
 * @param nikPrefix leading NIK digits
 * @param nameKey a {@code PersonNames.normalize}d fragment the name key must contain
 * @param after keyset cursor: only ids after this one
 */
public record WorkerFilter(
    List<String> scope,
    String kelurahan,
    String kecamatan,
    String category,
    Coverage.Status coverage,
    String nikPrefix,
    String nameKey,
    UUID after) {

  public WorkerFilter {
    scope = scope == null ? null : List.copyOf(scope);
  }

  public WorkerFilter withoutCursor() {
    return new WorkerFilter(scope, kelurahan, kecamatan, category, coverage, nikPrefix, nameKey, null);
  }
}
