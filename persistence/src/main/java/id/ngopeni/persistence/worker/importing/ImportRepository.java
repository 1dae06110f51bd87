package id.ngopeni.persistence.worker.importing;

import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.worker.ImportStatus;
import id.ngopeni.persistence.crypto.FieldCipher;
import id.ngopeni.persistence.db.ColumnArrays;
import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * SQL for the import jobs: the stored file, the job queue and its leases, the batches' progress and
 * the refused rows. The workers a batch inserts go through {@code WorkerRepository}, in the same
 * transaction. Every change a job makes after it is claimed is fenced by {@code lease_owner}: an
 * instance that lost its lease can no longer commit anything. The file's chunks: {@link ImportChunks}.
 */
public final class ImportRepository {
  private static final String COLUMNS =
      """
      id, status, format, size_bytes, created_by, created_by_role, scope_kelurahan, total, processed, inserted,
      duplicates, failed, last_row, error_code, error_message, attempts, created_at, started_at, finished_at,
      duplicates_checked_at, duplicate_reviews""";

  private static final String CREATE =
      """
      INSERT INTO worker_import (id, status, format, created_by, created_by_role, scope_kelurahan, lease_until)
      VALUES ($1, 'RECEIVING', $2, $3, $4, $5, now() + make_interval(secs => $6))
      """;


  private static final String MARK_QUEUED =
      """
      UPDATE worker_import SET status = 'QUEUED', lease_until = NULL
      WHERE id = $1 AND status = 'RECEIVING'
      RETURNING %s
      """
          .formatted(COLUMNS);

  private static final String DELETE_RECEIVING = "DELETE FROM worker_import WHERE id = $1 AND status = 'RECEIVING'";

  /** Uploads whose instance died mid-stream: nobody can finish them. */
  private static final String PURGE_ABANDONED =
      "DELETE FROM worker_import WHERE status = 'RECEIVING' AND lease_until < now()";

  /**
   * The oldest job that is queued, or running under an expired lease (its instance died or hung).
   * SKIP LOCKED: pollers of several instances never wait for or take the same job.
   */
  private static final String CLAIM =
      """
      UPDATE worker_import SET status = 'RUNNING', lease_owner = $1, lease_until = now() + make_interval(secs => $2),
        started_at = coalesce(started_at, now()), attempts = attempts + 1
      WHERE id = (SELECT id FROM worker_import
                  WHERE status = 'QUEUED' OR (status = 'RUNNING' AND lease_until < now())
                  ORDER BY created_at
                  LIMIT 1
                  FOR UPDATE SKIP LOCKED)
      RETURNING %s
      """
          .formatted(COLUMNS);


  private static final String SET_TOTAL =
      """
      UPDATE worker_import SET total = $3, lease_until = now() + make_interval(secs => $4)
      WHERE id = $1 AND lease_owner = $2 AND status = 'RUNNING'
      """;

  /** First statement of a batch: holds the job row until commit and proves the batch follows on. */
  private static final String FENCE =
      """
      UPDATE worker_import SET lease_until = now() + make_interval(secs => $4)
      WHERE id = $1 AND lease_owner = $2 AND status = 'RUNNING' AND last_row = $3
      """;

  private static final String INSERT_ERRORS =
      """
      INSERT INTO worker_import_error (import_id, row_number, ordinal, field, code, message)
      SELECT $1, e.* FROM unnest($2::int[], $3::smallint[], $4::text[], $5::text[], $6::text[]) AS e
      """;

  private static final String ADVANCE =
      """
      UPDATE worker_import SET last_row = $2, processed = processed + $3, inserted = inserted + $4,
        duplicates = duplicates + $5, failed = failed + $6
      WHERE id = $1
      """;

  private static final String FINISH =
      """
      UPDATE worker_import SET status = $3, error_code = $4, error_message = $5, finished_at = now(),
        lease_owner = NULL, lease_until = NULL
      WHERE id = $1 AND lease_owner = $2 AND status = 'RUNNING'
      RETURNING %s
      """
          .formatted(COLUMNS);

  private static final String DROP_FILE = "DELETE FROM worker_import_chunk WHERE import_id = $1";

