package id.ngopeni.persistence.worker;

import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.worker.ValidatedWorker;
import id.ngopeni.persistence.db.PgErrors;
import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.RowStream;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL for the worker aggregate. Every method runs on the client it is given (pool or transaction). */
public final class WorkerRepository {
  static final String COLUMNS =
      """
      w.id, w.nik, w.full_name, w.birth_date, w.sex, w.kelurahan_code, w.kecamatan_code, w.category, w.phone,
      w.address, w.version, w.created_at, w.updated_at,
      c.id AS m_id, c.status AS m_status, c.funding_source AS m_source, c.start_date AS m_start, c.end_date AS m_end
      """;

  private static final String FIND_BY_ID =
      "SELECT " + COLUMNS + " FROM worker w " + WorkerQuery.LATEST_MEMBERSHIP + " WHERE w.id = $1";

  private static final String FIND_BY_NIK =
      "SELECT " + COLUMNS + " FROM worker w " + WorkerQuery.LATEST_MEMBERSHIP + " WHERE w.nik = $1";

  /** The row lock serialises concurrent edits of one worker (patch, heirs). */
  private static final String LOCK = "SELECT version FROM worker WHERE id = $1 FOR UPDATE";

  private static final String OWNER_OF_NIK = "SELECT id, kelurahan_code FROM worker WHERE nik = $1 AND id <> $2";

  /**
   * Every insert of a worker, one or a thousand rows in one statement. The unique NIK decides: DO
   * NOTHING keeps the transaction usable (to name the existing worker), and also skips a NIK
   * repeated within the rows, whose second row conflicts with the first, inserted a moment earlier.
   */
  private static final String INSERT =
      """
      INSERT INTO worker (id, nik, full_name, name_key, birth_date, sex, kelurahan_code, category, phone, address, created_by)
      SELECT w.*, $11::uuid
      FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[], $8::text[],
                  $9::text[], $10::text[]) AS w
      ON CONFLICT (nik) DO NOTHING
      """;

  private static final String UPDATE =
      """
      UPDATE worker SET nik = $1, full_name = $2, name_key = $3, birth_date = $4, sex = $5, kelurahan_code = $6,
        category = $7, phone = $8, address = $9, version = version + 1, updated_at = now()
      WHERE id = $10 AND version = $11
      """;

  private static final String BUMP_VERSION =
      "UPDATE worker SET version = version + 1, updated_at = now() WHERE id = $1 AND version = $2";

  /**
   * Same birth date (btree index, a few dozen rows even at a million workers) and a similar or
   * equal name key. Equal keys are always candidates: a one-digit NIK slip needs only that.
   */
  private static final String DUPLICATE_CANDIDATES =
      """
      SELECT id, nik, kelurahan_code, name_key, similarity(name_key, $2) AS score
      FROM worker
      WHERE birth_date = $1 AND (name_key = $2 OR similarity(name_key, $2) > $3::float8) AND id <> $4
      ORDER BY score DESC, id
      LIMIT 10
      """;

  /** Names as similar as this (pg_trgm similarity of the normalised keys) are worth a warning. */
  public static final double SIMILAR_NAME = 0.6;

  /** The worker who holds a NIK, with the kelurahan needed to decide whether the caller may know. */
  public record NikOwner(UUID id, String kelurahanCode) {}

  public Future<Optional<StoredWorker>> findById(SqlClient db, UUID id) {
    return db.preparedQuery(FIND_BY_ID).execute(Tuple.of(id)).map(WorkerRepository::first);
  }

  public Future<Optional<StoredWorker>> findByNik(SqlClient db, String nik) {
    return db.preparedQuery(FIND_BY_NIK).execute(Tuple.of(nik)).map(WorkerRepository::first);
  }

