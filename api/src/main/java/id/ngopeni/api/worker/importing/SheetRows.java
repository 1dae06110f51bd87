package id.ngopeni.api.worker.importing;

import java.io.IOException;

/** The rows of an uploaded file, read one at a time so memory stays flat however long it is. */
public interface SheetRows extends AutoCloseable {
  /** The next row (blank rows included, so numbers match the file), or null at the end. */
  SourceRow next() throws IOException;

  @Override
  void close() throws IOException;
}
