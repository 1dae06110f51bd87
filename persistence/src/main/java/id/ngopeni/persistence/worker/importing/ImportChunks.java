package id.ngopeni.persistence.worker.importing;

import id.ngopeni.persistence.crypto.FieldCipher;
import id.ngopeni.persistence.crypto.SealedField;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * An upload's file, chunk by chunk, in worker_import_chunk: stored sealed ({@link
 * SealedField#IMPORT_CHUNK}, the import's id and the chunk's number as its owner), because a file
 * on its way in holds NIKs and phones in clear.
 */
public record ImportChunks(FieldCipher cipher) {
  /** One statement: the chunk and the upload's size and liveness move together. */
  private static final String APPEND =
      """
      WITH chunk AS (INSERT INTO worker_import_chunk (import_id, seq, data) VALUES ($1, $2, $3))
      UPDATE worker_import SET size_bytes = size_bytes + $4, lease_until = now() + make_interval(secs => $5)
      WHERE id = $1 AND status = 'RECEIVING'
      """;

  private static final String CHUNK = "SELECT data FROM worker_import_chunk WHERE import_id = $1 AND seq = $2";

  /** Stores chunk {@code seq} sealed; false when the upload is gone (abandoned and purged). */
  public Future<Boolean> append(SqlClient db, UUID id, int seq, Buffer data, Duration lease) {
    Buffer sealed = Buffer.buffer(cipher.seal(SealedField.IMPORT_CHUNK, id + ":" + seq, data.getBytes()));
    return db.preparedQuery(APPEND)
        .execute(Tuple.of(id, seq, sealed, (long) data.length(), ImportRepository.seconds(lease)))
        .map(rows -> rows.rowCount() == 1);
  }

  /** Chunk {@code seq} of the file, opened; empty past the last one. */
  public Future<Optional<Buffer>> chunk(SqlClient db, UUID id, int seq) {
    return db.preparedQuery(CHUNK).execute(Tuple.of(id, seq)).map(rows -> rows.size() == 0 ? Optional.empty()
        : Optional.of(Buffer.buffer(cipher.openBytes(SealedField.IMPORT_CHUNK, id + ":" + seq,
            rows.iterator().next().getBuffer(0).getBytes()))));
  }
}
