package id.ngopeni.persistence.coverage;

import java.util.Locale;
import java.util.Optional;

/**
 * What the coverage report groups by. Each constant names a column of {@code membership} and
 * the reference table that lists every key with its name, so areas and categories without a
 * single member still show as zero rows.
 */
public enum ReportKey {
  KECAMATAN("kecamatan_code", "SELECT code, name FROM region WHERE level = 'KECAMATAN' ORDER BY code"),
  KELURAHAN("kelurahan_code", "SELECT code, name FROM region WHERE level = 'KELURAHAN' ORDER BY code"),
  CATEGORY("category", "SELECT code, name_id AS name FROM worker_category ORDER BY sort_order, code"),
  FUNDING_SOURCE("funding_source", "SELECT code, name_id AS name FROM funding_source ORDER BY code");

  final String column;
  final String namesSql;
  final String groupsSql;

  ReportKey(String column, String namesSql) {
    this.column = column;
    this.namesSql = namesSql;
    // The column is one of four constants above, never input.
    this.groupsSql =
        """
        SELECT %s AS key, funding_source, array_to_string(programs, ',') AS programs, declared_income, count(*) AS n
        FROM membership
        WHERE start_date <= $1 AND (end_date IS NULL OR end_date >= $1)
        GROUP BY 1, 2, 3, 4
        """.formatted(column);
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
