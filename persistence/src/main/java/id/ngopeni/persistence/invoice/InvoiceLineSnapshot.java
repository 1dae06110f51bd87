package id.ngopeni.persistence.invoice;

import id.ngopeni.persistence.db.ColumnArrays;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Writes a month's premium invoice lines: one line per membership billed, a snapshot of who was
 * billed and how much (a province: millions of lines a month). Two statements in the generation's
 * transaction: the lines are staged in a temporary table by a parallel query, then inserted.
 * Measured at 2,000,000 workers (docs/PERFORMANCE.md, session 17).
 */
final class InvoiceLineSnapshot {
  /**
   * The month's lines of every invoice created, staged in a temporary table by one query over
   * membership ⋈ worker: each membership's invoice and price are picked from the domain's price
   * rows ($3..$10, one per source and pricing group, only for the invoices this run created) by
   * the group's key's position, so the planner sees a plain two-table join — it hashes the two
   * tables, in parallel: a CREATE TABLE AS may use parallel workers, an INSERT … SELECT may not
   * (PostgreSQL 15). Joined to the price rows on four columns instead, the planner estimated a few
   * dozen rows and walked the worker index once per membership. A membership whose group has no
   * price row is left out (the generation's count check then fails). Staged in (invoice,
   * membership) order, which a scan of the staged table keeps.
   */
  private static final String STAGE_LINES =
      """
      CREATE TEMPORARY TABLE invoice_line_stage ON COMMIT DROP AS
      SELECT ($3::uuid[])[g.n] AS invoice_id, ms.id AS membership_id, w.id AS worker_id, w.nik_cipher, w.full_name,
             w.kelurahan_code, w.category, ms.programs, ms.declared_income,
             ($7::bigint[])[g.n] AS jkk, ($8::bigint[])[g.n] AS jkm, ($9::bigint[])[g.n] AS jht
      FROM membership ms
      JOIN worker w ON w.id = ms.worker_id
      CROSS JOIN LATERAL (SELECT array_position(
          (SELECT array_agg(p.source || '|' || p.programs || '|' || p.income || '|' || p.sector ORDER BY p.n)
           FROM unnest($4::text[], $5::text[], $6::bigint[], $10::text[]) WITH ORDINALITY AS p(source, programs, income, sector, n)),
          ms.funding_source || '|' || array_to_string(ms.programs, ',') || '|' || ms.declared_income || '|' || ms.sector) AS n) g
      WHERE ms.start_date <= $2 AND (ms.end_date IS NULL OR ms.end_date >= $1) AND g.n IS NOT NULL
      ORDER BY 1, 2
      """;

  /**
   * The staged lines into the line table, in the staged (invoice, membership) order: the table's
   * one index, its primary key, then grows at one place per invoice instead of taking each line at
   * a random place (V59).
   */
  private static final String ADD_STAGED_LINES =
      """
      INSERT INTO premium_invoice_line (invoice_id, membership_id, worker_id, nik_cipher, full_name, kelurahan_code,
                                        category, programs, declared_income, jkk, jkm, jht, amount)
      SELECT invoice_id, membership_id, worker_id, nik_cipher, full_name, kelurahan_code, category, programs,
             declared_income, jkk, jkm, jht, jkk + jkm + jht
      FROM invoice_line_stage
      """;

  private static final String DROP_STAGE = "DROP TABLE invoice_line_stage";

  /** Stages and writes the lines of the invoices {@code prices} names; resolves to how many were written. */
  static Future<Integer> write(SqlClient tx, YearMonth period, List<PriceRow> prices) {
    Tuple args = Tuple.tuple().addLocalDate(period.atDay(1)).addLocalDate(period.atEndOfMonth())
        .addArrayOfUUID(ColumnArrays.of(prices, PriceRow::invoiceId, UUID[]::new))
        .addArrayOfString(ColumnArrays.of(prices, PriceRow::fundingSource, String[]::new))
        .addArrayOfString(ColumnArrays.of(prices, PriceRow::programs, String[]::new))
        .addArrayOfLong(ColumnArrays.of(prices, PriceRow::declaredIncome, Long[]::new))
        .addArrayOfLong(ColumnArrays.of(prices, PriceRow::jkk, Long[]::new))
        .addArrayOfLong(ColumnArrays.of(prices, PriceRow::jkm, Long[]::new))
        .addArrayOfLong(ColumnArrays.of(prices, PriceRow::jht, Long[]::new))
        .addArrayOfString(ColumnArrays.of(prices, PriceRow::sector, String[]::new));
    return tx.preparedQuery(STAGE_LINES).execute(args)
        .compose(staged -> tx.query(ADD_STAGED_LINES).execute())
        .compose(written -> tx.query(DROP_STAGE).execute().map(written.rowCount()));
  }

  private InvoiceLineSnapshot() {}
}
