package id.ngopeni.persistence.bpjs;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Recorded deaths, the bill they stop, and the refunds they make due. */
public final class DeathRepository {
  private static final String RECORD =
      """
      INSERT INTO worker_death (worker_id, death_date, source, recorded_by) VALUES ($1, $2, $3, $4)
      ON CONFLICT (worker_id) DO NOTHING RETURNING worker_id
      """;

  private static final String RECORDED = "SELECT death_date FROM worker_death WHERE worker_id = $1";

  /** Paid premiums of the worker for months from {@code $2} on become refunds due (once each). */
  private static final String REFUNDS =
      """
      INSERT INTO bpjs_refund (id, worker_id, membership_id, invoice_id, period, amount, created_by)
      SELECT gen_random_uuid(), l.worker_id, l.membership_id, i.id, i.period, l.amount, $3
      FROM premium_invoice i JOIN premium_invoice_line l ON l.invoice_id = i.id
      WHERE l.membership_id IN (SELECT id FROM membership WHERE worker_id = $1) AND i.period >= $2 AND i.status = 'PAID'
        AND l.amount > 0
      ON CONFLICT ON CONSTRAINT bpjs_refund_once DO NOTHING
      RETURNING id
      """;

  /** Unpaid invoices of months from {@code $2} on lose the worker's lines: the bill stops. */
  private static final String STOP_BILL =
      """
      WITH gone AS (
        DELETE FROM premium_invoice_line l USING premium_invoice i
        WHERE i.id = l.invoice_id AND l.membership_id IN (SELECT id FROM membership WHERE worker_id = $1)
          AND i.period >= $2 AND i.status = 'UNPAID'
        RETURNING l.invoice_id, l.amount)
      UPDATE premium_invoice i SET total = i.total - g.amount, line_count = i.line_count - g.n,
        version = i.version + 1, updated_at = now()
      FROM (SELECT invoice_id, sum(amount) AS amount, count(*) AS n FROM gone GROUP BY 1) g
      WHERE i.id = g.invoice_id
      RETURNING i.id
      """;

  private static final String REFUND_COLUMNS =
      """
      SELECT f.id, f.worker_id, w.full_name, f.membership_id, f.invoice_id, i.funding_source, f.period, f.amount,
             f.status, f.received_on, f.reference
      FROM bpjs_refund f JOIN worker w ON w.id = f.worker_id JOIN premium_invoice i ON i.id = f.invoice_id
      """;

  private static final String LIST = REFUND_COLUMNS
      + " WHERE ($1::text IS NULL OR f.status = $1) AND ($2::uuid IS NULL OR f.id > $2) ORDER BY f.id LIMIT $3";

  private static final String FIND = REFUND_COLUMNS + " WHERE f.id = $1 FOR UPDATE OF f";

  private static final String RECEIVED =
      """
      UPDATE bpjs_refund SET status = 'RECEIVED', received_on = $2, reference = $3, received_by = $4
      WHERE id = $1 AND status = 'DUE'
      """;

  /** True when recorded now; false when a death was already recorded (see {@link #recorded}). */
  public Future<Boolean> record(SqlClient tx, UUID workerId, LocalDate deathDate, String source, UUID by) {
    return tx.preparedQuery(RECORD).execute(Tuple.of(workerId, deathDate, source, by)).map(rows -> rows.size() == 1);
  }

  public Future<Optional<LocalDate>> recorded(SqlClient db, UUID workerId) {
    return db.preparedQuery(RECORDED).execute(Tuple.of(workerId)).map(rows -> {
      var it = rows.iterator();
      return it.hasNext() ? Optional.of(it.next().getLocalDate(0)) : Optional.empty();
    });
  }

  /** @return how many refunds became due */
  public Future<Integer> refundsDue(SqlClient tx, UUID workerId, LocalDate fromPeriod, UUID by) {
    return tx.preparedQuery(REFUNDS).execute(Tuple.of(workerId, fromPeriod, by)).map(RowSet::size);
  }

  /** @return how many unpaid invoices lost a line */
  public Future<Integer> stopBill(SqlClient tx, UUID workerId, LocalDate fromPeriod) {
    return tx.preparedQuery(STOP_BILL).execute(Tuple.of(workerId, fromPeriod)).map(RowSet::size);
  }

  public Future<List<StoredRefund>> list(SqlClient db, String status, UUID after, int limit) {
    return db.preparedQuery(LIST).execute(Tuple.of(status, after, limit)).map(DeathRepository::refunds);
  }

  public Future<Optional<StoredRefund>> lock(SqlClient tx, UUID id) {
    return tx.preparedQuery(FIND).execute(Tuple.of(id)).map(rows -> refunds(rows).stream().findFirst());
  }

  public Future<Boolean> received(SqlClient tx, UUID id, LocalDate on, String reference, UUID by) {
    return tx.preparedQuery(RECEIVED).execute(Tuple.of(id, on, reference, by)).map(rows -> rows.rowCount() == 1);
  }

  private static List<StoredRefund> refunds(RowSet<Row> rows) {
    List<StoredRefund> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(new StoredRefund(r.getUUID("id"), r.getUUID("worker_id"), r.getString("full_name"),
          r.getUUID("membership_id"), r.getUUID("invoice_id"), r.getString("funding_source"), r.getLocalDate("period"),
          r.getLong("amount"), r.getString("status"), r.getLocalDate("received_on"), r.getString("reference")));
    }
    return out;
  }
}
