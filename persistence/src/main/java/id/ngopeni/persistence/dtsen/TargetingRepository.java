package id.ngopeni.persistence.dtsen;

import id.ngopeni.persistence.crypto.Bytes;
import id.ngopeni.persistence.crypto.FieldCipher;
import id.ngopeni.persistence.crypto.SealedField;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import id.ngopeni.persistence.db.Slice;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Targeting reports over the registry and the deciles: registered workers by decile with how
 * many are covered, and "eligible but not covered" (decile at most N, no active membership) per
 * kelurahan with its work list. The two reports read {@code dtsen_tally}, counts per kelurahan and
 * decile that triggers keep exact in every writing transaction (V36); the work list reads the
 * rows. {@code kelurahans} null means the whole city; otherwise only those kelurahan (a field
 * officer's area).
 */
public final class TargetingRepository {
  private static final String NOT_COVERED = """
      NOT EXISTS (SELECT 1 FROM membership m WHERE m.worker_id = w.id AND m.status = 'ACTIVE')""";
  /** From the counts V36's triggers keep per kelurahan and decile, not a scan of the registry. */
  private static final String BY_KELURAHAN = """
      SELECT t.kelurahan_code, r.name, sum(t.registered)::bigint, sum(t.registered - t.covered)::bigint
      FROM dtsen_tally t JOIN region r ON r.code = t.kelurahan_code
      WHERE t.decile BETWEEN 1 AND $1 AND ($2::text[] IS NULL OR t.kelurahan_code = ANY($2))
      GROUP BY t.kelurahan_code, r.name HAVING sum(t.registered) > 0 ORDER BY t.kelurahan_code
      """;
  private static final String LIST = """
      SELECT w.id, w.nik_cipher, w.full_name, w.category, d.decile
      FROM worker w JOIN dtsen_decile d ON d.nik_hash = w.nik_hash
      WHERE w.kelurahan_code = $1 AND d.decile <= $2 AND ($3::uuid IS NULL OR w.id > $3) AND %s
      ORDER BY w.id LIMIT $4
      """.formatted(NOT_COVERED);
  /** Decile 0 in the counts is "no decile known", answered as null and listed last. */
  private static final String BY_DECILE = """
      SELECT nullif(t.decile, 0), sum(t.registered)::bigint, sum(t.covered)::bigint
      FROM dtsen_tally t
      WHERE ($1::text[] IS NULL OR t.kelurahan_code = ANY($1))
      GROUP BY t.decile HAVING sum(t.registered) > 0 ORDER BY t.decile = 0, t.decile
      """;

  private final FieldCipher cipher;

  public TargetingRepository(FieldCipher cipher) {
    this.cipher = cipher;
  }

  public Future<List<KelurahanCount>> notCoveredByKelurahan(SqlClient db, int maxDecile, List<String> kelurahans) {
    Tuple params = Tuple.tuple().addInteger(maxDecile).addArrayOfString(codes(kelurahans));
    return db.preparedQuery(BY_KELURAHAN).execute(params).map(rows -> {
      List<KelurahanCount> out = new ArrayList<>();
      rows.forEach(r -> out.add(new KelurahanCount(r.getString(0), r.getString(1), r.getLong(2), r.getLong(3))));
      return out;
    });
  }

  /** One kelurahan's eligible workers without an active membership, by id after {@code after}. */
  public Future<Slice<EligibleWorker>> notCovered(SqlClient db, String kelurahan, int maxDecile, UUID after, int limit) {
    return db.preparedQuery(LIST).execute(Tuple.of(kelurahan, maxDecile, after, limit + 1)).map(rows -> {
      List<EligibleWorker> out = new ArrayList<>();
      rows.forEach(r -> out.add(new EligibleWorker(r.getUUID(0),
          cipher.open(SealedField.WORKER_NIK, r.getUUID(0), Bytes.of(r, "nik_cipher")), r.getString(2), r.getString(3),
          r.getInteger(4))));
      return Slice.of(out, limit);
    });
  }

  public Future<List<DecileCoverage>> byDecile(SqlClient db, List<String> kelurahans) {
    return db.preparedQuery(BY_DECILE).execute(Tuple.tuple().addArrayOfString(codes(kelurahans))).map(rows -> {
      List<DecileCoverage> out = new ArrayList<>();
      rows.forEach(r -> out.add(new DecileCoverage(r.getInteger(0), r.getLong(1), r.getLong(2))));
      return out;
    });
  }

  private static String[] codes(List<String> kelurahans) {
    return kelurahans == null ? null : kelurahans.toArray(String[]::new);
  }
}
