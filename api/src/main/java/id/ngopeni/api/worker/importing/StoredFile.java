package id.ngopeni.api.worker.importing;

import id.ngopeni.persistence.worker.importing.ImportJob;
import id.ngopeni.persistence.worker.importing.ImportRepository;
import io.vertx.sqlclient.Pool;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A job's uploaded file, opened as often as the job reads it (once to count, once to import).
 * CSV is streamed straight from the stored chunks; XLSX is copied to a temporary file first,
 * because a ZIP's directory sits at its end, and the copy is deleted when the job is done. The copy
 * is checked once by {@link XlsxGuard} (cells, rows, inflated sizes) before it is read.
 */
final class StoredFile implements AutoCloseable {
  private final Pool pool;
  private final ImportRepository imports;
  private final ImportJob job;
  private Path localCopy;

  StoredFile(Pool pool, ImportRepository imports, ImportJob job) {
    this.pool = pool;
    this.imports = imports;
    this.job = job;
  }

  SheetRows open() throws IOException {
    if (job.format().equals(ImportFormat.XLSX.name())) {
      if (localCopy == null) {
        localCopy = Files.createTempFile("ngopeni-import-", ".xlsx");
        try (InputStream in = new ChunkInputStream(pool, imports, job.id())) {
          Files.copy(in, localCopy, StandardCopyOption.REPLACE_EXISTING);
        }
        // Before the reader sees it: the reader builds rows whole, sized by their last cell.
        XlsxGuard.check(localCopy, XlsxGuard.DEFAULT);
      }
      return new XlsxRows(localCopy.toFile());
    }
    return new CsvRows(new ChunkInputStream(pool, imports, job.id()));
  }

  @Override
  public void close() {
    if (localCopy != null) {
      try {
        Files.deleteIfExists(localCopy);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
