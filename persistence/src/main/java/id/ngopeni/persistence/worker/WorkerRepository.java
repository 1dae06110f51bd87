package id.ngopeni.persistence.worker;

import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.worker.ValidatedWorker;
import id.ngopeni.persistence.crypto.Bytes;
import id.ngopeni.persistence.crypto.DataCrypto;
import id.ngopeni.persistence.crypto.SealedField;
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

/**
 * SQL for the worker aggregate. Every method runs on the client it is given (pool or transaction).
 * The NIK and phone are stored sealed ({@link DataCrypto}) and found by the NIK's blind index;
 * records in and out carry them in clear, so services never see a cipher text.
 */
public final class WorkerRepository {
  static final String COLUMNS =
      """
      w.id, w.nik_cipher, w.full_name, w.birth_date, w.sex, w.kelurahan_code, w.kecamatan_code, w.category, w.phone_cipher,
      w.address, w.version, w.created_at, w.updated_at,
      c.id AS m_id, c.status AS m_status, c.funding_source AS m_source, c.start_date AS m_start, c.end_date AS m_end
      """;

  private static final String FIND_BY_ID =
      "SELECT " + COLUMNS + " FROM worker w " + WorkerQuery.LATEST_MEMBERSHIP + " WHERE w.id = $1";

  private static final String FIND_BY_NIK =
      "SELECT " + COLUMNS + " FROM worker w " + WorkerQuery.LATEST_MEMBERSHIP + " WHERE w.nik_hash = $1";

  /** The row lock serialises concurrent edits of one worker (patch, heirs). */
  private static final String LOCK = "SELECT version FROM worker WHERE id = $1 FOR UPDATE";

  private static final String OWNER_OF_NIK = "SELECT id, kelurahan_code FROM worker WHERE nik_hash = $1 AND id <> $2";

  private static final String UPDATE =
      """
      UPDATE worker SET nik_cipher = $1, nik_hash = $2, nik_region = $3, nik_p8 = $4, nik_p10 = $5, nik_p12 = $6,
        full_name = $7, name_key = $8, birth_date = $9, sex = $10, kelurahan_code = $11, category = $12,
        phone_cipher = $13, address = $14, version = version + 1, updated_at = now()
      WHERE id = $15 AND version = $16
      """;

  private static final String BUMP_VERSION =
      "UPDATE worker SET version = version + 1, updated_at = now() WHERE id = $1 AND version = $2";

  /**
   * Same birth date (btree index, a few dozen rows even at a million workers) and a similar or
   * equal name key. Equal keys are always candidates: a one-digit NIK slip needs only that.
   */
  private static final String DUPLICATE_CANDIDATES =
      """
      SELECT id, nik_cipher, full_name, kelurahan_code, name_key, similarity(name_key, $2) AS score
      FROM worker
      WHERE birth_date = $1 AND (name_key = $2 OR similarity(name_key, $2) > $3::float8) AND id <> $4
      ORDER BY score DESC, id
      LIMIT 10
      """;

  /** Names as similar as this (pg_trgm similarity of the normalised keys) are worth a warning. */
  public static final double SIMILAR_NAME = 0.6;

  /** The worker who holds a NIK, with the kelurahan needed to decide whether the caller may know. */
  public record NikOwner(UUID id, String kelurahanCode) {}

  private final DataCrypto crypto;
  private final SealedInserts inserts;

  public WorkerRepository(DataCrypto crypto) {
    this.crypto = crypto;
    this.inserts = new SealedInserts(crypto);
  }

  /** The worker inserts of a bulk import: sealing on its own thread, then one statement a batch. */
  public SealedInserts inserts() {
    return inserts;
  }

  public Future<Optional<StoredWorker>> findById(SqlClient db, UUID id) {
    return db.preparedQuery(FIND_BY_ID).execute(Tuple.of(id)).map(this::first);
  }

  public Future<Optional<StoredWorker>> findByNik(SqlClient db, String nik) {
    return db.preparedQuery(FIND_BY_NIK).execute(Tuple.of(hash(nik))).map(this::first);
  }

