package id.ngopeni.persistence.crypto;

import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;

/** bytea between the Vert.x client ({@link Buffer}) and the crypto ({@code byte[]}); null stays null. */
public final class Bytes {
  private Bytes() {}

  public static byte[] of(Row row, String column) {
    Buffer buffer = row.getBuffer(column);
    return buffer == null ? null : buffer.getBytes();
  }

  public static Buffer buffer(byte[] bytes) {
    return bytes == null ? null : Buffer.buffer(bytes);
  }
}
