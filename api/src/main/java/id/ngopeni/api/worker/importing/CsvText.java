package id.ngopeni.api.worker.importing;

/** RFC 4180 quoting for the files this package writes. */
final class CsvText {
  private CsvText() {}

  /**
   * Quotes a field holding a comma, quote or line break, doubling inner quotes. A field a
   * spreadsheet would run as a formula (= + - @) gets a leading apostrophe.
   */
  static String field(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
