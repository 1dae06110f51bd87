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

  /** One non-blank row: its number as a spreadsheet shows it (header = 1) and its cells. */
  public record Line(int number, List<String> cells) {}

  /** Opens the file for reading in slices ({@link Reader#next}); XLSX is checked by the guard first. */
  public static Reader open(Path file, boolean xlsx) throws IOException {
    try {
      if (xlsx) {
        XlsxGuard.check(file, XlsxGuard.DEFAULT);
        return new Reader(new XlsxRows(file.toFile()));
      }
      return new Reader(new CsvRows(Files.newInputStream(file)));
    } catch (FileProblem e) {
      throw Invalid.of("file", e.errorCode(), e.getMessage());
    }
  }

  /** A file read a slice of rows at a time, so a caller can write each slice before reading on. */
  public static final class Reader implements AutoCloseable {
    private final SheetRows rows;
    private boolean ended;

    private Reader(SheetRows rows) {
      this.rows = rows;
    }

    /** Up to {@code max} non-blank rows; empty at the end of the file. */
    public List<Line> next(int max) throws IOException {
      List<Line> out = new java.util.ArrayList<>(Math.min(max, 10_000));
      try {
        while (!ended && out.size() < max) {
          SourceRow row = rows.next();
          if (row == null) {
            ended = true;
          } else if (!row.isBlank()) {
            out.add(new Line(row.number(), row.values()));
          }
        }
      } catch (FileProblem e) {
        throw Invalid.of("file", e.errorCode(), e.getMessage());
      }
      return out;
    }

    @Override
    public void close() throws IOException {
      rows.close();
    }
  }
}
