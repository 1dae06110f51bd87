package id.ngopeni.persistence.worker;

import java.util.List;
import java.util.UUID;

/**
 * What a worker list, count or export is limited to. Null fields do not filter.
 *
 * @param scope the kelurahan a field officer may see; null for roles that see the whole city
 * @param nikPrefix leading NIK digits, as many as one of {@link #NIK_PREFIX_LENGTHS}
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

  /**
   * The NIK prefix lengths a search answers from an index (V43): the region code (2, 4, 6 digits:
   * province, regency, kecamatan), the keyed prefixes (8, 10, 12: + birth day, month, year) and the
   * blind index (16).
   */
  public static final List<Integer> NIK_PREFIX_LENGTHS = List.of(2, 4, 6, 8, 10, 12, 16);

  public WorkerFilter {
    scope = scope == null ? null : List.copyOf(scope);
  }

  public WorkerFilter withoutCursor() {
    return new WorkerFilter(scope, kelurahan, kecamatan, category, coverage, nikPrefix, nameKey, null);
  }
}