  /** Locks the worker row until commit; empty when there is no such worker. */
  public Future<Optional<Integer>> lock(SqlClient tx, UUID id) {
    return tx.preparedQuery(LOCK).execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getInteger(0)));
  }

  /** Who else holds this NIK ({@code excluding} a worker being edited; pass a fresh id on create). */
  public Future<Optional<NikOwner>> ownerOfNik(SqlClient db, String nik, UUID excluding) {
    return db.preparedQuery(OWNER_OF_NIK).execute(Tuple.of(nik, excluding)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      Row r = rows.iterator().next();
      return Optional.of(new NikOwner(r.getUUID("id"), r.getString("kelurahan_code")));
    });
  }

  /** @return false when the NIK is already registered (nothing was written) */
  public Future<Boolean> insert(SqlClient tx, UUID id, ValidatedWorker worker, UUID createdBy) {
    return insertAll(tx, List.of(NewWorker.of(id, worker)), createdBy).map(inserted -> inserted == 1);
  }

  /**
   * Inserts the workers in one statement (an import batch, the demo data set); a worker whose NIK
   * is registered already, or repeats an earlier one of the list, is skipped.
   *
   * @param createdBy the user who registers them, or null for the system
   * @return how many were inserted
   */
  public Future<Integer> insertAll(SqlClient db, List<NewWorker> workers, UUID createdBy) {
    if (workers.isEmpty()) {
      return Future.succeededFuture(0);
    }
    return db.preparedQuery(INSERT).execute(NewWorker.columns(workers).addUUID(createdBy)).map(RowSet::rowCount);
  }

  /** Whether the registry holds no worker at all (the demo data set loads only into an empty one). */
  public Future<Boolean> isEmpty(SqlClient db) {
    return db.query("SELECT NOT EXISTS (SELECT 1 FROM worker) AS empty").execute()
        .map(rows -> rows.iterator().next().getBoolean("empty"));
  }

  /**
   * Samples the worker table again for the planner (ANALYZE takes only a light lock), through the
   * owner's {@code analyze_worker()} (V40_1): the application role does not own the table.
   */
  public Future<Void> refreshStatistics(SqlClient db) {
    return db.query("SELECT analyze_worker()").execute().mapEmpty();
  }

  /**
   * Writes the worker if it is still at {@code expectedVersion}.
   *
   * @return false when the version moved on
   * @throws Conflict {@code duplicate_nik} (as a failed future) when another worker took the NIK
   *     meanwhile
   */
  public Future<Boolean> update(SqlClient tx, UUID id, int expectedVersion, ValidatedWorker worker) {
    Tuple params = new WorkerValues(worker).append(Tuple.tuple()).addUUID(id).addInteger(expectedVersion);
    return tx.preparedQuery(UPDATE).execute(params)
        .map(rows -> rows.rowCount() == 1)
        .recover(e -> Future.failedFuture(PgErrors.isUniqueViolation(e, "worker_nik_key") ? duplicateNik() : e));
  }

  /** A change to the aggregate outside the worker row (its heirs) still moves its version. */
  public Future<Boolean> bumpVersion(SqlClient tx, UUID id, int expectedVersion) {
    return tx.preparedQuery(BUMP_VERSION).execute(Tuple.of(id, expectedVersion)).map(rows -> rows.rowCount() == 1);
  }

  public Future<Slice<StoredWorker>> list(SqlClient db, WorkerFilter filter, int limit) {
    WorkerQuery query = WorkerQuery.of(filter);
    String sql = query.select(COLUMNS, limit + 1);
    if ((filter.nameKey() != null || filter.nikPrefix() != null) && db instanceof Pool pool) {
      // How many rows a '%fragment%' or a NIK prefix matches decides the plan (walk the id index
      // or use the trigram/NIK index and sort): 0.2 ms vs 200 ms either way round. Only a plan
      // made for the actual value knows; a cached generic plan guesses. So: a custom plan here.
      return pool.withTransaction(tx -> tx.query("SET LOCAL plan_cache_mode = force_custom_plan").execute()
          .compose(v -> tx.preparedQuery(sql).execute(query.params())))
          .map(rows -> Slice.of(all(rows), limit));
    }
    return db.preparedQuery(sql).execute(query.params()).map(rows -> Slice.of(all(rows), limit));
  }

  public Future<Long> count(SqlClient db, WorkerFilter filter) {
    WorkerQuery query = WorkerQuery.of(filter.withoutCursor());
    return db.preparedQuery(query.count()).execute(query.params()).map(rows -> rows.iterator().next().getLong(0));
  }

  /**
   * Every matching worker in id order, fetched {@code fetchSize} rows at a time through a
   * server-side cursor: memory stays flat whatever the registry's size. The connection must be
   * in a transaction (PostgreSQL cursors live in one); map rows with {@link #toWorker}.
   */
  public Future<RowStream<Row>> stream(SqlConnection tx, WorkerFilter filter, int fetchSize) {
    WorkerQuery query = WorkerQuery.of(filter);
    String sql = query.select(COLUMNS, null);
    return tx.prepare(sql).map(statement -> statement.createStream(fetchSize, query.params()));
  }

  public Future<List<DuplicateCandidate>> duplicateCandidates(SqlClient db, LocalDate birthDate, String nameKey, UUID excluding) {
    return db.preparedQuery(DUPLICATE_CANDIDATES)
        .execute(Tuple.of(birthDate, nameKey, SIMILAR_NAME, excluding))
        .map(rows -> {
          List<DuplicateCandidate> out = new ArrayList<>();
          rows.forEach(r -> out.add(new DuplicateCandidate(r.getUUID("id"), r.getString("nik"), r.getString("kelurahan_code"),
              r.getString("name_key"), r.getFloat("score"))));
          return out;
        });
  }

  public static Conflict duplicateNik() {
    return new Conflict(WorkerError.DUPLICATE_NIK);
  }

  private static Optional<StoredWorker> first(RowSet<Row> rows) {
    var it = rows.iterator();
    return it.hasNext() ? Optional.of(toWorker(it.next())) : Optional.empty();
  }

  private static List<StoredWorker> all(RowSet<Row> rows) {
    List<StoredWorker> out = new ArrayList<>(rows.size());
    rows.forEach(r -> out.add(toWorker(r)));
    return out;
  }

  public static StoredWorker toWorker(Row r) {
    return new StoredWorker(
        r.getUUID("id"),
        r.getString("nik"),
        r.getString("full_name"),
        r.getLocalDate("birth_date"),
        r.getString("sex"),
        r.getString("kelurahan_code"),
        r.getString("kecamatan_code"),
        r.getString("category"),
        r.getString("phone"),
        r.getString("address"),
        r.getInteger("version"),
        r.getOffsetDateTime("created_at").toInstant(),
        r.getOffsetDateTime("updated_at").toInstant(),
        Coverage.of(r.getString("m_status"), r.getUUID("m_id"), r.getString("m_source"), r.getLocalDate("m_start"),
            r.getLocalDate("m_end")));
  }
}
