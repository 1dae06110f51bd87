package id.ngopeni.persistence.decree;

import id.ngopeni.domain.decree.ChangeKind;
import id.ngopeni.domain.decree.ChangeReason;
import id.ngopeni.domain.decree.ChangeStatus;
import id.ngopeni.domain.decree.DecreeChange;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.DecreeError;
import id.ngopeni.persistence.db.PgErrors;
import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Proposed additions to and removals from decree cohorts. A decision is written only from
 * PENDING at the version read, so of concurrent approvals exactly one changes the row.
 */
public final class DecreeChangeRepository {
  private static final String COLUMNS = """
      c.id, c.decree_id, c.worker_id, c.kind, c.reason, c.note, c.status, c.created_by, c.created_at, c.decided_by,
      c.decided_at, c.decision_note, c.version, w.full_name, w.kelurahan_code, d.funding_source, d.year
      FROM decree_change c JOIN worker w ON w.id = c.worker_id JOIN decree d ON d.id = c.decree_id""";
  private static final String ONE_PENDING = "decree_change_one_pending_idx";

  /** @throws Conflict {@code decree_change_pending} when the worker has a change of this decree waiting */
  public Future<Void> insert(SqlClient tx, DecreeChange c) {
    return tx.preparedQuery("""
        INSERT INTO decree_change (id, decree_id, worker_id, kind, reason, note, status, created_by, created_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        """).execute(Tuple.tuple().addUUID(c.id()).addUUID(c.decreeId()).addUUID(c.workerId()).addString(c.kind().name())
            .addString(c.reason().name()).addString(c.note()).addString(c.status().name()).addUUID(c.createdBy())
            .addOffsetDateTime(utc(c.createdAt())))
        .recover(e -> Future.failedFuture(PgErrors.isUniqueViolation(e, ONE_PENDING)
            ? new Conflict(DecreeError.DECREE_CHANGE_PENDING) : e))
        .mapEmpty();
  }

  public Future<Optional<StoredChange>> find(SqlClient db, UUID id) {
    return db.preparedQuery("SELECT " + COLUMNS + " WHERE c.id = $1").execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(stored(rows.iterator().next())));
  }

  /** Writes a decision if the change is still PENDING at {@code expectedVersion}. @return whether this call decided it */
  public Future<Boolean> decide(SqlClient tx, DecreeChange next, long expectedVersion) {
    return tx.preparedQuery("""
        UPDATE decree_change SET status = $2, decided_by = $3, decided_at = $4, decision_note = $5, version = version + 1
        WHERE id = $1 AND status = 'PENDING' AND version = $6
        """).execute(Tuple.tuple().addUUID(next.id()).addString(next.status().name()).addUUID(next.decidedBy())
            .addOffsetDateTime(utc(next.decidedAt())).addString(next.decisionNote()).addInteger((int) expectedVersion))
        .map(rows -> rows.rowCount() == 1);
  }

  /**
   * Changes newest first (by id, which is time-ordered), optionally of one status and/or decree;
   * {@code kelurahans} non-null limits them to workers of those kelurahan.
   */
  public Future<Slice<StoredChange>> list(SqlClient db, ChangeStatus status, UUID decreeId, List<String> kelurahans,
      UUID before, int limit) {
    Tuple params = Tuple.tuple().addString(status == null ? null : status.name()).addUUID(decreeId)
        .addArrayOfString(kelurahans == null ? null : kelurahans.toArray(String[]::new)).addUUID(before)
        .addInteger(limit + 1);
    return db.preparedQuery("SELECT " + COLUMNS + """
         WHERE ($1::text IS NULL OR c.status = $1) AND ($2::uuid IS NULL OR c.decree_id = $2)
          AND ($3::text[] IS NULL OR w.kelurahan_code = ANY($3)) AND ($4::uuid IS NULL OR c.id < $4)
        ORDER BY c.id DESC LIMIT $5
        """).execute(params).map(rows -> {
          List<StoredChange> out = new ArrayList<>();
          rows.forEach(r -> out.add(stored(r)));
          return Slice.of(out, limit);
        });
  }

  private static StoredChange stored(Row r) {
    ChangeKind kind = ChangeKind.valueOf(r.getString(3));
    DecreeChange c = new DecreeChange(r.getUUID(0), r.getUUID(1), r.getUUID(2), kind, ChangeReason.valueOf(r.getString(4)),
        r.getString(5), ChangeStatus.valueOf(r.getString(6)), r.getUUID(7), instant(r.getOffsetDateTime(8)),
        r.getUUID(9), instant(r.getOffsetDateTime(10)), r.getString(11), r.getInteger(12));
    return new StoredChange(c, r.getString(13), r.getString(14), r.getString(15), r.getInteger(16));
  }

  private static OffsetDateTime utc(Instant i) {
    return i == null ? null : i.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
