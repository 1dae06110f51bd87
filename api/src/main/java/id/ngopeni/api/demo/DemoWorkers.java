package id.ngopeni.api.demo;

import id.ngopeni.api.demo.synthetic.SyntheticWorkers;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.worker.ValidatedWorker;
import id.ngopeni.domain.worker.WorkerDraft;
import id.ngopeni.persistence.worker.NewWorker;
import id.ngopeni.persistence.worker.WorkerRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes synthetic Kota Malang workers into the registry through {@link WorkerRepository}, for the
 * demo data set (and the coverage tests, which must not depend on the workers API). Rows are
 * accepted by the registry's own rules ({@link WorkerDraft#accept}) first; a draft the rules
 * refuse is skipped.
 */
public final class DemoWorkers {
  private static final int BATCH = 1_000;

  /** A worker as written: enough to enrol them and to find them again. */
  public record Written(UUID id, String kelurahanCode, String category) {}

  private DemoWorkers() {}

  /** {@code count} workers from a seeded generator, written in batches of 1,000. */
  public static Future<List<Written>> insert(SqlClient db, WorkerRepository workers, long seed, int count, LocalDate today) {
    List<NewWorker> rows = new ArrayList<>();
    List<Written> written = new ArrayList<>();
    var drafts = new SyntheticWorkers(seed, SyntheticWorkers.MALANG_KELURAHAN_CODES, SyntheticWorkers.MALANG_CATEGORY_WEIGHTS)
        .iterator(today);
    while (written.size() < count) {
      WorkerDraft draft = drafts.next();
      if (!draft.validate(today).isEmpty()) {
        continue;
      }
      ValidatedWorker w = draft.accept(today);
      UUID id = Ids.newId();
      rows.add(NewWorker.of(id, w));
      written.add(new Written(id, w.kelurahan().toString(), w.category()));
    }
    Future<Void> chain = Future.succeededFuture();
    for (int from = 0; from < rows.size(); from += BATCH) {
      List<NewWorker> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
      chain = chain.compose(v -> workers.insertAll(db, batch, null).mapEmpty());
    }
    return chain.map(v -> written);
  }
}
