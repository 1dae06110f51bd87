package id.ngopeni.persistence.worker;

import id.ngopeni.persistence.crypto.DataCrypto;
import io.vertx.core.Future;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.UUID;

/**
 * Every insert of workers, one or a thousand rows in one statement, in two steps: {@link #seal}
 * (the CPU part: AES-GCM of the NIK and phone, the NIK's HMACs), which a bulk import does on its
 * own thread rather than on an event loop, then the statement. The unique NIK (its blind index)
 * decides: DO NOTHING keeps the transaction usable (to name the existing worker), and also skips
 * a NIK repeated within the rows, whose second row conflicts with the first, inserted a moment
 * earlier.
 */
public final class SealedInserts {
  private static final String INSERT =
      """
      INSERT INTO worker (id, nik_cipher, nik_hash, nik_region, nik_p8, nik_p10, nik_p12, full_name, name_key, birth_date,
                          sex, kelurahan_code, category, phone_cipher, address, created_by)
      SELECT w.*, $16::uuid
      FROM unnest($1::uuid[], $2::bytea[], $3::bytea[], $4::text[], $5::bytea[], $6::bytea[], $7::bytea[], $8::text[],
                  $9::text[], $10::date[], $11::text[], $12::text[], $13::text[], $14::bytea[], $15::text[]) AS w
      ON CONFLICT (nik_hash) DO NOTHING
      """;

  /**
   * {@link #INSERT}, then, in the same statement, the transaction-scoped advisory lock
   * (hashtext($17), $18): taken once every row is in (the lock's key depends on the count) and
   * before the statement's AFTER triggers run, which fire only when the whole statement ends. So
   * the rows and their index entries are written while whoever holds the lock is still working,
   * and the triggers' counts (the DTSEN tally's rows, locked in key order) are taken only after it
   * committed or rolled back: a wait PostgreSQL sees, never one hidden in a client.
   */
  private static final String INSERT_THEN_WAIT = "WITH inserted AS (\n" + INSERT + "RETURNING 1)\n"
      + """
      SELECT c.n FROM (SELECT count(*)::int AS n FROM inserted) c
      CROSS JOIN LATERAL (SELECT pg_advisory_xact_lock(hashtext($17), $18 + 0 * c.n)) turn
      """;

  private final DataCrypto crypto;

  SealedInserts(DataCrypto crypto) {
    this.crypto = crypto;
  }

  /** The workers' rows with their identifiers sealed and indexed, ready for {@link #insert}. */
  public SealedWorkers seal(List<NewWorker> workers) {
    return new SealedWorkers(workers.size(), NewWorker.columns(workers, crypto));
  }

  /** Inserts rows {@link #seal}ed before; a NIK registered already or repeated in the list is skipped. */
  public Future<Integer> insert(SqlClient db, SealedWorkers sealed, UUID createdBy) {
    if (sealed.size() == 0) {
      return Future.succeededFuture(0);
    }
    return db.preparedQuery(INSERT).execute(sealed.columns().addUUID(createdBy)).map(RowSet::rowCount);
  }

  /**
   * Inserts as {@link #insert} does, then waits for the advisory lock ({@code lock}, {@code key})
   * before the insert's triggers run ({@link #INSERT_THEN_WAIT}), holding it until the transaction
   * ends. {@code sealed} holds at least one row (a batch without any waits through {@code
   * ImportTurns#awaitPrevious}).
   *
   * @return how many were inserted
   */
  public Future<Integer> insertThenWait(SqlClient tx, SealedWorkers sealed, UUID createdBy, String lock, int key) {
    return tx.preparedQuery(INSERT_THEN_WAIT).execute(sealed.columns().addUUID(createdBy).addString(lock).addInteger(key))
        .map(rows -> rows.iterator().next().getInteger(0));
  }
}
