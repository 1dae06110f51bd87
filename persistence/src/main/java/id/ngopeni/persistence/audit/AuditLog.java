package id.ngopeni.persistence.audit;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Set;

/**
 * Appends to and reads the hash-chained audit trail. {@link #append} must run on the same
 * transaction as the change it records, as its last statement: it locks the chain head
 * until commit, so the chain order is the commit order.
 */
public final class AuditLog {
  /** Keys never written to the trail, at any depth: personal identifiers and secrets. */
  static final Set<String> FORBIDDEN_KEYS = Set.of("nik", "password", "passwordHash", "content", "accessToken", "refreshToken");

  private static final String LOCK_HEAD = "SELECT seq, hash FROM audit_head WHERE singleton FOR UPDATE";

  /** The entry's time and canonical content, computed by the one definition verification also uses. */
  private static final String CANONICAL =
      """
      SELECT t.at AS occurred_at, audit_canonical($1, t.at, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb) AS canonical
      FROM (SELECT clock_timestamp() AS at) t
      """;

  private static final String APPEND =
      """
      WITH inserted AS (
        INSERT INTO audit_entry (seq, occurred_at, actor_id, actor_role, action, entity_type, entity_id, before, after,
                                 prev_hash, hash, keyed)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11, true)
        RETURNING seq, hash
      )
      UPDATE audit_head SET seq = inserted.seq, hash = inserted.hash FROM inserted
      WHERE audit_head.singleton
      RETURNING audit_head.seq
      """;

  private final AuditKey key;

  public AuditLog(AuditKey key) {
    this.key = key;
  }

  /** The result of recomputing the chain. */
  public record Verification(boolean valid, long entries, Long firstBrokenSeq) {}

  /** The chain's newest entry, as the head row says. */
  public record Head(long seq, byte[] hash) {}

  public Future<Head> head(SqlClient db) {
    return db.query("SELECT seq, hash FROM audit_head WHERE singleton").execute()
        .map(rows -> rows.iterator().next())
        .map(r -> new Head(r.getLong("seq"), r.getBuffer("hash").getBytes()));
  }

  /** The hash stored with entry {@code seq}, if there is such an entry. */
  public Future<java.util.Optional<byte[]>> hashAt(SqlClient db, long seq) {
    return db.preparedQuery("SELECT hash FROM audit_entry WHERE seq = $1").execute(Tuple.of(seq))
        .map(rows -> rows.size() == 0 ? java.util.Optional.<byte[]>empty()
            : java.util.Optional.of(rows.iterator().next().getBuffer("hash").getBytes()));
  }

  /**
   * Appends under the head's lock: reads the head, has PostgreSQL compute the entry's time and
   * canonical content, links it with the key (which never reaches the database) and writes entry
   * and head in one statement.
   */
  public Future<Long> append(SqlClient tx, AuditEvent event) {
    JsonObject before = scrub(event.before());
    JsonObject after = scrub(event.after());
    return tx.query(LOCK_HEAD).execute().compose(head -> {
      Row h = head.iterator().next();
      long seq = h.getLong("seq") + 1;
      byte[] previous = h.getBuffer("hash").getBytes();
      return tx.preparedQuery(CANONICAL)
          .execute(Tuple.tuple().addLong(seq).addUUID(event.actorId()).addString(event.actorRole())
              .addString(event.action()).addString(event.entityType()).addString(event.entityId())
              .addJsonObject(before).addJsonObject(after))
          .compose(content -> {
            Row c = content.iterator().next();
            byte[] hash = key.link(previous, c.getBuffer("canonical").getBytes());
            return tx.preparedQuery(APPEND).execute(Tuple.tuple().addLong(seq).addOffsetDateTime(c.getOffsetDateTime("occurred_at"))
                .addUUID(event.actorId()).addString(event.actorRole()).addString(event.action())
                .addString(event.entityType()).addString(event.entityId()).addJsonObject(before).addJsonObject(after)
                .addBuffer(Buffer.buffer(previous)).addBuffer(Buffer.buffer(hash)));
          });
    }).map(rows -> rows.iterator().next().getLong(0));
  }

  /** Recomputes every link of the chain with the key; see {@link ChainVerification}. */
  public Future<Verification> verify(SqlClient db) {
    return new ChainVerification(key).run(db);
  }

  /**
   * A copy with forbidden keys removed at every depth; null stays null. (Bound as a JsonObject:
   * a String bound to a jsonb parameter would be stored as a JSON string.)
   */
  static JsonObject scrub(JsonObject state) {
    return state == null ? null : clean(state.copy());
  }

  private static JsonObject clean(JsonObject object) {
    for (String key : new ArrayList<>(object.fieldNames())) {
      if (FORBIDDEN_KEYS.contains(key)) {
        object.remove(key);
      } else {
        cleanValue(object.getValue(key));
      }
    }
    return object;
  }

  private static void cleanValue(Object value) {
    if (value instanceof JsonObject o) {
      clean(o);
    } else if (value instanceof JsonArray a) {
      a.forEach(AuditLog::cleanValue);
    }
  }
}
