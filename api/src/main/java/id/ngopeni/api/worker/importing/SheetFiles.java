package id.ngopeni.api.worker.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The readers of this package for another capability's uploads (the DTSEN extract): a local CSV or
 * XLSX file as rows, streamed. An XLSX is checked by {@link XlsxGuard} first, as imports are.
 */
public final class SheetFiles {
  private SheetFiles() {}

  /** Opens the file; a malformed one fails with {@link FileProblem} (at once or while reading). */
  public static SheetRows open(Path file, ImportFormat format) throws IOException {
    if (format == ImportFormat.XLSX) {
      XlsxGuard.check(file, XlsxGuard.DEFAULT);
      return new XlsxRows(file.toFile());
    }
    InputStream in = Files.newInputStream(file);
    return new CsvRows(in);
  }
}
