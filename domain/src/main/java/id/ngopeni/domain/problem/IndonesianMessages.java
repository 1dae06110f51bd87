package id.ngopeni.domain.problem;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Indonesian message of each catalogued code, from {@code error-messages-id.tsv} (code, tab,
 * message) beside {@code error-codes.tsv}: a file of its own, so that codes added to the catalogue
 * and their Indonesian text merge independently. A code without a row falls back to English (the
 * test suite insists on a row for every code); a row for no code, or a repeated one, stops loading.
 */
final class IndonesianMessages {
  private IndonesianMessages() {}

  static Map<String, String> load(Set<String> codes) {
    Map<String, String> messages = new HashMap<>();
    for (String[] cells : TsvRows.read("error-messages-id.tsv")) {
      if (cells.length != 2 || cells[1].isBlank() || !codes.contains(cells[0]) || messages.containsKey(cells[0])) {
        throw new IllegalStateException("error-messages-id.tsv: bad, unknown or repeated row: " + TsvRows.line(cells));
      }
      messages.put(cells[0], cells[1]);
    }
    return Map.copyOf(messages);
  }
}
