package id.ngopeni.api.worker.importing;

import id.ngopeni.persistence.worker.importing.ImportRepository;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.util.UUID;

/**
 * Where an upload is piped: cuts the body into ~1 MiB chunks and stores them one after another.
 * It reports itself full while a chunk waits behind the one being stored, so the pipe pauses the
 * request: at most about two chunks of an upload are ever in memory. Past {@code maxBytes} every
 * write fails with {@link TooLarge}.
 */
final class ChunkSink implements WriteStream<Buffer> {
  static final int CHUNK_BYTES = 1024 * 1024;
  /** How long an upload may stall before the pollers treat it as abandoned. */
  static final Duration RECEIVING_LEASE = Duration.ofMinutes(10);

  /** The upload passed the size limit. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("upload too large", null, false, false);
    }
  }

  private final Pool pool;
  private final ImportRepository imports;
  private final UUID importId;
  private final long maxBytes;
  private Buffer pending = Buffer.buffer();
  private long received;
  private long unstored;
  private int nextSeq;
  private Future<Void> stored = Future.succeededFuture();
  private Handler<Void> drainHandler;

  ChunkSink(Pool pool, ImportRepository imports, UUID importId, long maxBytes) {
    this.pool = pool;
    this.imports = imports;
    this.importId = importId;
    this.maxBytes = maxBytes;
  }

  @Override
  public Future<Void> write(Buffer data) {
    received += data.length();
    if (received > maxBytes) {
      return Future.failedFuture(new TooLarge());
    }
    pending.appendBuffer(data);
    unstored += data.length();
    if (pending.length() >= CHUNK_BYTES) {
      flush();
    }
    return stored;
  }

  @Override
  public Future<Void> end() {
    if (received > maxBytes) {
      return Future.failedFuture(new TooLarge());
    }
    if (pending.length() > 0) {
      flush();
    }
    return stored;
  }

  private void flush() {
    Buffer chunk = pending;
    pending = Buffer.buffer();
    int seq = nextSeq++;
    stored = stored
        .compose(v -> imports.chunks().append(pool, importId, seq, chunk, RECEIVING_LEASE))
        .compose(ok -> ok ? Future.<Void>succeededFuture() : Future.failedFuture(new IllegalStateException("upload gone")))
        .onSuccess(v -> {
          unstored -= chunk.length();
          if (!writeQueueFull() && drainHandler != null) {
            Handler<Void> handler = drainHandler;
            drainHandler = null;
            handler.handle(null);
          }
        });
  }

  @Override
  public boolean writeQueueFull() {
    return unstored >= 2L * CHUNK_BYTES;
  }

  @Override
  public WriteStream<Buffer> drainHandler(Handler<Void> handler) {
    this.drainHandler = handler;
    return this;
  }

  @Override
  public WriteStream<Buffer> setWriteQueueMaxSize(int maxSize) {
    return this;
  }

  @Override
  public WriteStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
    return this;
  }
}
