package id.ngopeni.persistence.worker;

import id.ngopeni.persistence.dtsen.WorkerDecile;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowIterator;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import java.util.UUID;

/**
 * One worker's detail view in one statement: the row, the latest membership and the DTSEN decile
 * of the latest extract (joined by the NIK's blind index, which the row holds) — the hottest read
 * of the API, so one round trip instead of two.
 */
public final class WorkerDetails {
  private static final String FIND = "SELECT " + WorkerRepository.COLUMNS + ", d.decile AS d_decile, d.extract_date AS d_extract"
      + " FROM worker w " + WorkerQuery.LATEST_MEMBERSHIP + " LEFT JOIN dtsen_decile d ON d.nik_hash = w.nik_hash"
      + " WHERE w.id = $1";

  /** The worker with its decile (empty when no DTSEN extract holds the NIK). */
  public record Detail(StoredWorker worker, Optional<WorkerDecile> decile) {}

  private final WorkerRepository workers;

  public WorkerDetails(WorkerRepository workers) {
    this.workers = workers;
  }

  public Future<Optional<Detail>> find(SqlClient db, UUID id) {
    return db.preparedQuery(FIND).execute(Tuple.of(id)).map(rows -> {
      RowIterator<Row> it = rows.iterator();
      if (!it.hasNext()) {
        return Optional.empty();
      }
      Row r = it.next();
      Integer decile = r.getInteger("d_decile");
      return Optional.of(new Detail(workers.toWorker(r),
          decile == null ? Optional.empty() : Optional.of(new WorkerDecile(decile, r.getLocalDate("d_extract")))));
    });
  }
}
