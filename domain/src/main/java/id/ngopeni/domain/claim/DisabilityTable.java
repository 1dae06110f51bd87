package id.ngopeni.domain.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The regulation's table of partial-disability percentages (PP 44/2015 Lampiran III as amended
 * by PP 82/2019), as data: {@code disability-table.tsv} beside this class, loaded once.
 */
public final class DisabilityTable {
  /**
   * One row.
   *
   * @param basisPoints the table's percentage, 100 = 1 %
   * @param confirmed whether the row was checked against a published copy of the table
   */
  public record Row(String code, int basisPoints, boolean confirmed, String label) {}

  private static final Map<String, Row> ROWS = load();

  private DisabilityTable() {}

  public static Optional<Row> row(String code) {
    return Optional.ofNullable(ROWS.get(code));
  }

  /** Every row, in the table's order. */
  public static Map<String, Row> all() {
    return ROWS;
  }

  private static Map<String, Row> load() {
    try (InputStream in = DisabilityTable.class.getResourceAsStream("disability-table.tsv")) {
      if (in == null) {
        throw new IllegalStateException("disability-table.tsv is missing from the classpath");
      }
      Map<String, Row> rows = new LinkedHashMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != 4 || !cols[2].matches("yes|no")) {
          throw new IllegalStateException("disability-table.tsv: bad row " + line);
        }
        int bp = Integer.parseInt(cols[1]);
        if (bp <= 0 || bp > 10_000 || rows.put(cols[0], new Row(cols[0], bp, cols[2].equals("yes"), cols[3])) != null) {
          throw new IllegalStateException("disability-table.tsv: bad or repeated row " + cols[0]);
        }
      }
      return java.util.Collections.unmodifiableMap(rows); // in the table's order
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
