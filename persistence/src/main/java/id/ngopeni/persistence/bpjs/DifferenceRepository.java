package id.ngopeni.persistence.bpjs;

import id.ngopeni.domain.bpjs.Settlement;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reading a reconciliation, its differences, and recording a user's decision on one. */
public final class DifferenceRepository {
  private static final String COLUMNS =
      """
      d.id, d.reconciliation_id, r.period, d.kind, d.row_no, d.worker_id, w.full_name, d.membership_id, d.funding_source,
      d.city_amount, d.bpjs_amount, d.detail, d.action, d.reason, d.amount_to_pay, d.resolved_by, d.resolved_at
      """;

  private static final String FROM =
      " FROM bpjs_difference d JOIN bpjs_reconciliation r ON r.id = d.reconciliation_id"
          + " LEFT JOIN worker w ON w.id = d.worker_id ";

  private static final String LIST = "SELECT " + COLUMNS + FROM
      + """
      WHERE ($1::uuid IS NULL OR d.reconciliation_id = $1) AND ($2::boolean IS NULL OR (d.action IS NULL) = $2)
        AND ($3::uuid IS NULL OR d.id > $3)
      ORDER BY d.id LIMIT $4
      """;

  private static final String FIND = "SELECT " + COLUMNS + FROM + " WHERE d.id = $1 FOR UPDATE OF d";

  private static final String RESOLVE =
      """
      UPDATE bpjs_difference SET action = $2, reason = $3, amount_to_pay = $4, resolved_by = $5, resolved_at = now()
      WHERE id = $1 AND action IS NULL
      """;

  private static final String HEAD =
      "SELECT id, period, rows, matched, matched_amount, created_by, created_at FROM bpjs_reconciliation WHERE id = $1";

  private static final String LIST_HEADS =
      "SELECT id FROM bpjs_reconciliation ORDER BY period DESC LIMIT 120";

  private static final String KINDS =
      "SELECT kind, count(*) AS n, count(*) FILTER (WHERE action IS NULL) AS open FROM bpjs_difference "
          + "WHERE reconciliation_id = $1 GROUP BY kind ORDER BY kind";

  /**
   * Per source: the month's invoice (total, paid or not), what the month costs once reconciled
   * (matched lines plus the decided differences' amounts), what is still open, the overpayment
   * carried in from the month before and recorded for this one, and the refunds due for it.
   */
  private static final String SOURCES =
      """
      WITH inv AS (SELECT funding_source, sum(total) AS invoiced, bool_and(status = 'PAID') AS paid_all,
                          coalesce(sum(total) FILTER (WHERE status = 'PAID'), 0) AS paid
                   FROM premium_invoice WHERE period = $2 GROUP BY 1),
      matched AS (
        SELECT i.funding_source, sum(l.amount) AS amount
        FROM premium_invoice i JOIN premium_invoice_line l ON l.invoice_id = i.id
        WHERE i.period = $2 AND NOT EXISTS (SELECT 1 FROM bpjs_difference d WHERE d.reconciliation_id = $1
                                              AND d.worker_id = l.worker_id)
        GROUP BY 1),
      diff AS (
        SELECT coalesce(funding_source, '-') AS funding_source, sum(coalesce(amount_to_pay, 0)) AS paid,
               count(*) FILTER (WHERE action IS NULL) AS open
        FROM bpjs_difference WHERE reconciliation_id = $1 GROUP BY 1),
      carried AS (SELECT funding_source, amount AS carried_in FROM bpjs_overpayment WHERE carried_to = $2),
      recorded AS (SELECT funding_source, amount AS overpaid FROM bpjs_overpayment WHERE period = $2),
      refunds AS (SELECT i.funding_source, sum(f.amount) AS refunds
                  FROM bpjs_refund f JOIN premium_invoice i ON i.id = f.invoice_id WHERE i.period = $2 GROUP BY 1)
      SELECT s.funding_source, coalesce(inv.invoiced, 0) AS invoiced,
             coalesce(matched.amount, 0) + coalesce(diff.paid, 0) AS reconciled, coalesce(diff.open, 0) AS open,
             coalesce(inv.paid_all, false) AS invoice_paid, coalesce(inv.paid, 0) AS paid,
             coalesce(carried.carried_in, 0) AS carried_in, coalesce(refunds.refunds, 0) AS refunds,
             recorded.overpaid
      FROM (SELECT funding_source FROM inv UNION SELECT funding_source FROM diff
            UNION SELECT funding_source FROM carried) s
      LEFT JOIN inv USING (funding_source) LEFT JOIN matched USING (funding_source) LEFT JOIN diff USING (funding_source)
      LEFT JOIN carried USING (funding_source) LEFT JOIN recorded USING (funding_source)
      LEFT JOIN refunds USING (funding_source)
      ORDER BY 1
      """;

