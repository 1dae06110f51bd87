package id.ngopeni.persistence.subject;

import static id.ngopeni.persistence.subject.Timestamps.instant;
import static id.ngopeni.persistence.subject.Timestamps.utc;

import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.SubjectError;
import id.ngopeni.domain.subject.Restriction;
import id.ngopeni.domain.subject.RestrictionStatus;
import id.ngopeni.persistence.db.PgErrors;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Restrictions of processing ({@code processing_restriction}): the requests and their state, and
 * the one question every enrolment, payout and export asks — is this person restricted (a
 * request APPLIED and not lifted)?
 */
public final class RestrictionRepository {
  private static final String COLUMNS = """
      r.id, r.worker_id, r.status, r.reason, r.requested_at, r.due_by, r.recorded_by, r.recorded_at, r.applied_by,
      r.applied_at, r.lifted_by, r.lifted_at, r.lift_reason, r.version, w.full_name, w.kelurahan_code
      FROM processing_restriction r JOIN worker w ON w.id = r.worker_id""";
  private static final String OPEN = "processing_restriction_open_idx";
  private static final String APPLIED = "r.status = 'APPLIED'";
  /** The most rows one list answers: open requests are few; the lifted ones are history. */
  public static final int LIST_MAX = 500;

  /** @throws Conflict {@code restriction_open} (failed future) when the person has one waiting or in force */
  public Future<Void> insert(SqlClient tx, Restriction r, UUID recordedBy, Instant recordedAt) {
    return tx.preparedQuery("""
        INSERT INTO processing_restriction (id, worker_id, status, reason, requested_at, due_by, recorded_by, recorded_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""")
        .execute(Tuple.tuple().addUUID(r.id()).addUUID(r.workerId()).addString(r.status().name()).addString(r.reason())
            .addOffsetDateTime(utc(r.requestedAt())).addOffsetDateTime(utc(r.dueBy())).addUUID(recordedBy)
            .addOffsetDateTime(utc(recordedAt)))
        .recover(e -> Future.failedFuture(PgErrors.isUniqueViolation(e, OPEN) ? new Conflict(SubjectError.RESTRICTION_OPEN) : e))
        .mapEmpty();
  }

  public Future<Optional<StoredRestriction>> find(SqlClient db, UUID id) {
    return db.preparedQuery("SELECT " + COLUMNS + " WHERE r.id = $1").execute(Tuple.of(id)).map(RestrictionRepository::first);
  }

  /** The request, its row locked until commit. */
  public Future<Optional<StoredRestriction>> lock(SqlClient tx, UUID id) {
    return tx.preparedQuery("SELECT " + COLUMNS + " WHERE r.id = $1 FOR UPDATE OF r").execute(Tuple.of(id))
        .map(RestrictionRepository::first);
  }

  /** Writes {@code next} (applied or lifted) if the row is still at {@code expectedVersion}. */
  public Future<Boolean> update(SqlClient tx, Restriction next, UUID by, long expectedVersion) {
    boolean lifting = next.status() == RestrictionStatus.LIFTED;
    String set = lifting
        ? "status = $2, lifted_by = $3, lifted_at = $4, lift_reason = $5"
        : "status = $2, applied_by = $3, applied_at = $4";
    Tuple params = Tuple.tuple().addUUID(next.id()).addString(next.status().name()).addUUID(by)
        .addOffsetDateTime(utc(lifting ? next.liftedAt() : next.appliedAt()));
    if (lifting) {
      params.addString(next.liftReason());
    }
    params.addInteger((int) expectedVersion);
    return tx.preparedQuery("UPDATE processing_restriction SET " + set + ", version = version + 1 WHERE id = $1 AND version = $"
            + params.size()).execute(params).map(rows -> rows.rowCount() == 1);
  }

