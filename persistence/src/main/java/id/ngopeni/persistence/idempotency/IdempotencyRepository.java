package id.ngopeni.persistence.idempotency;

import id.ngopeni.persistence.crypto.FieldCipher;
import id.ngopeni.persistence.crypto.SealedField;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Idempotency keys per user, kept 24 hours. Every step runs in the request's own transaction
 * (see {@code HoldingPool}): {@link #begin} takes the key's transaction-scoped advisory lock, so a
 * second request with the same key while the first runs is told so at once; {@link #complete}
 * records the response in the same transaction as the work. Nothing is written before that, so a
 * request that dies leaves no trace: its lock ends with its transaction and a retry runs afresh.
 * Recorded answers are stored sealed ({@link SealedField#IDEMPOTENT_ANSWER}): the answer to a
 * registration carries the NIK the clerk typed, a payout's the account number.
 */
public final class IdempotencyRepository {

  /** What a request with a key finds. */
  public sealed interface Outcome {}

  /** The key is new (or expired): this request runs and its response will be stored. */
  public record Started() implements Outcome {}

  /**
   * A previous request with the same key and request hash finished: replay its response. For an
   * upload the request hash knows only the body's type and length; {@code bodySha256} (null when the
   * answer did not depend on the body, which was never read whole) is what the retried body must
   * match before the response is replayed.
   */
  public record Replay(int status, JsonObject headers, Buffer body, byte[] bodySha256) implements Outcome {}

  /** The same key was used with another request. */
  public record Mismatch() implements Outcome {}

  /** The first request with this key is still running. */
  public record InProgress() implements Outcome {}

  /** The advisory-lock class of idempotency keys (the second key is a hash of user and key). */
  private static final int LOCK_CLASS = 0x1d3e_0001;

  private static final String LOCK = "SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked";

  private static final String FIND =
      """
      SELECT request_hash, body_sha256, response_status, response_headers, response_body FROM idempotency_key
      WHERE user_id = $1 AND key = $2 AND state = 'DONE' AND created_at >= now() - interval '24 hours'
      """;

  private static final String COMPLETE =
      """
      INSERT INTO idempotency_key AS k
        (user_id, key, request_hash, state, response_status, response_headers, response_body, body_sha256)
      VALUES ($1, $2, $3, 'DONE', $4, $5, $6, $7)
      ON CONFLICT (user_id, key) DO UPDATE
        SET request_hash = EXCLUDED.request_hash, body_sha256 = EXCLUDED.body_sha256, state = 'DONE', created_at = now(),
            response_status = EXCLUDED.response_status, response_headers = EXCLUDED.response_headers,
            response_body = EXCLUDED.response_body
      """;

  private static final String PURGE = "DELETE FROM idempotency_key WHERE created_at < now() - interval '24 hours'";

  private final FieldCipher cipher;

  public IdempotencyRepository(FieldCipher cipher) {
    this.cipher = cipher;
  }

  /** In the request's transaction: the key's lock, then what an earlier request left. */
  public Future<Outcome> begin(SqlClient tx, UUID userId, String key, byte[] requestHash) {
    return begin(tx, userId, key, List.of(requestHash));
  }

  /**
   * As {@link #begin(SqlClient, UUID, String, byte[])}, where a recorded request matches any of
   * {@code requestHashes} (the hash as computed now, then as an earlier version computed it).
   */
  public Future<Outcome> begin(SqlClient tx, UUID userId, String key, List<byte[]> requestHashes) {
    return tx.preparedQuery(LOCK)
        .execute(Tuple.of(LOCK_CLASS, userId + ":" + key))
        .compose(locked -> !locked.iterator().next().getBoolean("locked")
            ? Future.succeededFuture(new InProgress())
            : tx.preparedQuery(FIND).execute(Tuple.of(userId, key)).map(rows -> existing(rows, userId, key, requestHashes)));
  }

  private Outcome existing(io.vertx.sqlclient.RowSet<Row> rows, UUID userId, String key, List<byte[]> requestHashes) {
    if (rows.size() == 0) {
      return new Started();
    }
    Row row = rows.iterator().next();
    byte[] recorded = row.getBuffer("request_hash").getBytes();
    if (requestHashes.stream().noneMatch(hash -> Arrays.equals(recorded, hash))) {
      return new Mismatch();
    }
    Object headers = row.getValue("response_headers");
    Buffer bodySha256 = row.getBuffer("body_sha256");
    Buffer sealed = row.getBuffer("response_body");
    Buffer body = sealed == null ? null
        : Buffer.buffer(cipher.openBytes(SealedField.IDEMPOTENT_ANSWER, userId + ":" + key, sealed.getBytes()));
    return new Replay(row.getInteger("response_status"), headers instanceof JsonObject h ? h : new JsonObject(),
        body, bodySha256 == null ? null : bodySha256.getBytes());
  }

  /**
   * Records the response, in the transaction of the work it answers for; {@code bodySha256} is the
   * digest of a streamed body the work read (null for a buffered body, which the request hash covers).
   */
  public Future<Void> complete(SqlClient tx, UUID userId, String key, byte[] requestHash, byte[] bodySha256, int status,
      JsonObject headers, Buffer body) {
    return tx.preparedQuery(COMPLETE)
        .execute(Tuple.of(userId, key, Buffer.buffer(requestHash), status, headers,
            body == null ? null : Buffer.buffer(cipher.seal(SealedField.IDEMPOTENT_ANSWER, userId + ":" + key, body.getBytes())),
            bodySha256 == null ? null : Buffer.buffer(bodySha256)))
        .mapEmpty();
  }

  public Future<Integer> purgeExpired(SqlClient db) {
    return db.query(PURGE).execute().map(rows -> rows.rowCount());
  }
}
