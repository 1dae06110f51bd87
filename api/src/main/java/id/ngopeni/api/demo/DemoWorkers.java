package id.ngopeni.api.demo;

import id.ngopeni.domain.Ids;
import id.ngopeni.domain.worker.ValidatedWorker;
import id.ngopeni.domain.worker.WorkerDraft;
import id.ngopeni.api.demo.synthetic.SyntheticWorkers;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes synthetic Kota Malang workers straight into the registry table, for the demo data set
 * (and the coverage tests, which must not depend on the workers API). Rows are accepted by the
 * registry's own rules ({@link WorkerDraft#accept}) first; a draft the rules refuse is skipped.
 */
public final class DemoWorkers {
  private static final String INSERT =
      """
      INSERT INTO worker (id, nik, full_name, name_key, birth_date, sex, kelurahan_code, category, phone, address)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
      ON CONFLICT (nik) DO NOTHING
      """;

  /** A worker as written: enough to enrol them and to find them again. */
  public record Written(UUID id, String kelurahanCode, String category) {}

  private DemoWorkers() {}

  /** {@code count} workers from a seeded generator, written in batches of 1,000. */
  public static Future<List<Written>> insert(SqlClient db, long seed, int count, LocalDate today) {
    List<Tuple> rows = new ArrayList<>();
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
      rows.add(Tuple.of(id, w.nik().value(), w.fullName(), w.nameKey(), w.birthDate(), w.sex().name(),
          w.kelurahan().toString(), w.category(), w.phone(), w.address()));
      written.add(new Written(id, w.kelurahan().toString(), w.category()));
    }
    Future<Void> chain = Future.succeededFuture();
    for (int from = 0; from < rows.size(); from += 1_000) {
      List<Tuple> batch = rows.subList(from, Math.min(rows.size(), from + 1_000));
      chain = chain.compose(v -> db.preparedQuery(INSERT).executeBatch(batch).mapEmpty());
    }
    return chain.map(v -> written);
  }
}