  private static final String FIND =
      "SELECT %s FROM worker_import WHERE id = $1 AND status <> 'RECEIVING'".formatted(COLUMNS);

  /**
   * Newest first by id (time-ordered), keyset-paged: {@code id < $2} with no cursor compares with the
   * greatest uuid, so the bound is always an index condition (on the primary key, or on
   * {@code (created_by, id)} for one user's imports), also under a generic plan.
   */
  private static final String LIST =
      """
      SELECT %s, (SELECT u.username FROM app_user u WHERE u.id = i.created_by) AS created_by_username
      FROM worker_import i
      WHERE status <> 'RECEIVING' AND ($1::text IS NULL OR status = $1)
        AND id < coalesce($2::uuid, 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)%s
      ORDER BY id DESC
      LIMIT $3
      """;

  private static final String LIST_ALL = LIST.formatted(COLUMNS, "");
  private static final String LIST_BY_CREATOR = LIST.formatted(COLUMNS, " AND created_by = $4");

  private static final String ERRORS =
      """
      SELECT row_number, ordinal, field, code, message FROM worker_import_error
      WHERE import_id = $1 AND (row_number, ordinal) > ($2, $3)
      ORDER BY row_number, ordinal
      LIMIT $4
      """;


  /** A page of errors and the keyset position after its last one. */
  public record ErrorPage(List<RowError> errors, int lastRow, int lastOrdinal) {}

  public Future<Void> createReceiving(
      SqlClient db, UUID id, String format, UUID createdBy, String role, List<String> scope, Duration lease) {
    return db.preparedQuery(CREATE)
        .execute(Tuple.of(id, format, createdBy, role, scope == null ? null : scope.toArray(String[]::new), seconds(lease)))
        .mapEmpty();
  }

  private final ImportChunks chunks;

  public ImportRepository(FieldCipher cipher) {
    this.chunks = new ImportChunks(cipher);
  }

  /** The uploaded file's chunks (stored sealed). */
  public ImportChunks chunks() {
    return chunks;
  }

  public Future<Optional<ImportJob>> markQueued(SqlClient tx, UUID id) {
    return tx.preparedQuery(MARK_QUEUED).execute(Tuple.of(id)).map(ImportRepository::first);
  }

  public Future<Void> deleteReceiving(SqlClient db, UUID id) {
    return db.preparedQuery(DELETE_RECEIVING).execute(Tuple.of(id)).mapEmpty();
  }

  public Future<Integer> purgeAbandonedUploads(SqlClient db) {
    return db.query(PURGE_ABANDONED).execute().map(RowSet::rowCount);
  }

  public Future<Optional<ImportJob>> claim(SqlClient db, String owner, Duration lease) {
    return db.preparedQuery(CLAIM).execute(Tuple.of(owner, seconds(lease))).map(ImportRepository::first);
  }

  public Future<Void> setTotal(SqlClient db, UUID id, String owner, int total, Duration lease) {
    return db.preparedQuery(SET_TOTAL).execute(Tuple.of(id, owner, total, seconds(lease))).compose(ImportRepository::fenced);
  }

  /**
   * The first statement of a batch's transaction: holds the job row until commit, or fails with
   * {@link LeaseLost} when this owner may not continue after {@code previousLastRow}.
   */
  public Future<Void> fence(SqlClient tx, UUID id, String owner, int previousLastRow, Duration lease) {
    return tx.preparedQuery(FENCE).execute(Tuple.of(id, owner, previousLastRow, seconds(lease)))
        .compose(ImportRepository::fenced);
  }

  /** Records a fenced batch's refused rows and advances the counters by it ({@code inserted} of its good rows). */
  public Future<Void> recordBatch(SqlClient tx, UUID id, ImportBatch batch, int inserted) {
    return insertErrors(tx, id, batch.errors())
        .compose(v -> tx.preparedQuery(ADVANCE).execute(Tuple.of(id, batch.lastRow(), batch.processed(), inserted,
            batch.good().size() - inserted, batch.failedRows())))
        .mapEmpty();
  }

