package id.ngopeni.persistence.idempotency;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.util.UUID;

/** Idempotency keys per user, kept 24 hours. Every step is one atomic statement. */
public final class IdempotencyRepository {

  /** What a request with a key finds. */
  public sealed interface Outcome {}

  /** The key is new (or expired): this request runs and its response will be stored. */
  public record Started() implements Outcome {}

  /** A previous request with the same key and body finished: replay its response. */
  public record Replay(int status, JsonObject headers, Buffer body) implements Outcome {}

  /** The same key was used with another request. */
  public record Mismatch() implements Outcome {}

  /** The first request with this key is still running. */
  public record InProgress() implements Outcome {}

  /** Claims the key, taking over a row older than 24 hours; returns nothing if the key is live. */
  private static final String CLAIM =
      """
      INSERT INTO idempotency_key AS k (user_id, key, request_hash, state)
      VALUES ($1, $2, $3, 'IN_PROGRESS')
      ON CONFLICT (user_id, key) DO UPDATE
        SET request_hash = EXCLUDED.request_hash, state = 'IN_PROGRESS', created_at = now(),
            response_status = NULL, response_headers = NULL, response_body = NULL
        WHERE k.created_at < now() - interval '24 hours'
      RETURNING 1
      """;

  private static final String FIND =
      "SELECT request_hash, state, response_status, response_headers, response_body FROM idempotency_key WHERE user_id = $1 AND key = $2";

  private static final String COMPLETE =
      """
      UPDATE idempotency_key SET state = 'DONE', response_status = $3, response_headers = $4, response_body = $5
      WHERE user_id = $1 AND key = $2 AND state = 'IN_PROGRESS'
      """;

  private static final String RELEASE =
      "DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2 AND state = 'IN_PROGRESS'";

  private static final String PURGE = "DELETE FROM idempotency_key WHERE created_at < now() - interval '24 hours'";

  public Future<Outcome> begin(SqlClient db, UUID userId, String key, byte[] requestHash) {
    return db.preparedQuery(CLAIM)
        .execute(Tuple.of(userId, key, Buffer.buffer(requestHash)))
        .compose(claimed -> claimed.rowCount() == 1
            ? Future.succeededFuture(new Started())
            : db.preparedQuery(FIND).execute(Tuple.of(userId, key)).map(rows -> existing(rows, requestHash)));
  }

  private static Outcome existing(io.vertx.sqlclient.RowSet<Row> rows, byte[] requestHash) {
    if (rows.size() == 0) {
      // Released between our two statements: the caller may simply retry.
      return new InProgress();
    }
    Row row = rows.iterator().next();
    if (!Arrays.equals(row.getBuffer("request_hash").getBytes(), requestHash)) {
      return new Mismatch();
    }
    if (!"DONE".equals(row.getString("state"))) {
      return new InProgress();
    }
    Object headers = row.getValue("response_headers");
    return new Replay(row.getInteger("response_status"), headers instanceof JsonObject h ? h : new JsonObject(),
        row.getBuffer("response_body"));
  }

  public Future<Void> complete(SqlClient db, UUID userId, String key, int status, JsonObject headers, Buffer body) {
    return db.preparedQuery(COMPLETE).execute(Tuple.of(userId, key, status, headers, body)).mapEmpty();
  }

  public Future<Void> release(SqlClient db, UUID userId, String key) {
    return db.preparedQuery(RELEASE).execute(Tuple.of(userId, key)).mapEmpty();
  }

  public Future<Integer> purgeExpired(SqlClient db) {
    return db.query(PURGE).execute().map(rows -> rows.rowCount());
  }
}
