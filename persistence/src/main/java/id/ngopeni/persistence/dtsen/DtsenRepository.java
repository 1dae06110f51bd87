package id.ngopeni.persistence.dtsen;

import id.ngopeni.persistence.crypto.BlindIndex;
import id.ngopeni.persistence.crypto.Bytes;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * DTSEN extracts and the deciles they bring. An import stages its rows in a temporary table
 * (dropped at commit) with unnest arrays, so the file's duplicated NIKs are found in SQL and the
 * whole extract lands in one statement, or, on any refused row, nothing does. Deciles are kept by
 * the NIK's blind index ({@link BlindIndex}): the extract's NIKs never reach the database.
 */
public final class DtsenRepository {
  private static final String IMPORT_COLUMNS = "id, extract_date, format, row_count, created_by, created_at";
  private static final String STAGE = """
      CREATE TEMPORARY TABLE dtsen_stage (row_number integer NOT NULL, nik_hash bytea NOT NULL, decile smallint NOT NULL)
      ON COMMIT DROP
      """;
  private static final String STAGE_ROWS =
      "INSERT INTO dtsen_stage SELECT * FROM unnest($1::int[], $2::bytea[], $3::smallint[])";
  private static final String REPEATED = """
      SELECT row_number, first_row FROM (
        SELECT row_number, min(row_number) OVER (PARTITION BY nik_hash) AS first_row FROM dtsen_stage) s
      WHERE row_number > first_row ORDER BY row_number LIMIT $1
      """;
  private static final String APPLY = """
      INSERT INTO dtsen_decile (nik_hash, decile, extract_date, import_id)
      SELECT nik_hash, decile, $1, $2 FROM dtsen_stage
      ON CONFLICT (nik_hash) DO UPDATE SET decile = excluded.decile, extract_date = excluded.extract_date,
        import_id = excluded.import_id
      WHERE dtsen_decile.extract_date <= excluded.extract_date
      """;
  private static final String ELIGIBILITY = """
      SELECT p.max_decile, d.decile FROM (SELECT 1) one
      LEFT JOIN dtsen_policy p ON p.funding_source = $1
      LEFT JOIN worker w ON w.id = $2
      LEFT JOIN dtsen_decile d ON d.nik_hash = w.nik_hash
      """;

  private final BlindIndex index;

  public DtsenRepository(BlindIndex index) {
    this.index = index;
  }

  /** A batch with each NIK replaced by its blind index: HMACs, for a worker thread rather than an event loop. */
  public IndexedRows index(StagedRows rows) {
    int n = rows.size();
    Buffer[] hashes = new Buffer[n];
    for (int i = 0; i < n; i++) {
      hashes[i] = Bytes.buffer(index.nik(rows.niks()[i]));
    }
    return new IndexedRows(Arrays.copyOf(rows.rowNumbers(), n), hashes, Arrays.copyOf(rows.deciles(), n));
  }