  public Future<List<StoredDifference>> list(SqlClient db, UUID reconciliationId, Boolean open, UUID after, int limit) {
    return db.preparedQuery(LIST).execute(Tuple.of(reconciliationId, open, after, limit))
        .map(DifferenceRepository::differences);
  }

  public Future<Optional<StoredDifference>> lock(SqlClient tx, UUID id) {
    return tx.preparedQuery(FIND).execute(Tuple.of(id)).map(rows -> differences(rows).stream().findFirst());
  }

  /** Records the decision; false when somebody decided first. */
  public Future<Boolean> resolve(SqlClient tx, UUID id, String action, String reason, long amountToPay, UUID by) {
    return tx.preparedQuery(RESOLVE).execute(Tuple.of(id, action, reason, amountToPay, by))
        .map(rows -> rows.rowCount() == 1);
  }

  public Future<List<UUID>> recent(SqlClient db) {
    return db.query(LIST_HEADS).execute().map(rows -> {
      List<UUID> out = new ArrayList<>();
      rows.forEach(r -> out.add(r.getUUID(0)));
      return out;
    });
  }

  public Future<Optional<ReconciliationSummary>> summary(SqlClient db, UUID id) {
    return db.preparedQuery(HEAD).execute(Tuple.of(id)).compose(heads -> {
      var it = heads.iterator();
      if (!it.hasNext()) {
        return Future.succeededFuture(Optional.empty());
      }
      Row h = it.next();
      LocalDate period = h.getLocalDate("period");
      return db.preparedQuery(KINDS).execute(Tuple.of(id)).compose(kinds -> {
        Map<String, Integer> byKind = new LinkedHashMap<>();
        int[] open = {0};
        kinds.forEach(k -> {
          byKind.put(k.getString("kind"), k.getLong("n").intValue());
          open[0] += k.getLong("open").intValue();
        });
        return db.preparedQuery(SOURCES).execute(Tuple.of(id, period)).map(rows -> {
          List<ReconciliationSummary.SourceTotal> sources = new ArrayList<>();
          rows.forEach(r -> sources.add(new ReconciliationSummary.SourceTotal(r.getString("funding_source"),
              new Settlement(r.getLong("invoiced"), r.getLong("reconciled"), r.getBoolean("invoice_paid"),
                  r.getLong("paid"), r.getLong("carried_in"), r.getLong("refunds"), r.getLong("open").intValue()),
              r.getLong("overpaid"))));
          return Optional.of(new ReconciliationSummary(id, period, h.getInteger("rows"), h.getInteger("matched"),
              h.getLong("matched_amount"), byKind, open[0], sources, h.getUUID("created_by"),
              h.getOffsetDateTime("created_at").toInstant()));
        });
      });
    });
  }

  private static List<StoredDifference> differences(RowSet<Row> rows) {
    List<StoredDifference> out = new ArrayList<>();
    for (Row r : rows) {
      var resolvedAt = r.getOffsetDateTime("resolved_at");
      out.add(new StoredDifference(r.getUUID("id"), r.getUUID("reconciliation_id"), r.getLocalDate("period"),
          r.getString("kind"), r.getInteger("row_no"), r.getUUID("worker_id"), r.getString("full_name"),
          r.getUUID("membership_id"), r.getString("funding_source"), r.getLong("city_amount"),
          r.getLong("bpjs_amount"), r.getString("detail"), r.getString("action"), r.getString("reason"),
          r.getLong("amount_to_pay"), r.getUUID("resolved_by"),
          resolvedAt == null ? null : resolvedAt.toInstant()));
    }
    return out;
  }
}
