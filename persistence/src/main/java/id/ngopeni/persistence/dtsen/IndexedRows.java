package id.ngopeni.persistence.dtsen;

import io.vertx.core.buffer.Buffer;

/** A batch of an extract's rows ready for the staging table: each NIK as its blind index. */
public record IndexedRows(Integer[] rowNumbers, Buffer[] hashes, Short[] deciles) {
  public int size() {
    return rowNumbers.length;
  }
}