  /** Locks the worker row until commit; empty when there is no such worker. */
  public Future<Optional<Integer>> lock(SqlClient tx, UUID id) {
    return tx.preparedQuery(LOCK).execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getInteger(0)));
  }

  /** Who else holds this NIK ({@code excluding} a worker being edited; pass a fresh id on create). */
  public Future<Optional<NikOwner>> ownerOfNik(SqlClient db, String nik, UUID excluding) {
    return db.preparedQuery(OWNER_OF_NIK).execute(Tuple.of(hash(nik), excluding)).map(rows -> {
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
    return inserts.insert(db, inserts.seal(workers), createdBy);
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
    Tuple params = new WorkerValues(worker).append(Tuple.tuple(), crypto, id).addUUID(id).addInteger(expectedVersion);
    return tx.preparedQuery(UPDATE).execute(params)
        .map(rows -> rows.rowCount() == 1)
        .recover(e -> Future.failedFuture(PgErrors.isUniqueViolation(e, "worker_nik_key") ? duplicateNik() : e));
  }

  /** A change to the aggregate outside the worker row (its heirs) still moves its version. */
  public Future<Boolean> bumpVersion(SqlClient tx, UUID id, int expectedVersion) {
    return tx.preparedQuery(BUMP_VERSION).execute(Tuple.of(id, expectedVersion)).map(rows -> rows.rowCount() == 1);
  }

  public Future<Slice<StoredWorker>> list(SqlClient db, WorkerFilter filter, int limit) {
    WorkerQuery query = WorkerQuery.of(filter, crypto.index());
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
    WorkerQuery query = WorkerQuery.of(filter.withoutCursor(), crypto.index());
    return db.preparedQuery(query.count()).execute(query.params()).map(rows -> rows.iterator().next().getLong(0));
  }

  /**
   * How many of {@code ids} the filter matches (the people an export leaves out because their
   * processing is restricted).
   */
  public Future<Long> countAmong(SqlClient db, WorkerFilter filter, java.util.Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Future.succeededFuture(0L);
    }
    WorkerQuery query = WorkerQuery.of(filter.withoutCursor(), crypto.index());
    Tuple params = query.params().addArrayOfUUID(ids.toArray(UUID[]::new));
    return db.preparedQuery(query.count() + " AND w.id = ANY($" + params.size() + "::uuid[])").execute(params)
        .map(rows -> rows.iterator().next().getLong(0));
  }

  /**
   * Every matching worker in id order, fetched {@code fetchSize} rows at a time through a
   * server-side cursor: memory stays flat whatever the registry's size. The connection must be
   * in a transaction (PostgreSQL cursors live in one); map rows with {@link #toWorker}.
   */
  public Future<RowStream<Row>> stream(SqlConnection tx, WorkerFilter filter, int fetchSize) {
    WorkerQuery query = WorkerQuery.of(filter, crypto.index());
    String sql = query.select(COLUMNS, null);
    return tx.prepare(sql).map(statement -> statement.createStream(fetchSize, query.params()));
  }

  public Future<List<DuplicateCandidate>> duplicateCandidates(SqlClient db, LocalDate birthDate, String nameKey, UUID excluding) {
    return db.preparedQuery(DUPLICATE_CANDIDATES)
        .execute(Tuple.of(birthDate, nameKey, SIMILAR_NAME, excluding))
        .map(rows -> {
          List<DuplicateCandidate> out = new ArrayList<>();
          rows.forEach(r -> out.add(new DuplicateCandidate(r.getUUID("id"),
              crypto.cipher().open(SealedField.WORKER_NIK, r.getUUID("id"), Bytes.of(r, "nik_cipher")),
              r.getString("full_name"), r.getString("kelurahan_code"), r.getString("name_key"), r.getFloat("score"))));
          return out;
        });
  }

  public static Conflict duplicateNik() {
    return new Conflict(WorkerError.DUPLICATE_NIK);
  }

  private io.vertx.core.buffer.Buffer hash(String nik) {
    return Bytes.buffer(crypto.index().nik(nik));
  }

  private Optional<StoredWorker> first(RowSet<Row> rows) {
    var it = rows.iterator();
    return it.hasNext() ? Optional.of(toWorker(it.next())) : Optional.empty();
  }

  private List<StoredWorker> all(RowSet<Row> rows) {
    List<StoredWorker> out = new ArrayList<>(rows.size());
    rows.forEach(r -> out.add(toWorker(r)));
    return out;
  }

  /** A row of {@link #stream} (or of any select of {@code COLUMNS}) as a worker, its identifiers opened. */
  public StoredWorker toWorker(Row r) {
    UUID id = r.getUUID("id");
    return new StoredWorker(
        id,
        crypto.cipher().open(SealedField.WORKER_NIK, id, Bytes.of(r, "nik_cipher")),
        r.getString("full_name"),
        r.getLocalDate("birth_date"),
        r.getString("sex"),
        r.getString("kelurahan_code"),
        r.getString("kecamatan_code"),
        r.getString("category"),
        crypto.cipher().open(SealedField.WORKER_PHONE, id, Bytes.of(r, "phone_cipher")),
        r.getString("address"),
        r.getInteger("version"),
        r.getOffsetDateTime("created_at").toInstant(),
        r.getOffsetDateTime("updated_at").toInstant(),
        Coverage.of(r.getString("m_status"), r.getUUID("m_id"), r.getString("m_source"), r.getLocalDate("m_start"),
            r.getLocalDate("m_end")));
  }
}
