package id.ngopeni.persistence.subject;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What the subject's report reads that no other repository answers per person: their decrees. */
public final class SubjectRepository {
  private static final String DECREES = """
      SELECT d.id, d.funding_source, d.year, d.number, d.decree_date, m.category, m.kelurahan_code, m.removed_at,
             NULL::text AS exception
      FROM decree_member m JOIN decree d ON d.id = m.decree_id WHERE m.worker_id = $1
      UNION ALL
      SELECT d.id, d.funding_source, d.year, d.number, d.decree_date, NULL, NULL, NULL, e.reason
      FROM decree_exception e JOIN decree d ON d.id = e.decree_id WHERE e.worker_id = $1
      ORDER BY 3 DESC, 2""";

  /** The decrees the worker is or was a member of, and those with an exception for them; latest year first. */
  public Future<List<SubjectDecree>> decrees(SqlClient db, UUID workerId) {
    return db.preparedQuery(DECREES).execute(Tuple.of(workerId)).map(rows -> {
      List<SubjectDecree> out = new ArrayList<>();
      rows.forEach(r -> out.add(new SubjectDecree(r.getUUID("id"), r.getString("funding_source"), r.getInteger("year"),
          r.getString("number"), r.getLocalDate("decree_date"), r.getString("category"), r.getString("kelurahan_code"),
          Timestamps.instant(r, "removed_at"), r.getString("exception"))));
      return out;
    });
  }
}
