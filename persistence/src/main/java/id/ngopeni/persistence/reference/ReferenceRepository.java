package id.ngopeni.persistence.reference;

import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.ReferenceError;
import id.ngopeni.persistence.db.PgErrors;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** SQL for the small reference tables: worker categories and funding sources. */
public final class ReferenceRepository {
  private static final String CATEGORY_COLUMNS = "code, name_id, name_en, active, sort_order";

  private static final String CATEGORIES =
      "SELECT " + CATEGORY_COLUMNS + " FROM worker_category ORDER BY sort_order, code";

  private static final String ACTIVE_CATEGORY = "SELECT 1 FROM worker_category WHERE code = $1 AND active";

  private static final String ACTIVE_CATEGORY_CODES = "SELECT code FROM worker_category WHERE active";

  private static final String INSERT_CATEGORY =
      "INSERT INTO worker_category (code, name_id, name_en, sort_order) VALUES ($1, $2, $3, $4) RETURNING " + CATEGORY_COLUMNS;

  private static final String FUNDING_SOURCES = "SELECT code, name_id, name_en FROM funding_source ORDER BY code";

  public record Category(String code, String nameId, String nameEn, boolean active, int sortOrder) {}

  public record FundingSourceRow(String code, String nameId, String nameEn) {}

  public Future<List<Category>> categories(SqlClient db) {
    return db.query(CATEGORIES).execute().map(rows -> {
      List<Category> out = new ArrayList<>();
      rows.forEach(r -> out.add(toCategory(r)));
      return out;
    });
  }

  /** Whether new workers may be registered in this category (it exists and is active). */
  public Future<Boolean> isActiveCategory(SqlClient db, String code) {
    return db.preparedQuery(ACTIVE_CATEGORY).execute(Tuple.of(code)).map(rows -> rows.size() == 1);
  }

  /** The codes of every category new workers may be registered in. */
  public Future<Set<String>> activeCategoryCodes(SqlClient db) {
    return db.query(ACTIVE_CATEGORY_CODES).execute().map(rows -> {
      Set<String> codes = new HashSet<>();
      rows.forEach(r -> codes.add(r.getString(0)));
      return codes;
    });
  }

  public Future<Category> insertCategory(SqlClient tx, String code, String nameId, String nameEn, int sortOrder) {
    return tx.preparedQuery(INSERT_CATEGORY)
        .execute(Tuple.of(code, nameId, nameEn, sortOrder))
        .map(rows -> toCategory(rows.iterator().next()))
        .recover(e -> Future.failedFuture(PgErrors.isUniqueViolation(e, "worker_category_pkey")
            ? new Conflict(ReferenceError.CATEGORY_EXISTS)
            : e));
  }

  public Future<List<FundingSourceRow>> fundingSources(SqlClient db) {
    return db.query(FUNDING_SOURCES).execute().map(rows -> {
      List<FundingSourceRow> out = new ArrayList<>();
      rows.forEach(r -> out.add(new FundingSourceRow(r.getString("code"), r.getString("name_id"), r.getString("name_en"))));
      return out;
    });
  }

  private static Category toCategory(Row r) {
    return new Category(r.getString("code"), r.getString("name_id"), r.getString("name_en"), r.getBoolean("active"),
        r.getInteger("sort_order"));
  }
}
