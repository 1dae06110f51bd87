package id.ngopeni.persistence.subject;

import static id.ngopeni.persistence.subject.Timestamps.instant;
import static id.ngopeni.persistence.subject.Timestamps.utc;

import id.ngopeni.domain.subject.CorrectableField;
import id.ngopeni.domain.subject.CorrectionRequest;
import id.ngopeni.domain.subject.CorrectionStatus;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Correction requests ({@code correction_request}): recorded, linked to the edit that made them, resolved. */
public final class CorrectionRepository {
  private static final String COLUMNS = """
      c.id, c.worker_id, c.field, c.requested_value, c.reason, c.status, c.requested_at, c.due_by, c.recorded_by,
      c.recorded_at, c.edited_by, c.edited_at, c.resolved_by, c.resolved_at, c.resolution_note, c.version,
      w.full_name, w.kelurahan_code
      FROM correction_request c JOIN worker w ON w.id = c.worker_id""";

  public Future<Void> insert(SqlClient tx, CorrectionRequest c, UUID recordedBy, Instant recordedAt) {
    return tx.preparedQuery("""
        INSERT INTO correction_request (id, worker_id, field, requested_value, reason, status, requested_at, due_by,
                                        recorded_by, recorded_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)""")
        .execute(Tuple.tuple().addUUID(c.id()).addUUID(c.workerId()).addString(c.field().wire())
            .addString(c.requestedValue()).addString(c.reason()).addString(c.status().name())
            .addOffsetDateTime(utc(c.requestedAt())).addOffsetDateTime(utc(c.dueBy())).addUUID(recordedBy)
            .addOffsetDateTime(utc(recordedAt)))
        .mapEmpty();
  }

  public Future<Optional<StoredCorrection>> find(SqlClient db, UUID id) {
    return db.preparedQuery("SELECT " + COLUMNS + " WHERE c.id = $1").execute(Tuple.of(id)).map(CorrectionRepository::first);
  }

  /** The request, its row locked until commit (a resolution, or the edit that carries it out). */
  public Future<Optional<StoredCorrection>> lock(SqlClient tx, UUID id) {
    return tx.preparedQuery("SELECT " + COLUMNS + " WHERE c.id = $1 FOR UPDATE OF c").execute(Tuple.of(id))
        .map(CorrectionRepository::first);
  }

  /** Notes the worker edit that carried the request out (the latest, if several did). */
  public Future<Void> markEdited(SqlClient tx, UUID id, UUID by, Instant at) {
    return tx.preparedQuery("""
        UPDATE correction_request SET edited_by = $2, edited_at = $3, version = version + 1
        WHERE id = $1 AND status = 'OPEN'""").execute(Tuple.of(id, by, utc(at))).mapEmpty();
  }

  /** Writes the resolution if the request is still OPEN at {@code expectedVersion}. */
  public Future<Boolean> resolve(SqlClient tx, CorrectionRequest next, UUID by, long expectedVersion) {
    return tx.preparedQuery("""
        UPDATE correction_request SET status = $2, resolved_by = $3, resolved_at = $4, resolution_note = $5,
          version = version + 1
        WHERE id = $1 AND status = 'OPEN' AND version = $6""")
        .execute(Tuple.tuple().addUUID(next.id()).addString(next.status().name()).addUUID(by)
            .addOffsetDateTime(utc(next.resolvedAt())).addString(next.note()).addInteger((int) expectedVersion))
        .map(rows -> rows.rowCount() == 1);
  }

  /** Requests in one status, the nearest clock first (resolved ones: latest first), at most 500. */
  public Future<List<StoredCorrection>> list(SqlClient db, CorrectionStatus status) {
    String order = status == CorrectionStatus.OPEN ? "c.due_by, c.id" : "c.resolved_at DESC, c.id";
    return db.preparedQuery("SELECT " + COLUMNS + " WHERE c.status = $1 ORDER BY " + order + " LIMIT "
        + RestrictionRepository.LIST_MAX).execute(Tuple.of(status.name())).map(CorrectionRepository::all);
  }

  /** Every request of one person, newest first (their report). */
  public Future<List<StoredCorrection>> ofWorker(SqlClient db, UUID workerId) {
    return db.preparedQuery("SELECT " + COLUMNS + " WHERE c.worker_id = $1 ORDER BY c.requested_at DESC, c.id")
        .execute(Tuple.of(workerId)).map(CorrectionRepository::all);
  }

  private static Optional<StoredCorrection> first(RowSet<Row> rows) {
    var it = rows.iterator();
    return it.hasNext() ? Optional.of(stored(it.next())) : Optional.empty();
  }

  private static List<StoredCorrection> all(RowSet<Row> rows) {
    List<StoredCorrection> out = new ArrayList<>();
    rows.forEach(r -> out.add(stored(r)));
    return out;
  }

  private static StoredCorrection stored(Row r) {
    String wire = r.getString("field");
    CorrectableField field = Arrays.stream(CorrectableField.values()).filter(f -> f.wire().equals(wire)).findFirst()
        .orElseThrow();
    CorrectionRequest c = new CorrectionRequest(r.getUUID("id"), r.getUUID("worker_id"), field,
        r.getString("requested_value"), r.getString("reason"), CorrectionStatus.valueOf(r.getString("status")),
        instant(r, "requested_at"), instant(r, "due_by"), instant(r, "edited_at"), instant(r, "resolved_at"),
        r.getString("resolution_note"), r.getInteger("version"));
    return new StoredCorrection(c, r.getString("full_name"), r.getString("kelurahan_code"), r.getUUID("recorded_by"),
        instant(r, "recorded_at"), r.getUUID("edited_by"), r.getUUID("resolved_by"));
  }
}