  /** Ends the job (DONE or FAILED) and drops the stored file; empty if the lease was lost. */
  public Future<Optional<ImportJob>> finish(
      SqlClient tx, UUID id, String owner, ImportStatus status, String errorCode, String errorMessage) {
    return tx.preparedQuery(FINISH)
        .execute(Tuple.of(id, owner, status.name(), errorCode, errorMessage))
        .map(ImportRepository::first)
        .compose(job -> job.isEmpty()
            ? Future.succeededFuture(job)
            : tx.preparedQuery(DROP_FILE).execute(Tuple.of(id)).map(job));
  }

  public Future<Optional<ImportJob>> find(SqlClient db, UUID id) {
    return db.preparedQuery(FIND).execute(Tuple.of(id)).map(ImportRepository::first);
  }

  /**
   * A page of imports, newest first; never one still being uploaded.
   *
   * @param createdBy only this user's imports, or {@code null} for everyone's
   * @param status only imports in this state, or {@code null} for any
   * @param before the last id of the previous page, or {@code null} for the first page
   */
  public Future<Slice<ListedImport>> list(SqlClient db, UUID createdBy, ImportStatus status, UUID before, int limit) {
    Tuple args = Tuple.tuple().addString(status == null ? null : status.name()).addUUID(before).addInteger(limit + 1);
    if (createdBy != null) {
      args.addUUID(createdBy);
    }
    return db.preparedQuery(createdBy == null ? LIST_ALL : LIST_BY_CREATOR).execute(args).map(rows -> {
      List<ListedImport> found = new ArrayList<>(rows.size());
      rows.forEach(r -> found.add(new ListedImport(ImportJob.from(r), r.getString("created_by_username"))));
      return Slice.of(found, limit);
    });
  }

  /** Errors after the keyset position ({@code 0, 0} for the first page), in file order. */
  public Future<ErrorPage> errors(SqlClient db, UUID id, int afterRow, int afterOrdinal, int limit) {
    return db.preparedQuery(ERRORS)
        .execute(Tuple.of(id, afterRow, (short) afterOrdinal, limit))
        .map(rows -> {
          List<RowError> errors = new ArrayList<>(rows.size());
          int lastRow = afterRow;
          int lastOrdinal = afterOrdinal;
          for (Row r : rows) {
            lastRow = r.getInteger("row_number");
            lastOrdinal = r.getShort("ordinal");
            errors.add(new RowError(lastRow, r.getString("field"), ErrorCode.of(r.getString("code")), r.getString("message")));
          }
          return new ErrorPage(errors, lastRow, lastOrdinal);
        });
  }

  private Future<Void> insertErrors(SqlClient tx, UUID id, List<RowError> errors) {
    if (errors.isEmpty()) {
      return Future.succeededFuture();
    }
    // Consecutive errors of one row are numbered 1, 2, …
    Short[] ordinals = new Short[errors.size()];
    int previousRow = -1;
    short ordinal = 0;
    for (int i = 0; i < ordinals.length; i++) {
      RowError e = errors.get(i);
      ordinal = e.row() == previousRow ? (short) (ordinal + 1) : 1;
      previousRow = e.row();
      ordinals[i] = ordinal;
    }
    return tx.preparedQuery(INSERT_ERRORS)
        .execute(Tuple.tuple().addUUID(id).addArrayOfInteger(ColumnArrays.of(errors, RowError::row, Integer[]::new))
            .addArrayOfShort(ordinals)
            .addArrayOfString(ColumnArrays.of(errors, RowError::field, String[]::new))
            .addArrayOfString(ColumnArrays.of(errors, RowError::code, String[]::new))
            .addArrayOfString(ColumnArrays.of(errors, RowError::message, String[]::new)))
        .mapEmpty();
  }

  private static Future<Void> fenced(RowSet<Row> rows) {
    return rows.rowCount() == 1 ? Future.succeededFuture() : Future.failedFuture(new LeaseLost());
  }

  static long seconds(Duration d) {
    return d.toSeconds();
  }

  private static Optional<ImportJob> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(ImportJob.from(rows.iterator().next()));
  }
}
