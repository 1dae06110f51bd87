package id.ngopeni.api.http;

import id.ngopeni.domain.problem.HttpError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one guard every file the server writes passes its text through: the bank transfer file,
 * the invoice lines, the worker export and an import's errors.csv. A value holding a line break
 * or another control character ({@link ControlCharacters}) is never written, quoted or not —
 * quoting keeps an RFC 4180 reader right but a line-based bank importer would still see a
 * second record. Such a value cannot come through the API (it refuses them on input), only
 * from a database written behind its back, so the writer stops: {@link #refuse} throws
 * {@code unsafe_file_value} (409) and the download fails instead of carrying an injected record.
 */
public final class FileCells {
  private static final Logger LOG = LoggerFactory.getLogger(FileCells.class);

  private FileCells() {}

  /**
   * {@code value} as one CSV cell: refused if unsafe (see the class comment); a cell a
   * spreadsheet would run as a formula ({@code = + - @}) gets a leading apostrophe (OWASP's
   * advice); quoted, inner quotes doubled, when it holds a comma or a quote. Null is empty.
   */
  public static String csv(String column, String value) {
    String text = checked(column, value == null ? "" : value);
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return text.indexOf(',') >= 0 || text.indexOf('"') >= 0 ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  /** {@code value} unchanged (null too) if it is safe in a record, else {@link #refuse}. */
  public static String checked(String column, String value) {
    if (value != null && ControlCharacters.any(value)) {
      throw refuse(column);
    }
    return value;
  }

  /** The problem a writer fails with; logged with the column only (the value may be personal data). */
  static HttpProblem refuse(String column) {
    LOG.warn("Refused to write a control character into column {} of a file: the stored value was not written "
        + "through the API", column);
    return new HttpProblem(HttpError.UNSAFE_FILE_VALUE, "The stored " + column + " of a record holds a line break or "
        + "another control character; the file was not written.");
  }
}
