package id.ngopeni.domain.problem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a tab-separated catalogue file on the classpath beside this package ({@code
 * error-codes.tsv}, {@code error-messages-id.tsv}): blank lines and {@code #} comments are skipped,
 * every other line is split on tabs, empty cells kept.
 */
final class TsvRows {
  private TsvRows() {}

  /** Each row's cells, in file order; {@link IllegalStateException} if the file is missing. */
  static List<String[]> read(String fileName) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = TsvRows.class.getResourceAsStream(fileName)) {
      if (in == null) {
        throw new IllegalStateException(fileName + " is missing from the classpath");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** The row as it stood in the file, for error messages. */
  static String line(String[] cells) {
    return String.join("\t", cells);
  }
}
