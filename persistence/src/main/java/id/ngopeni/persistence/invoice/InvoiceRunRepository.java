package id.ngopeni.persistence.invoice;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

/**
 * SQL for the invoice generation jobs ({@code invoice_run}). No leases: the generation's
 * transaction locks its run first ({@link #claim}) and marks it DONE before it commits; a run
 * whose instance died is QUEUED and unlocked again, for any poller to take.
 */
public final class InvoiceRunRepository {
  private static final String COLUMNS =
      "id, period, requested_by, requested_by_role, status, created, error, attempts, requested_at, started_at, finished_at";

  /** At most one QUEUED run per period (partial unique index): nothing inserted when there is one. */
  private static final String REQUEST =
      """
      INSERT INTO invoice_run (id, period, requested_by, requested_by_role) VALUES ($1, $2, $3, $4)
      ON CONFLICT (period) WHERE status = 'QUEUED' DO NOTHING
      RETURNING %s
      """.formatted(COLUMNS);

  private static final String QUEUED_OF_PERIOD =
      "SELECT " + COLUMNS + " FROM invoice_run WHERE period = $1 AND status = 'QUEUED'";

  private static final String FIND = "SELECT " + COLUMNS + " FROM invoice_run WHERE id = $1";

  /**
   * The oldest queued run nobody is generating (SKIP LOCKED), marked started; autocommit, so a
   * poll shows it running. Informational only: the generation's own {@link #claim} decides.
   */
  private static final String START_NEXT =
      """
      UPDATE invoice_run SET started_at = now(), attempts = attempts + 1
      WHERE id = (SELECT id FROM invoice_run WHERE status = 'QUEUED'
                  ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING %s
      """.formatted(COLUMNS);

  /** The generation transaction's first statement: the run, locked to its end, if still queued and free. */
  private static final String CLAIM =
      "SELECT " + COLUMNS + " FROM invoice_run WHERE id = $1 AND status = 'QUEUED' FOR UPDATE SKIP LOCKED";

  private static final String DONE =
      """
      UPDATE invoice_run SET status = 'DONE', created = $2, finished_at = now(), version = version + 1
      WHERE id = $1 AND status = 'QUEUED'
      """;

  private static final String FAILED =
      """
      UPDATE invoice_run SET status = 'FAILED', error = $2, finished_at = now(), version = version + 1
      WHERE id = $1 AND status = 'QUEUED'
      """;

  /** A new QUEUED run for the period, or empty when one is queued already. */
  public Future<Optional<StoredInvoiceRun>> request(SqlClient db, UUID id, YearMonth period, UUID requestedBy,
      String role) {
    return db.preparedQuery(REQUEST).execute(Tuple.of(id, period.atDay(1), requestedBy, role)).map(InvoiceRunRepository::first);
  }

  public Future<Optional<StoredInvoiceRun>> queuedOf(SqlClient db, YearMonth period) {
    return db.preparedQuery(QUEUED_OF_PERIOD).execute(Tuple.of(period.atDay(1))).map(InvoiceRunRepository::first);
  }

  public Future<Optional<StoredInvoiceRun>> find(SqlClient db, UUID id) {
    return db.preparedQuery(FIND).execute(Tuple.of(id)).map(InvoiceRunRepository::first);
  }

  public Future<Optional<StoredInvoiceRun>> startNext(SqlClient db) {
    return db.query(START_NEXT).execute().map(InvoiceRunRepository::first);
  }

  public Future<Optional<StoredInvoiceRun>> claim(SqlClient tx, UUID id) {
    return tx.preparedQuery(CLAIM).execute(Tuple.of(id)).map(InvoiceRunRepository::first);
  }

  /** In the generation's transaction, after the invoices: DONE commits with them. */
  public Future<Void> markDone(SqlClient tx, UUID id, int created) {
    return tx.preparedQuery(DONE).execute(Tuple.of(id, created)).compose(rows -> rows.rowCount() == 1
        ? Future.succeededFuture()
        : Future.failedFuture(new IllegalStateException("invoice run " + id + " is not queued")));
  }

  /** After the generation rolled back; false when the run is no longer queued. */
  public Future<Boolean> markFailed(SqlClient db, UUID id, String code) {
    return db.preparedQuery(FAILED).execute(Tuple.of(id, code)).map(rows -> rows.rowCount() == 1);
  }

  private static Optional<StoredInvoiceRun> first(RowSet<Row> rows) {
    var it = rows.iterator();
    if (!it.hasNext()) {
      return Optional.empty();
    }
    Row r = it.next();
    return Optional.of(new StoredInvoiceRun(r.getUUID("id"), YearMonth.from(r.getLocalDate("period")),
        r.getUUID("requested_by"), r.getString("requested_by_role"), r.getString("status"), r.getInteger("created"),
        r.getString("error"), r.getInteger("attempts"), instant(r, "requested_at"), instant(r, "started_at"),
        instant(r, "finished_at")));
  }

  private static java.time.Instant instant(Row r, String column) {
    OffsetDateTime at = r.getOffsetDateTime(column);
    return at == null ? null : at.toInstant();
  }
}
