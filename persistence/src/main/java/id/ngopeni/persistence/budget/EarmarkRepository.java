package id.ngopeni.persistence.budget;

import id.ngopeni.domain.budget.Earmark;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The earmark of each funding source: its basis and its categories with their priorities. */
public final class EarmarkRepository {
  private static final String ALL = """
      SELECT e.funding_source, e.basis, c.category, c.priority
      FROM funding_earmark e JOIN funding_earmark_category c USING (funding_source)
      WHERE ($1::text IS NULL OR e.funding_source = $1)
      ORDER BY e.funding_source, c.priority, c.category
      """;

  /** Every source's earmark (sources without one are absent). */
  public Future<Map<String, Earmark>> all(SqlClient db) {
    return read(db, null);
  }

  /** The source's earmark, or {@link Earmark#none()}. */
  public Future<Earmark> of(SqlClient db, String fundingSource) {
    return read(db, fundingSource).map(found -> found.getOrDefault(fundingSource, Earmark.none()));
  }

  /** Locks the source's earmark for a change (the funding source row), then reads it. */
  public Future<Earmark> lock(SqlClient tx, String fundingSource) {
    return tx.preparedQuery("SELECT 1 FROM funding_source WHERE code = $1 FOR UPDATE").execute(Tuple.of(fundingSource))
        .compose(v -> of(tx, fundingSource));
  }

  /** Replaces the source's earmark; an earmark without categories removes it. */
  public Future<Void> put(SqlClient tx, String fundingSource, Earmark earmark, UUID by) {
    Future<?> cleared = tx.preparedQuery("DELETE FROM funding_earmark WHERE funding_source = $1")
        .execute(Tuple.of(fundingSource));
    if (earmark.priorities().isEmpty()) {
      return cleared.mapEmpty();
    }
    String[] categories = earmark.priorities().keySet().toArray(String[]::new);
    Short[] priorities = earmark.priorities().values().stream().map(Integer::shortValue).toArray(Short[]::new);
    return cleared
        .compose(v -> tx.preparedQuery("INSERT INTO funding_earmark (funding_source, basis, updated_by) VALUES ($1, $2, $3)")
            .execute(Tuple.of(fundingSource, earmark.basis(), by)))
        .compose(v -> tx.preparedQuery("""
            INSERT INTO funding_earmark_category (funding_source, category, priority)
            SELECT $1, c, p FROM unnest($2::text[], $3::smallint[]) AS u(c, p)
            """).execute(Tuple.of(fundingSource, categories, priorities)))
        .mapEmpty();
  }

  private static Future<Map<String, Earmark>> read(SqlClient db, String fundingSource) {
    return db.preparedQuery(ALL).execute(Tuple.of(fundingSource)).map(rows -> {
      Map<String, String> bases = new HashMap<>();
      Map<String, Map<String, Integer>> categories = new java.util.LinkedHashMap<>();
      rows.forEach(r -> {
        bases.put(r.getString(0), r.getString(1));
        categories.computeIfAbsent(r.getString(0), k -> new java.util.LinkedHashMap<>())
            .put(r.getString(2), r.getInteger(3));
      });
      Map<String, Earmark> out = new java.util.LinkedHashMap<>();
      categories.forEach((source, priorities) -> out.put(source, new Earmark(bases.get(source), priorities)));
      return out;
    });
  }
}
