package id.ngopeni.persistence.coverage;

import java.util.Locale;
import java.util.Optional;

/**
 * What the coverage report groups by. Each constant names its kind in {@code coverage_delta} and
 * the reference table that lists every key with its name, so areas and categories without a
 * single member still show as zero rows.
 */
public enum ReportKey {
  KECAMATAN("K", "SELECT code, name FROM region WHERE level = 'KECAMATAN' ORDER BY code"),
  KELURAHAN("L", "SELECT code, name FROM region WHERE level = 'KELURAHAN' ORDER BY code"),
  CATEGORY("C", "SELECT code, name_id AS name FROM worker_category ORDER BY sort_order, code"),
  FUNDING_SOURCE("F", "SELECT code, name_id AS name FROM funding_source ORDER BY code");

  /** The {@code coverage_delta.kind} this grouping reads. */
  final String kind;
  final String namesSql;

  ReportKey(String kind, String namesSql) {
    this.kind = kind;
    this.namesSql = namesSql;
  }

  /** {@code kecamatan}, {@code kelurahan}, {@code category}, {@code fundingSource}. */
  public static Optional<ReportKey> parse(String text) {
    for (ReportKey k : values()) {
      if (k.parameter().equals(text)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  public String parameter() {
    return this == FUNDING_SOURCE ? "fundingSource" : name().toLowerCase(Locale.ROOT);
  }

  public boolean isArea() {
    return this == KECAMATAN || this == KELURAHAN;
  }
}
