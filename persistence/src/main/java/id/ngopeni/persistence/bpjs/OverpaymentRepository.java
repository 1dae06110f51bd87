package id.ngopeni.persistence.bpjs;

import id.ngopeni.domain.bpjs.Settlement;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Overpayments to BPJS carried to the next month: recorded once per month and source. */
public final class OverpaymentRepository {
  /** The stored row as the API lists it. */
  public record StoredOverpayment(UUID id, UUID reconciliationId, LocalDate period, String fundingSource, long paid,
      long carriedIn, long reconciled, long refunds, long amount, LocalDate carriedTo, UUID recordedBy) {}

  private static final String LOCK_RECONCILIATION = "SELECT period FROM bpjs_reconciliation WHERE id = $1 FOR UPDATE";

  private static final String RECORD =
      """
      INSERT INTO bpjs_overpayment (id, reconciliation_id, period, funding_source, paid, carried_in, reconciled, refunds,
                                    amount, carried_to, recorded_by)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, ($3::date + interval '1 month')::date, $10)
      ON CONFLICT ON CONSTRAINT bpjs_overpayment_once DO NOTHING
      RETURNING id
      """;

  private static final String LIST =
      """
      SELECT id, reconciliation_id, period, funding_source, paid, carried_in, reconciled, refunds, amount, carried_to,
             recorded_by
      FROM bpjs_overpayment ORDER BY period DESC, funding_source LIMIT $1
      """;

  /** Locks the reconciliation for the carry-over; empty when there is none. */
  public Future<Optional<LocalDate>> lockReconciliation(SqlClient tx, UUID reconciliationId) {
    return tx.preparedQuery(LOCK_RECONCILIATION).execute(Tuple.of(reconciliationId)).map(rows -> {
      var it = rows.iterator();
      return it.hasNext() ? Optional.of(it.next().getLocalDate(0)) : Optional.empty();
    });
  }

  /** True when recorded now; false when the month and source already had one. */
  public Future<Boolean> record(SqlClient tx, UUID id, UUID reconciliationId, LocalDate period, String source,
      Settlement s, UUID by) {
    Tuple args = Tuple.tuple().addUUID(id).addUUID(reconciliationId).addLocalDate(period).addString(source)
        .addLong(s.paid()).addLong(s.carriedIn()).addLong(s.reconciled()).addLong(s.refunds()).addLong(s.overpaid())
        .addUUID(by);
    return tx.preparedQuery(RECORD).execute(args).map(rows -> rows.size() == 1);
  }

  public Future<List<StoredOverpayment>> recent(SqlClient db, int limit) {
    return db.preparedQuery(LIST).execute(Tuple.of(limit)).map(rows -> {
      List<StoredOverpayment> out = new ArrayList<>();
      for (Row r : rows) {
        out.add(new StoredOverpayment(r.getUUID("id"), r.getUUID("reconciliation_id"), r.getLocalDate("period"),
            r.getString("funding_source"), r.getLong("paid"), r.getLong("carried_in"), r.getLong("reconciled"),
            r.getLong("refunds"), r.getLong("amount"), r.getLocalDate("carried_to"), r.getUUID("recorded_by")));
      }
      return out;
    });
  }
}
