package id.ngopeni.api.worker.importing;

import id.ngopeni.domain.problem.Invalid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The import's CSV and XLSX readers for other capabilities' uploads (BPJS's files): the same
 * streaming, encoding rules and XLSX guard as a worker import, one row at a time. Blocking: call it
 * on a worker thread.
 */
public final class Sheets {
  /** Receives each row: its number as a spreadsheet shows it (header = 1) and its cells as text. */
  @FunctionalInterface
  public interface RowHandler {
    void row(int number, List<String> cells);
  }

  private Sheets() {}

  /** Whether the Content-Type names XLSX (true), CSV (false), or neither (empty). */
  public static Optional<Boolean> isXlsx(String contentType) {
    return ImportFormat.ofContentType(contentType).map(f -> f == ImportFormat.XLSX);
  }

  /**
   * Reads every row of the file (blank rows skipped); a file that cannot be read as a whole is
   * {@link Invalid} on the field {@code file} with the import's code (encoding, open quote, XLSX
   * limits…).
   */
  public static void read(Path file, boolean xlsx, RowHandler handler) throws IOException {
    try {
      if (xlsx) {
        XlsxGuard.check(file, XlsxGuard.DEFAULT);
      }
      try (SheetRows rows = xlsx ? new XlsxRows(file.toFile()) : new CsvRows(Files.newInputStream(file))) {
        for (SourceRow row = rows.next(); row != null; row = rows.next()) {
          if (!row.isBlank()) {
            handler.row(row.number(), row.values());
          }
        }
      }
    } catch (FileProblem e) {
      throw Invalid.of("file", e.errorCode(), e.getMessage());
    }
  }
}
