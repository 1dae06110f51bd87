package id.ngopeni.persistence.subject;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the subject's report reads that no other repository answers per person: their decrees and
 * the premium invoice lines that name them.
 */
public final class SubjectRepository {
  private static final String DECREES = """
      SELECT d.id, d.funding_source, d.year, d.number, d.decree_date, m.category, m.kelurahan_code, m.removed_at,
             NULL::text AS exception
      FROM decree_member m JOIN decree d ON d.id = m.decree_id WHERE m.worker_id = $1
      UNION ALL
      SELECT d.id, d.funding_source, d.year, d.number, d.decree_date, NULL, NULL, NULL, e.reason
      FROM decree_exception e JOIN decree d ON d.id = e.decree_id WHERE e.worker_id = $1
      ORDER BY 3 DESC, 2""";

  /** Through the person's memberships (a line's worker is its membership's): one line per month and membership. */
  private static final String INVOICE_LINES = """
      SELECT i.period, i.funding_source, i.status, l.full_name, l.kelurahan_code, l.category, l.programs,
             l.declared_income, l.amount
      FROM premium_invoice_line l JOIN premium_invoice i ON i.id = l.invoice_id
      WHERE l.membership_id IN (SELECT id FROM membership WHERE worker_id = $1)
      ORDER BY i.period DESC, i.funding_source""";

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

  /** The premium invoice lines naming the worker, latest month first. */
  public Future<List<SubjectInvoiceLine>> invoiceLines(SqlClient db, UUID workerId) {
    return db.preparedQuery(INVOICE_LINES).execute(Tuple.of(workerId)).map(rows -> {
      List<SubjectInvoiceLine> out = new ArrayList<>();
      rows.forEach(r -> out.add(new SubjectInvoiceLine(r.getLocalDate("period"), r.getString("funding_source"),
          r.getString("status"), r.getString("full_name"), r.getString("kelurahan_code"), r.getString("category"),
          List.of(r.getArrayOfStrings("programs")), r.getLong("declared_income"), r.getLong("amount"))));
      return out;
    });
  }
}
