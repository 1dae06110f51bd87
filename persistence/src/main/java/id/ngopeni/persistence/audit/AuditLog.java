package id.ngopeni.persistence.audit;

import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Appends to and reads the hash-chained audit trail. {@link #append} must run on the same
 * transaction as the change it records, as its last statement: it locks the chain head
 * until commit, so the chain order is the commit order.
 */
public final class AuditLog {
  /** Keys never written to the trail, at any depth: personal identifiers and secrets. */
  static final Set<String> FORBIDDEN_KEYS = Set.of("nik", "password", "passwordHash", "content", "accessToken", "refreshToken");

  private static final String APPEND =
      """
      WITH head AS (
        SELECT seq, hash FROM audit_head WHERE singleton FOR UPDATE
      ), entry AS (
        SELECT head.seq + 1 AS seq, clock_timestamp() AS occurred_at, head.hash AS prev_hash FROM head
      ), inserted AS (
        INSERT INTO audit_entry (seq, occurred_at, actor_id, actor_role, action, entity_type, entity_id, before, after, prev_hash, hash)
        SELECT e.seq, e.occurred_at, $1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, e.prev_hash,
               sha256(e.prev_hash || audit_canonical(e.seq, e.occurred_at, $1, $2, $3, $4, $5, $6::jsonb, $7::jsonb))
        FROM entry e
        RETURNING seq, hash
      )
      UPDATE audit_head SET seq = inserted.seq, hash = inserted.hash FROM inserted
      WHERE audit_head.singleton
      RETURNING audit_head.seq
      """;

  private static final String LIST =
      """
      SELECT seq, occurred_at, actor_id, actor_role, action, entity_type, entity_id, before, after, hash
      FROM audit_entry
      WHERE ($1::text IS NULL OR entity_type = $1)
        AND ($2::text IS NULL OR entity_id = $2)
        AND ($3::bigint IS NULL OR seq < $3)
      ORDER BY seq DESC
      LIMIT $4
      """;

  /**
   * Recomputes every hash and link in one pass; the first entry whose hash, link or position
   * is wrong is the first broken one. A missing tail shows as the head disagreeing.
   */
  private static final String VERIFY =
      """
      WITH chain AS (
        SELECT seq, hash, prev_hash,
               lag(hash) OVER (ORDER BY seq) AS expected_prev,
               lag(seq) OVER (ORDER BY seq) AS previous_seq,
               sha256(prev_hash || audit_canonical(seq, occurred_at, actor_id, actor_role, action, entity_type,
                                                   entity_id, before, after)) AS recomputed
        FROM audit_entry
      )
      SELECT (SELECT count(*) FROM audit_entry) AS entries,
             (SELECT min(seq) FROM chain
               WHERE recomputed <> hash
                  OR prev_hash <> coalesce(expected_prev, decode(repeat('00', 32), 'hex'))
                  OR seq <> coalesce(previous_seq, 0) + 1) AS first_broken,
             (SELECT seq FROM audit_head) AS head_seq,
             (SELECT hash FROM audit_head) AS head_hash,
             (SELECT hash FROM audit_entry ORDER BY seq DESC LIMIT 1) AS last_hash,
             (SELECT max(seq) FROM audit_entry) AS last_seq
      """;

  /** The result of recomputing the chain. */
  public record Verification(boolean valid, long entries, Long firstBrokenSeq) {}

  public Future<Long> append(SqlClient tx, AuditEvent event) {
    return tx.preparedQuery(APPEND)
        .execute(Tuple.tuple()
            .addUUID(event.actorId())
            .addString(event.actorRole())
            .addString(event.action())
            .addString(event.entityType())
            .addString(event.entityId())
            .addJsonObject(scrub(event.before()))
            .addJsonObject(scrub(event.after())))
        .map(rows -> rows.iterator().next().getLong(0));
  }

  public Future<Slice<AuditEntry>> list(SqlClient db, String entityType, String entityId, Long beforeSeq, int limit) {
    return db.preparedQuery(LIST)
        .execute(Tuple.of(entityType, entityId, beforeSeq, limit + 1))
        .map(rows -> {
          List<AuditEntry> entries = new ArrayList<>();
          rows.forEach(r -> entries.add(toEntry(r)));
          return Slice.of(entries, limit);
        });
  }

  public Future<Verification> verify(SqlClient db) {
    return db.query(VERIFY).execute().map(rows -> {
      Row r = rows.iterator().next();
      long entries = r.getLong("entries");
      Long firstBroken = r.getLong("first_broken");
      long headSeq = r.getLong("head_seq");
      Long lastSeq = r.getLong("last_seq");
      boolean headAgrees = entries == 0
          ? headSeq == 0
          : lastSeq != null && headSeq == lastSeq && r.getBuffer("head_hash").equals(r.getBuffer("last_hash"));
      if (firstBroken == null && !headAgrees) {
        firstBroken = (lastSeq == null ? 0 : lastSeq) + 1;
      }
      return new Verification(firstBroken == null, entries, firstBroken);
    });
  }

  private static AuditEntry toEntry(Row r) {
    return new AuditEntry(
        r.getLong("seq"),
        r.getOffsetDateTime("occurred_at").toInstant(),
        r.getUUID("actor_id"),
        r.getString("actor_role"),
        r.getString("action"),
        r.getString("entity_type"),
        r.getString("entity_id"),
        json(r.getValue("before")),
        json(r.getValue("after")),
        HexFormat.of().formatHex(r.getBuffer("hash").getBytes()));
  }

  private static JsonObject json(Object value) {
    return value instanceof JsonObject o ? o : null;
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
