package id.ngopeni.persistence.decree;

import id.ngopeni.domain.decree.Reverification;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.crypto.Bytes;
import id.ngopeni.persistence.crypto.FieldCipher;
import id.ngopeni.persistence.crypto.SealedField;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Re-verifications of decree cohorts: the facts each worker is checked against (in one
 * statement over the cohort), the stored results, and the list of those not re-verified.
 */
public final class ReverificationRepository {
  private static final String FACTS = """
      SELECT m.worker_id, wd.worker_id IS NOT NULL, m.category, w.category, m.kelurahan_code, w.kelurahan_code,
        dd.decile, p.max_decile
      FROM decree_member m JOIN decree d ON d.id = m.decree_id JOIN worker w ON w.id = m.worker_id
      LEFT JOIN worker_death wd ON wd.worker_id = m.worker_id
      LEFT JOIN dtsen_decile dd ON dd.nik_hash = w.nik_hash
      LEFT JOIN dtsen_policy p ON p.funding_source = d.funding_source
      WHERE m.decree_id = $1 AND m.removed_at IS NULL
      ORDER BY m.worker_id
      """;
  private static final String RUN_COLUMNS = "id, decree_id, checked, verified, created_by, created_at";

  private final FieldCipher cipher;

  public ReverificationRepository(FieldCipher cipher) {
    this.cipher = cipher;
  }

  /** Every worker now in the decree's cohort with what re-verification weighs. */
  public Future<List<CohortFacts>> facts(SqlClient tx, UUID decreeId) {
    return tx.preparedQuery(FACTS).execute(Tuple.of(decreeId)).map(rows -> {
      List<CohortFacts> out = new ArrayList<>();
      rows.forEach(r -> out.add(new CohortFacts(r.getUUID(0), new Reverification.Facts(r.getBoolean(1), r.getString(2),
          r.getString(3), r.getString(4), r.getString(5), r.getInteger(6), r.getInteger(7)))));
      return out;
    });
  }

  /**
   * Stores a run and each worker's result; {@code reasons[i]} are the reasons of
   * {@code workers[i]} joined with commas, empty when re-verified.
   */
  public Future<Void> insert(SqlClient tx, ReverificationRun run, UUID[] workers, String[] reasons) {
    return tx.preparedQuery("""
        INSERT INTO reverification (id, decree_id, checked, verified, created_by) VALUES ($1, $2, $3, $4, $5)
        """).execute(Tuple.of(run.id(), run.decreeId(), run.checked(), run.verified(), run.createdBy()))
        .compose(v -> tx.preparedQuery("""
            INSERT INTO reverification_result (reverification_id, worker_id, reasons)
            SELECT $1, w, CASE WHEN r = '' THEN '{}'::text[] ELSE string_to_array(r, ',') END
            FROM unnest($2::uuid[], $3::text[]) AS t (w, r)
            """).execute(Tuple.of(run.id(), workers, reasons)))
        .mapEmpty();
  }

  public Future<Optional<ReverificationRun>> find(SqlClient db, UUID id) {
    return db.preparedQuery("SELECT " + RUN_COLUMNS + " FROM reverification WHERE id = $1").execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(run(rows.iterator().next())));
  }

  /** A decree's re-verifications, latest first. */
  public Future<List<ReverificationRun>> ofDecree(SqlClient db, UUID decreeId) {
    return db.preparedQuery("SELECT " + RUN_COLUMNS + " FROM reverification WHERE decree_id = $1 ORDER BY created_at DESC, id")
        .execute(Tuple.of(decreeId)).map(rows -> {
          List<ReverificationRun> out = new ArrayList<>();
          rows.forEach(r -> out.add(run(r)));
          return out;
        });
  }

  /** A page of the workers the run did not re-verify, by worker id. */
  public Future<Slice<NotReverifiedWorker>> notReverified(SqlClient db, UUID runId, UUID after, int limit) {
    return db.preparedQuery("""
        SELECT w.id, w.nik_cipher, w.full_name, w.kelurahan_code, r.reasons
        FROM reverification_result r JOIN worker w ON w.id = r.worker_id
        WHERE r.reverification_id = $1 AND cardinality(r.reasons) > 0 AND ($2::uuid IS NULL OR r.worker_id > $2)
        ORDER BY r.worker_id LIMIT $3
        """).execute(Tuple.of(runId, after, limit + 1)).map(rows -> {
          List<NotReverifiedWorker> out = new ArrayList<>();
          rows.forEach(r -> out.add(new NotReverifiedWorker(r.getUUID(0),
              cipher.open(SealedField.WORKER_NIK, r.getUUID(0), Bytes.of(r, "nik_cipher")), r.getString(2), r.getString(3),
              Arrays.asList(r.getArrayOfStrings(4)))));
          return Slice.of(out, limit);
        });
  }

  private static ReverificationRun run(Row r) {
    return new ReverificationRun(r.getUUID(0), r.getUUID(1), r.getInteger(2), r.getInteger(3), r.getUUID(4),
        r.getOffsetDateTime(5));
  }
}
