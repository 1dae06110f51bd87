package id.ngopeni.persistence.membership;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Membership;
import id.ngopeni.domain.membership.MembershipStatus;
import id.ngopeni.domain.membership.Sector;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.persistence.db.PgErrors;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** SQL for the membership aggregate. */
public final class MembershipRepository {
  public static final String ONE_ACTIVE = "membership_one_active_idx";

  private static final String COLUMNS =
      "id, worker_id, programs, declared_income, funding_source, sector, start_date, end_date, end_reason, status, "
          + "version, kelurahan_code, created_at, kpj";

  private static final String WORKER = "SELECT id, kelurahan_code, category FROM worker WHERE id = $1";

  private static final String ACTIVE_OF_WORKER = "SELECT id FROM membership WHERE worker_id = $1 AND status = 'ACTIVE'";

  private static final String INSERT =
      """
      INSERT INTO membership (id, worker_id, programs, declared_income, funding_source, start_date, status, version,
                              kelurahan_code, category, created_by, sector)
      VALUES ($1, $2, $3, $4, $5, $6, 'ACTIVE', $7, $8, $9, $10, $11)
      RETURNING %s
      """.formatted(COLUMNS);

  private static final String INSERT_RECORDED =
      """
      INSERT INTO membership (id, worker_id, programs, declared_income, funding_source, start_date, end_date, end_reason,
                              status, version, kelurahan_code, category, sector)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
      """;

  private static final String FIND = "SELECT " + COLUMNS + " FROM membership WHERE id = $1";

  private static final String OF_WORKER =
      "SELECT " + COLUMNS + " FROM membership WHERE worker_id = $1 ORDER BY start_date DESC, id DESC";

  /** Conditional: only the version read, only while still ACTIVE. */
  private static final String CLOSE =
      """
      UPDATE membership SET status = $3, end_date = $4, end_reason = $5, version = version + 1, updated_at = now()
      WHERE id = $1 AND version = $2 AND status = 'ACTIVE'
      RETURNING %s
      """.formatted(COLUMNS);

  /** Conditional: only the version read, only while still ACTIVE. */
  private static final String SECTOR =
      """
      UPDATE membership SET sector = $3, version = version + 1, updated_at = now()
      WHERE id = $1 AND version = $2 AND status = 'ACTIVE'
      RETURNING %s
      """.formatted(COLUMNS);

  public Future<Optional<WorkerRef>> worker(SqlClient db, UUID workerId) {
    return db.preparedQuery(WORKER).execute(Tuple.of(workerId)).map(rows -> {
      var it = rows.iterator();
      if (!it.hasNext()) {
        return Optional.empty();
      }
      Row r = it.next();
      return Optional.of(new WorkerRef(r.getUUID("id"), r.getString("kelurahan_code"), r.getString("category")));
    });
  }

  public Future<Boolean> hasActive(SqlClient db, UUID workerId) {
    return db.preparedQuery(ACTIVE_OF_WORKER).execute(Tuple.of(workerId)).map(rows -> rows.size() > 0);
  }

  /** Inserts a new ACTIVE membership; a second active one for the worker is a 409, however concurrent. */
  public Future<StoredMembership> insert(SqlClient tx, Membership m, WorkerRef worker, UUID createdBy) {
    Tuple row = Tuple.tuple().addUUID(m.id()).addUUID(m.workerId()).addArrayOfString(ProgramArrays.of(m.programs()))
        .addLong(m.declaredIncome().amount()).addString(m.fundingSource().name()).addLocalDate(m.startDate())
        .addInteger((int) m.version()).addString(worker.kelurahanCode()).addString(worker.category()).addUUID(createdBy)
        .addString(m.sector().name());
    return tx.preparedQuery(INSERT).execute(row)
        .recover(e -> Future.failedFuture(PgErrors.isUniqueViolation(e, ONE_ACTIVE) ? alreadyActive() : e))
        .map(rows -> toStored(rows.iterator().next()));
  }

