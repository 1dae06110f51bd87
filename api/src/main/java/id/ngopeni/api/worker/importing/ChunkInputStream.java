package id.ngopeni.api.worker.importing;

import id.ngopeni.persistence.worker.importing.ImportRepository;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * The stored upload as a blocking stream, one chunk (~1 MiB) in memory plus the next one already
 * on its way. Blocks the calling thread: use it only on the import worker, never on an event loop.
 */
final class ChunkInputStream extends InputStream {
  private final Pool pool;
  private final ImportRepository imports;
  private final UUID importId;
  private int nextSeq;
  private Future<Optional<Buffer>> prefetch;
  private byte[] current = new byte[0];
  private int position;
  private boolean ended;

  ChunkInputStream(Pool pool, ImportRepository imports, UUID importId) {
    this.pool = pool;
    this.imports = imports;
    this.importId = importId;
    this.prefetch = fetch();
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    while (position >= current.length) {
      if (ended) {
        return -1;
      }
      Optional<Buffer> chunk = prefetch.await();
      if (chunk.isEmpty()) {
        ended = true;
        return -1;
      }
      current = chunk.get().getBytes();
      position = 0;
      prefetch = fetch();
    }
    int n = Math.min(length, current.length - position);
    System.arraycopy(current, position, into, offset, n);
    position += n;
    return n;
  }

  private Future<Optional<Buffer>> fetch() {
    return imports.chunks().chunk(pool, importId, nextSeq++);
  }
}