  public Future<Optional<DtsenImport>> byDigest(SqlClient db, byte[] digest) {
    return db.preparedQuery("SELECT " + IMPORT_COLUMNS + " FROM dtsen_import WHERE digest = $1")
        .execute(Tuple.of(io.vertx.core.buffer.Buffer.buffer(digest)))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toImport(rows.iterator().next())));
  }

  /** Records the import (its row count set by {@link #finish}) and opens the staging table. */
  public Future<Void> begin(SqlClient tx, UUID id, LocalDate extractDate, byte[] digest, String format, UUID createdBy) {
    return tx.preparedQuery("""
        INSERT INTO dtsen_import (id, extract_date, digest, format, row_count, created_by) VALUES ($1, $2, $3, $4, 0, $5)
        """).execute(Tuple.of(id, extractDate, io.vertx.core.buffer.Buffer.buffer(digest), format, createdBy))
        .compose(v -> tx.query(STAGE).execute()).mapEmpty();
  }

  public Future<Void> stage(SqlClient tx, IndexedRows rows) {
    return tx.preparedQuery(STAGE_ROWS).execute(Tuple.tuple().addArrayOfInteger(rows.rowNumbers())
        .addArrayOfBuffer(rows.hashes()).addArrayOfShort(rows.deciles())).mapEmpty();
  }

  /** Rows whose NIK an earlier row holds, first {@code limit} by row number. */
  public Future<List<RepeatedNik>> repeated(SqlClient tx, int limit) {
    return tx.preparedQuery(REPEATED).execute(Tuple.of(limit)).map(rows -> {
      List<RepeatedNik> out = new ArrayList<>();
      rows.forEach(r -> out.add(new RepeatedNik(r.getInteger(0), r.getInteger(1))));
      return out;
    });
  }

  /** Moves the staged deciles into place (a newer extract's decile is kept); how many NIKs changed. */
  public Future<Integer> apply(SqlClient tx, UUID importId, LocalDate extractDate, int rowCount) {
    return tx.preparedQuery(APPLY).execute(Tuple.of(extractDate, importId)).compose(applied ->
        tx.preparedQuery("UPDATE dtsen_import SET row_count = $2 WHERE id = $1").execute(Tuple.of(importId, rowCount))
            .map(v -> applied.rowCount()));
  }

  public Future<Optional<DtsenImport>> find(SqlClient db, UUID id) {
    return db.preparedQuery("SELECT " + IMPORT_COLUMNS + " FROM dtsen_import WHERE id = $1").execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toImport(rows.iterator().next())));
  }

  public Future<List<DtsenImport>> recent(SqlClient db, int limit) {
    return db.preparedQuery("SELECT " + IMPORT_COLUMNS + " FROM dtsen_import ORDER BY created_at DESC, id LIMIT $1")
        .execute(Tuple.of(limit)).map(rows -> {
          List<DtsenImport> out = new ArrayList<>();
          rows.forEach(r -> out.add(toImport(r)));
          return out;
        });
  }

  /** The decile of the latest extract holding {@code nik}. */
  public Future<Optional<WorkerDecile>> decileOf(SqlClient db, String nik) {
    return db.preparedQuery("SELECT decile, extract_date FROM dtsen_decile WHERE nik_hash = $1")
        .execute(Tuple.of(Bytes.buffer(index.nik(nik))))
        .map(rows -> rows.size() == 0 ? Optional.empty()
            : Optional.of(new WorkerDecile(rows.iterator().next().getInteger(0), rows.iterator().next().getLocalDate(1))));
  }

  /** The source's limit and the worker's decile, read in the enrolment's transaction. */
  public Future<Eligibility> eligibility(SqlClient tx, String fundingSource, UUID workerId) {
    return tx.preparedQuery(ELIGIBILITY).execute(Tuple.of(fundingSource, workerId)).map(rows -> {
      Row r = rows.iterator().next();
      return new Eligibility(r.getInteger(0), r.getInteger(1));
    });
  }

  public Future<List<DecilePolicy>> policies(SqlClient db) {
    return db.preparedQuery("SELECT funding_source, max_decile, updated_by, updated_at FROM dtsen_policy ORDER BY 1")
        .execute().map(rows -> {
          List<DecilePolicy> out = new ArrayList<>();
          rows.forEach(r -> out.add(policy(r)));
          return out;
        });
  }

  /** The source's policy, locked for a change. */
  public Future<Optional<DecilePolicy>> lockPolicy(SqlClient tx, String fundingSource) {
    return tx.preparedQuery("""
        SELECT funding_source, max_decile, updated_by, updated_at FROM dtsen_policy WHERE funding_source = $1 FOR UPDATE
        """).execute(Tuple.of(fundingSource))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(policy(rows.iterator().next())));
  }

  /** Sets the source's limit, or with null switches its policy off. */
  public Future<Void> putPolicy(SqlClient tx, String fundingSource, Integer maxDecile, UUID by) {
    if (maxDecile == null) {
      return tx.preparedQuery("DELETE FROM dtsen_policy WHERE funding_source = $1").execute(Tuple.of(fundingSource)).mapEmpty();
    }
    return tx.preparedQuery("""
        INSERT INTO dtsen_policy (funding_source, max_decile, updated_by) VALUES ($1, $2, $3)
        ON CONFLICT (funding_source) DO UPDATE SET max_decile = excluded.max_decile,
          updated_by = excluded.updated_by, updated_at = now()
        """).execute(Tuple.of(fundingSource, maxDecile, by)).mapEmpty();
  }

  private static DecilePolicy policy(Row r) {
    return new DecilePolicy(r.getString(0), r.getInteger(1), r.getUUID(2), r.getOffsetDateTime(3));
  }

  private static DtsenImport toImport(Row r) {
    return new DtsenImport(r.getUUID(0), r.getLocalDate(1), r.getString(2), r.getInteger(3), r.getUUID(4),
        r.getOffsetDateTime(5));
  }
}