  /** Requests in one status, the nearest clock first (so overdue requests lead), at most {@link #LIST_MAX}. */
  public Future<List<StoredRestriction>> list(SqlClient db, RestrictionStatus status) {
    String order = status == RestrictionStatus.LIFTED ? "r.lifted_at DESC, r.id" : "r.due_by, r.id";
    return db.preparedQuery("SELECT " + COLUMNS + " WHERE r.status = $1 ORDER BY " + order + " LIMIT " + LIST_MAX)
        .execute(Tuple.of(status.name())).map(RestrictionRepository::all);
  }

  /** Every request of one person, newest first (their report). */
  public Future<List<StoredRestriction>> ofWorker(SqlClient db, UUID workerId) {
    return db.preparedQuery("SELECT " + COLUMNS + " WHERE r.worker_id = $1 ORDER BY r.requested_at DESC, r.id")
        .execute(Tuple.of(workerId)).map(RestrictionRepository::all);
  }

  /** Whether the worker is restricted now. */
  public Future<Boolean> isRestricted(SqlClient db, UUID workerId) {
    return db.preparedQuery("SELECT EXISTS (SELECT 1 FROM processing_restriction r WHERE r.worker_id = $1 AND " + APPLIED
            + ")").execute(Tuple.of(workerId)).map(rows -> rows.iterator().next().getBoolean(0));
  }

  /** Which of these workers are restricted. */
  public Future<Set<UUID>> restrictedAmong(SqlClient db, Collection<UUID> workerIds) {
    if (workerIds.isEmpty()) {
      return Future.succeededFuture(Set.of());
    }
    return db.preparedQuery("SELECT r.worker_id FROM processing_restriction r WHERE r.worker_id = ANY($1) AND " + APPLIED)
        .execute(Tuple.of(workerIds.toArray(UUID[]::new))).map(RestrictionRepository::ids);
  }

  /** Every restricted worker: few, so an export can leave them out as its rows stream past. */
  public Future<Set<UUID>> restrictedWorkers(SqlClient db) {
    return db.preparedQuery("SELECT r.worker_id FROM processing_restriction r WHERE " + APPLIED).execute()
        .map(RestrictionRepository::ids);
  }

  /** Which of these payouts pay the santunan of a restricted worker. */
  public Future<Set<UUID>> restrictedPayouts(SqlClient db, Collection<UUID> payoutIds) {
    if (payoutIds.isEmpty()) {
      return Future.succeededFuture(Set.of());
    }
    return db.preparedQuery("""
        SELECT p.id FROM payout p JOIN processing_restriction r ON r.worker_id = p.worker_id AND r.status = 'APPLIED'
        WHERE p.id = ANY($1)""").execute(Tuple.of(payoutIds.toArray(UUID[]::new))).map(RestrictionRepository::ids);
  }

  private static Set<UUID> ids(RowSet<Row> rows) {
    Set<UUID> out = new HashSet<>();
    rows.forEach(r -> out.add(r.getUUID(0)));
    return out;
  }

  private static Optional<StoredRestriction> first(RowSet<Row> rows) {
    var it = rows.iterator();
    return it.hasNext() ? Optional.of(stored(it.next())) : Optional.empty();
  }

  private static List<StoredRestriction> all(RowSet<Row> rows) {
    List<StoredRestriction> out = new ArrayList<>();
    rows.forEach(r -> out.add(stored(r)));
    return out;
  }

  private static StoredRestriction stored(Row r) {
    Restriction restriction = new Restriction(r.getUUID("id"), r.getUUID("worker_id"),
        RestrictionStatus.valueOf(r.getString("status")), r.getString("reason"), instant(r, "requested_at"),
        instant(r, "due_by"), instant(r, "applied_at"), instant(r, "lifted_at"), r.getString("lift_reason"),
        r.getInteger("version"));
    return new StoredRestriction(restriction, r.getString("full_name"), r.getString("kelurahan_code"),
        r.getUUID("recorded_by"), instant(r, "recorded_at"), r.getUUID("applied_by"), r.getUUID("lifted_by"));
  }
}
