package id.ngopeni.persistence.audit;

import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Reads the audit trail for people (V52): newest first, filtered by {@link AuditQuery}, each entry
 * with its actor's username and the worker it is about. Appending and verifying stay in
 * {@link AuditLog}.
 */
public final class AuditSearch {
  /**
   * The worker of an entry: its own reference ({@code audit_worker_ref}), else the payout's or the
   * claim document's worker. Casts are guarded: an entity id is text of any shape.
   */
  private static final String SELECT =
      """
      SELECT e.seq, e.occurred_at, e.actor_id, e.actor_role, e.action, e.entity_type, e.entity_id, e.before, e.after,
             e.hash, u.username AS actor_name, w.id AS worker_id, w.full_name AS worker_name,
             coalesce(p.number, ec.number, eb.number) AS entity_number
      FROM audit_entry e
      LEFT JOIN app_user u ON u.id = e.actor_id
      LEFT JOIN payout p ON e.entity_type = 'payout'
        AND p.id = (CASE WHEN e.entity_type = 'payout' AND e.entity_id ~ $10 THEN e.entity_id::uuid END)
      LEFT JOIN claim_document d ON e.entity_type = 'claim_document'
        AND d.id = (CASE WHEN e.entity_type = 'claim_document' AND e.entity_id ~ $10 THEN e.entity_id::uuid END)
      LEFT JOIN claim dc ON dc.id = d.claim_id
      LEFT JOIN claim ec ON e.entity_type = 'claim'
        AND ec.id = (CASE WHEN e.entity_type = 'claim' AND e.entity_id ~ $10 THEN e.entity_id::uuid END)
      LEFT JOIN payout_batch eb ON e.entity_type = 'payout_batch'
        AND eb.id = (CASE WHEN e.entity_type = 'payout_batch' AND e.entity_id ~ $10 THEN e.entity_id::uuid END)
      LEFT JOIN worker w ON w.id = coalesce(
        (CASE WHEN audit_worker_ref(e.entity_type, e.entity_id, e.before, e.after) ~ $10
              THEN audit_worker_ref(e.entity_type, e.entity_id, e.before, e.after)::uuid END),
        p.worker_id, dc.worker_id)
      WHERE ($1::text IS NULL OR e.entity_type = $1)
        AND ($2::text IS NULL OR e.entity_id = $2)
        AND ($3::uuid IS NULL OR e.actor_id = $3)
        AND ($4::text IS NULL OR e.action = $4 OR e.action LIKE $4 || '.%')
        AND ($5::timestamptz IS NULL OR e.occurred_at >= $5)
        AND ($6::timestamptz IS NULL OR e.occurred_at < $6)
        AND ($7::uuid IS NULL
             OR audit_worker_ref(e.entity_type, e.entity_id, e.before, e.after) = $7::text
             OR (e.entity_type = 'payout' AND e.entity_id IN (SELECT id::text FROM payout WHERE worker_id = $7))
             OR (e.entity_type = 'claim_document' AND e.entity_id IN
                   (SELECT x.id::text FROM claim_document x JOIN claim c ON c.id = x.claim_id WHERE c.worker_id = $7)))
        AND ($8::bigint IS NULL OR e.seq < $8)
      ORDER BY e.seq DESC
      LIMIT $9
      """;

  private static final String UUID_SHAPE = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

  private static final String ACTORS =
      """
      SELECT u.id, u.username, u.role FROM app_user u
      WHERE EXISTS (SELECT 1 FROM audit_entry e WHERE e.actor_id = u.id)
      ORDER BY u.username
      """;

  /** A user who acted in the trail, for choosing an actor by name. */
  public record Actor(UUID id, String username, String role) {}

  /** A page newest first: at most {@code limit} entries before {@code beforeSeq}. */
  public Future<Slice<AuditRow>> page(SqlClient db, AuditQuery q, Long beforeSeq, int limit) {
    return rows(db, q, beforeSeq, limit + 1).map(rows -> Slice.of(rows, limit));
  }

  /** Up to {@code limit} entries newest first, for an export (one more than a file holds tells it is too large). */
  public Future<List<AuditRow>> rows(SqlClient db, AuditQuery q, Long beforeSeq, int limit) {
    Tuple params = Tuple.tuple().addString(q.entityType()).addString(q.entityId()).addUUID(q.actorId())
        .addString(q.action())
        .addOffsetDateTime(q.from() == null ? null : q.from().atOffset(ZoneOffset.UTC))
        .addOffsetDateTime(q.to() == null ? null : q.to().atOffset(ZoneOffset.UTC))
        .addUUID(q.workerId()).addLong(beforeSeq).addInteger(limit).addString(UUID_SHAPE);
    return db.preparedQuery(SELECT).execute(params).map(rows -> {
      List<AuditRow> out = new ArrayList<>(rows.size());
      rows.forEach(r -> out.add(new AuditRow(entry(r), r.getString("actor_name"), r.getUUID("worker_id"),
          r.getString("worker_name"), r.getString("entity_number"))));
      return out;
    });
  }

  /** Every user who appears as an actor, by username. */
  public Future<List<Actor>> actors(SqlClient db) {
    return db.query(ACTORS).execute().map(rows -> {
      List<Actor> out = new ArrayList<>();
      rows.forEach(r -> out.add(new Actor(r.getUUID("id"), r.getString("username"), r.getString("role"))));
      return out;
    });
  }

  static AuditEntry entry(Row r) {
    return new AuditEntry(r.getLong("seq"), r.getOffsetDateTime("occurred_at").toInstant(), r.getUUID("actor_id"),
        r.getString("actor_role"), r.getString("action"), r.getString("entity_type"), r.getString("entity_id"),
        json(r.getValue("before")), json(r.getValue("after")), HexFormat.of().formatHex(r.getBuffer("hash").getBytes()));
  }

  private static JsonObject json(Object value) {
    return value instanceof JsonObject o ? o : null;
  }
}
