package id.ngopeni.api.worker;

import java.util.regex.Pattern;

/**
 * Spreadsheet formula injection: a cell starting with {@code = + - @} (or a tab or carriage
 * return) is run as a formula by Excel and LibreOffice, so such text gets a leading single quote,
 * which spreadsheets show as text and do not evaluate (OWASP's advice). Phone numbers are the one
 * exception: they are stored as {@code +62} followed only by digits (validated on input), which
 * cannot carry a formula, and prefixing them would corrupt a value offices re-import.
 */
final class CsvCells {
  private static final Pattern STORED_PHONE = Pattern.compile("\\+\\d[\\d•]{7,15}"); // stored, or masked (•): neither can be a formula

  private CsvCells() {}

  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    return formula ? "'" + value : value;
  }

  static String phone(String value) {
    return value == null || STORED_PHONE.matcher(value).matches() ? value : text(value);
  }
}
