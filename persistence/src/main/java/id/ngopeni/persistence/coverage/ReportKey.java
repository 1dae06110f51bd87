package id.ngopeni.persistence.coverage;

import id.ngopeni.domain.coverage.Grouping;

/**
 * How the coverage report reads a {@link Grouping}. Each constant names its kind in {@code coverage_delta} and
 * the reference table that lists every key with its name, so areas and categories without a
 * single member still show as zero rows (an area grouping's names narrowed by the LIKE pattern $1).
 */
enum ReportKey {
  KECAMATAN("K", "SELECT code, name FROM region WHERE level = 'KECAMATAN' AND code LIKE $1 ORDER BY code"),
  KELURAHAN("L", "SELECT code, name FROM region WHERE level = 'KELURAHAN' AND code LIKE $1 ORDER BY code"),
  CATEGORY("C", "SELECT code, name_id AS name FROM worker_category ORDER BY sort_order, code"),
  FUNDING_SOURCE("F", "SELECT code, name_id AS name FROM funding_source ORDER BY code");

  /** The {@code coverage_delta.kind} this grouping reads. */
  final String kind;
  final String namesSql;

  ReportKey(String kind, String namesSql) {
    this.kind = kind;
    this.namesSql = namesSql;
  }

  static ReportKey of(Grouping grouping) {
    return valueOf(grouping.name());
  }
}