  /**
   * Memberships recorded after the fact, active or already ended (an office loading the members
   * it enrolled before the system existed; the demo data set), 1,000 rows a round trip.
   *
   * @return how many were written
   */
  public Future<Integer> insertRecorded(SqlClient tx, List<Membership> memberships, Map<UUID, WorkerRef> workers) {
    List<Tuple> rows = new ArrayList<>();
    for (Membership m : memberships) {
      WorkerRef worker = workers.get(m.workerId());
      rows.add(Tuple.tuple().addUUID(m.id()).addUUID(m.workerId()).addArrayOfString(ProgramArrays.of(m.programs()))
          .addLong(m.declaredIncome().amount()).addString(m.fundingSource().name()).addLocalDate(m.startDate())
          .addLocalDate(m.endDate()).addString(m.endReason()).addString(m.status().name()).addInteger((int) m.version())
          .addString(worker.kelurahanCode()).addString(worker.category()).addString(m.sector().name()));
    }
    Future<Void> chain = Future.succeededFuture();
    for (int from = 0; from < rows.size(); from += 1_000) {
      List<Tuple> batch = rows.subList(from, Math.min(rows.size(), from + 1_000));
      chain = chain.compose(v -> tx.preparedQuery(INSERT_RECORDED).executeBatch(batch).mapEmpty());
    }
    return chain.map(v -> rows.size());
  }

  public static Conflict alreadyActive() {
    return new Conflict(MoneyError.MEMBERSHIP_ACTIVE);
  }

  public Future<Optional<StoredMembership>> find(SqlClient db, UUID id) {
    return db.preparedQuery(FIND).execute(Tuple.of(id)).map(MembershipRepository::first);
  }

  public Future<List<StoredMembership>> ofWorker(SqlClient db, UUID workerId) {
    return db.preparedQuery(OF_WORKER).execute(Tuple.of(workerId)).map(rows -> {
      List<StoredMembership> out = new ArrayList<>();
      rows.forEach(r -> out.add(toStored(r)));
      return out;
    });
  }

  /**
   * Writes an ENDED or LAPSED state computed by the domain, only over the version it was computed
   * from; empty when somebody else changed the membership first.
   */
  public Future<Optional<StoredMembership>> close(SqlClient tx, Membership closed, long readVersion) {
    return tx.preparedQuery(CLOSE)
        .execute(Tuple.of(closed.id(), (int) readVersion, closed.status().name(), closed.endDate(), closed.endReason()))
        .map(MembershipRepository::first);
  }

  /**
   * Writes the sector of {@link Membership#inSector}, only over the version it was computed from
   * and while ACTIVE; empty when somebody else changed the membership first.
   */
  public Future<Optional<StoredMembership>> changeSector(SqlClient tx, Membership changed, long readVersion) {
    return tx.preparedQuery(SECTOR).execute(Tuple.of(changed.id(), (int) readVersion, changed.sector().name()))
        .map(MembershipRepository::first);
  }

  private static Optional<StoredMembership> first(RowSet<Row> rows) {
    var it = rows.iterator();
    return it.hasNext() ? Optional.of(toStored(it.next())) : Optional.empty();
  }

  static StoredMembership toStored(Row r) {
    Membership m = new Membership(r.getUUID("id"), r.getUUID("worker_id"),
        ProgramArrays.parse(r.getArrayOfStrings("programs")), Rupiah.of(r.getLong("declared_income")),
        FundingSource.valueOf(r.getString("funding_source")), Sector.valueOf(r.getString("sector")),
        r.getLocalDate("start_date"), r.getLocalDate("end_date"),
        r.getString("end_reason"), MembershipStatus.valueOf(r.getString("status")), r.getInteger("version"));
    return new StoredMembership(m, r.getString("kelurahan_code"), r.getOffsetDateTime("created_at").toInstant(),
        r.getString("kpj"));
  }
}
