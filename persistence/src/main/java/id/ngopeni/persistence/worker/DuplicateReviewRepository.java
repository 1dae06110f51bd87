package id.ngopeni.persistence.worker;

import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The duplicate review queue ({@code duplicate_review}, V54) and the removal record a
 * duplicate leaves for retention ({@code worker_removal}, V47). The workers on a review are read
 * through {@link WorkerRepository#toWorker}, their identifiers opened.
 */
public final class DuplicateReviewRepository {
  private static final String COLUMNS = """
      r.id, r.worker_id, w.kelurahan_code, r.candidate_ids, r.candidate_why, r.reason, r.opened_by,
      ob.username AS opened_by_username, r.opened_at, r.status, r.duplicate_of, r.note, r.resolved_by,
      rb.username AS resolved_by_username, r.resolved_at, r.version, r.import_id
      FROM duplicate_review r
      JOIN worker w ON w.id = r.worker_id
      JOIN app_user ob ON ob.id = r.opened_by
      LEFT JOIN app_user rb ON rb.id = r.resolved_by""";

  private static final String INSERT = """
      INSERT INTO duplicate_review (id, worker_id, candidate_ids, candidate_why, reason, opened_by, import_id)
      VALUES ($1, $2, $3, $4, $5, $6, $7)""";

  /** An import's check: a worker reviewed meanwhile (by an edit, or the other path of the check) keeps that review. */
  private static final String INSERT_UNLESS_REVIEWED = INSERT + " ON CONFLICT (worker_id) DO NOTHING";

  private static final String STATUS_OF = "SELECT status FROM duplicate_review WHERE worker_id = $1";

  private static final String FIND = "SELECT " + COLUMNS + " WHERE r.id = $1";

  private static final String LOCK = "SELECT id FROM duplicate_review WHERE id = $1 FOR UPDATE";

  /** Oldest first; a status and a scope (the reviewed worker's kelurahan) when given. */
  private static final String LIST = "SELECT " + COLUMNS + """

      WHERE ($1::text IS NULL OR r.status = $1)
        AND ($2::text[] IS NULL OR w.kelurahan_code = ANY($2))
        AND r.id > coalesce($3::uuid, '00000000-0000-0000-0000-000000000000'::uuid)
      ORDER BY r.id LIMIT $4""";

  private static final String RESOLVE = """
      UPDATE duplicate_review SET status = $3, note = $4, duplicate_of = $5, resolved_by = $6, resolved_at = now(),
        version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'OPEN'""";

  private static final String REMOVED_AS_DUPLICATE = """
      INSERT INTO worker_removal (worker_id, reason, merged_into, removed_by) VALUES ($1, 'DUPLICATE', $2, $3)""";

  private static final String WORKERS =
      "SELECT " + WorkerRepository.COLUMNS + " FROM worker w " + WorkerQuery.LATEST_MEMBERSHIP + " WHERE w.id = ANY($1)";

  private final WorkerRepository workers;

  public DuplicateReviewRepository(WorkerRepository workers) {
    this.workers = workers;
  }

  /** Opens the review of a worker just saved ({@code importId} null), or found by an import's duplicate check. */
  public Future<Void> insert(SqlClient tx, UUID id, UUID workerId, List<UUID> candidates, List<String> why, String reason,
      UUID openedBy, UUID importId) {
    return tx.preparedQuery(INSERT).execute(Tuple.of(id, workerId, candidates.toArray(UUID[]::new),
        why.toArray(String[]::new), reason, openedBy, importId)).mapEmpty();
  }

  /** Opens a review found by an import's duplicate check, unless the worker has one; whether it did. */
  public Future<Boolean> insertUnlessReviewed(SqlClient tx, UUID id, UUID workerId, List<UUID> candidates, List<String> why,
      UUID openedBy, UUID importId) {
    return tx.preparedQuery(INSERT_UNLESS_REVIEWED).execute(Tuple.of(id, workerId, candidates.toArray(UUID[]::new),
        why.toArray(String[]::new), null, openedBy, importId)).map(rows -> rows.rowCount() == 1);
  }

  /** The state of the worker's review, empty when they were never reviewed. */
  public Future<Optional<String>> statusOf(SqlClient db, UUID workerId) {
    return db.preparedQuery(STATUS_OF).execute(Tuple.of(workerId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString(0)));
  }

  public Future<Optional<StoredDuplicateReview>> find(SqlClient db, UUID id) {
    return db.preparedQuery(FIND).execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toReview(rows.iterator().next())));
  }

  /** Locks the review's row until the transaction ends; false when there is none. */
  public Future<Boolean> lock(SqlClient tx, UUID id) {
    return tx.preparedQuery(LOCK).execute(Tuple.of(id)).map(rows -> rows.size() > 0);
  }

  /**
   * A page of reviews after {@code after} (null: from the oldest).
   *
   * @param status null for every state
   * @param kelurahanCodes null for every kelurahan (a field officer's scope otherwise)
   */
  public Future<Slice<StoredDuplicateReview>> list(SqlClient db, String status, List<String> kelurahanCodes, UUID after,
      int limit) {
    String[] scope = kelurahanCodes == null ? null : kelurahanCodes.toArray(String[]::new);
    return db.preparedQuery(LIST).execute(Tuple.of(status, scope, after, limit + 1)).map(rows -> {
      List<StoredDuplicateReview> out = new ArrayList<>();
      rows.forEach(r -> out.add(toReview(r)));
      return Slice.of(out, limit);
    });
  }

  /** Records the decision if the review is still open at {@code version}; false otherwise. */
  public Future<Boolean> resolve(SqlClient tx, UUID id, int version, String status, String note, UUID duplicateOf,
      UUID resolvedBy) {
    return tx.preparedQuery(RESOLVE).execute(Tuple.of(id, version, status, note, duplicateOf, resolvedBy))
        .map(rows -> rows.rowCount() == 1);
  }

  /** Keeps the worker as a registration removed as a duplicate of {@code mergedInto}, for retention to delete. */
  public Future<Void> removeAsDuplicate(SqlClient tx, UUID workerId, UUID mergedInto, UUID by) {
    return tx.preparedQuery(REMOVED_AS_DUPLICATE).execute(Tuple.of(workerId, mergedInto, by)).mapEmpty();
  }

  /** The workers with these ids (those that still exist), identifiers opened. */
  public Future<List<StoredWorker>> workers(SqlClient db, List<UUID> ids) {
    return db.preparedQuery(WORKERS).execute(Tuple.of(ids.toArray(UUID[]::new))).map(rows -> {
      List<StoredWorker> out = new ArrayList<>();
      rows.forEach(r -> out.add(workers.toWorker(r)));
      return out;
    });
  }

  private static StoredDuplicateReview toReview(Row r) {
    return new StoredDuplicateReview(r.getUUID("id"), r.getUUID("worker_id"), r.getString("kelurahan_code"),
        Arrays.asList(r.getArrayOfUUIDs("candidate_ids")), Arrays.asList(r.getArrayOfStrings("candidate_why")),
        r.getString("reason"), r.getUUID("opened_by"), r.getString("opened_by_username"), instant(r, "opened_at"),
        r.getString("status"), r.getUUID("duplicate_of"), r.getString("note"), r.getUUID("resolved_by"),
        r.getString("resolved_by_username"), instant(r, "resolved_at"), r.getInteger("version"), r.getUUID("import_id"));
  }

  private static Instant instant(Row r, String column) {
    OffsetDateTime t = r.getOffsetDateTime(column);
    return t == null ? null : t.toInstant();
  }
}
