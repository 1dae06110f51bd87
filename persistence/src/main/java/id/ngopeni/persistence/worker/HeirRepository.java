package id.ngopeni.persistence.worker;

import id.ngopeni.domain.heir.Heir;
import id.ngopeni.domain.heir.HeirRelationship;
import id.ngopeni.persistence.crypto.Bytes;
import id.ngopeni.persistence.crypto.DataCrypto;
import id.ngopeni.persistence.crypto.SealedField;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * SQL for a worker's heirs, kept in the order the client gave them ({@code position}). An heir's
 * NIK is stored sealed with its blind index (a data subject is found as an heir too).
 */
public final class HeirRepository {
  private static final String LIST =
      "SELECT id, full_name, nik_cipher, relationship, birth_date FROM heir WHERE worker_id = $1 ORDER BY position";

  private static final String DELETE_OTHERS = "DELETE FROM heir WHERE worker_id = $1 AND id <> ALL($2::uuid[])";

  /**
   * Moves the kept heirs out of the way (negative positions) so the new order can be written row
   * by row without tripping the (worker_id, position) unique key.
   */
  private static final String PARK = "UPDATE heir SET position = -1 - position WHERE worker_id = $1";

  /** An heir whose id is kept is updated in place (payouts reference heir ids), others inserted. */
  private static final String UPSERT =
      """
      INSERT INTO heir (id, worker_id, position, full_name, nik_cipher, nik_hash, relationship, birth_date, priority_class)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
      ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, full_name = EXCLUDED.full_name,
        nik_cipher = EXCLUDED.nik_cipher, nik_hash = EXCLUDED.nik_hash,
        relationship = EXCLUDED.relationship, birth_date = EXCLUDED.birth_date, priority_class = EXCLUDED.priority_class
      WHERE heir.worker_id = EXCLUDED.worker_id
      """;

  private final DataCrypto crypto;

  public HeirRepository(DataCrypto crypto) {
    this.crypto = crypto;
  }

  public Future<List<Heir>> list(SqlClient db, UUID workerId) {
    return db.preparedQuery(LIST).execute(Tuple.of(workerId)).map(rows -> {
      List<Heir> out = new ArrayList<>();
      rows.forEach(r -> out.add(new Heir(r.getUUID("id"), r.getString("full_name"),
          crypto.cipher().open(SealedField.HEIR_NIK, r.getUUID("id"), Bytes.of(r, "nik_cipher")),
          HeirRelationship.valueOf(r.getString("relationship")), r.getLocalDate("birth_date"))));
      return out;
    });
  }

  /** Makes {@code heirs}, in this order, the worker's whole list. Run it in the caller's transaction. */
  public Future<Void> replace(SqlClient tx, UUID workerId, List<Heir> heirs) {
    UUID[] keep = heirs.stream().map(Heir::id).toArray(UUID[]::new);
    List<Tuple> rows = new ArrayList<>();
    for (int i = 0; i < heirs.size(); i++) {
      Heir h = heirs.get(i);
      rows.add(Tuple.tuple().addUUID(h.id()).addUUID(workerId).addShort((short) i).addString(h.fullName())
          .addBuffer(Bytes.buffer(crypto.cipher().seal(SealedField.HEIR_NIK, h.id(), h.nik())))
          .addBuffer(h.nik() == null ? null : Bytes.buffer(crypto.index().nik(h.nik())))
          .addString(h.relationship().name()).addLocalDate(h.birthDate())
          .addShort((short) h.priorityClass()));
    }
    Future<?> cleared = tx.preparedQuery(DELETE_OTHERS).execute(Tuple.tuple().addUUID(workerId).addArrayOfUUID(keep))
        .compose(v -> tx.preparedQuery(PARK).execute(Tuple.of(workerId)));
    return rows.isEmpty()
        ? cleared.mapEmpty()
        : cleared.compose(v -> tx.preparedQuery(UPSERT).executeBatch(rows)).mapEmpty();
  }
}
