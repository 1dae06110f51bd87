package id.ngopeni.persistence.bpjs;

import id.ngopeni.domain.bpjs.BillRows.BillRow;
import id.ngopeni.persistence.crypto.BlindIndex;
import id.ngopeni.persistence.crypto.Bytes;
import id.ngopeni.persistence.db.ColumnArrays;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * SQL of the monthly reconciliation: BPJS's bill is inserted in batches (arrays through
 * {@code unnest}, each row matched to a worker by KPJ, then NIK, as it goes in), checked for
 * unknown and repeated participants, then compared with the month's invoice lines in one
 * set-based statement that writes the differences. A bill row keeps its NIK only as the blind
 * index the match needs ({@link BlindIndex}).
 */
public final class ReconciliationRepository {
  private static final String CREATE =
      "INSERT INTO bpjs_reconciliation (id, period, file_id, created_by) VALUES ($1, $2, $3, $4)";

  private static final String INSERT_ROWS =
      """
      INSERT INTO bpjs_bill_row (reconciliation_id, row_no, kpj, nik_hash, amount, active, death_date, other_coverage,
                                 worker_id)
      SELECT $1, u.row_no, u.kpj, u.nik_hash, u.amount, u.active, u.death_date, u.other, coalesce(k.worker_id, w.id)
      FROM unnest($2::int[], $3::text[], $4::bytea[], $5::bigint[], $6::boolean[], $7::date[], $8::text[])
        AS u(row_no, kpj, nik_hash, amount, active, death_date, other)
      LEFT JOIN LATERAL (SELECT m.worker_id FROM membership m WHERE m.kpj = u.kpj LIMIT 1) k ON u.kpj IS NOT NULL
      LEFT JOIN worker w ON w.nik_hash = u.nik_hash AND k.worker_id IS NULL
      """;

  private static final String UNKNOWN =
      "SELECT row_no FROM bpjs_bill_row WHERE reconciliation_id = $1 AND worker_id IS NULL ORDER BY row_no LIMIT $2";

  private static final String REPEATED =
      """
      SELECT row_no FROM (
        SELECT row_no, row_number() OVER (PARTITION BY worker_id ORDER BY row_no) AS k
        FROM bpjs_bill_row WHERE reconciliation_id = $1 AND worker_id IS NOT NULL) x
      WHERE k > 1 ORDER BY row_no LIMIT $2
      """;

  /**
   * Pairs the bill with the month's invoice lines by worker and classifies each pair, in the
   * order of {@code domain.bpjs.DifferenceKind}'s precedence: a death first, then coverage
   * elsewhere, absence, inactivity, amounts. Matched pairs are only counted.
   */
  private static final String CLASSIFY =
      """
      WITH city AS (
        SELECT l.membership_id, l.worker_id, l.amount, i.funding_source
        FROM premium_invoice i JOIN premium_invoice_line l ON l.invoice_id = i.id
        WHERE i.period = $2),
      pairs AS (
        SELECT b.row_no, b.amount AS bpjs_amount, b.active, b.death_date AS bpjs_death, b.other_coverage,
               coalesce(c.worker_id, b.worker_id) AS worker_id, c.membership_id, c.amount AS city_amount,
               c.funding_source
        FROM (SELECT * FROM bpjs_bill_row WHERE reconciliation_id = $1) b
        FULL JOIN city c ON c.worker_id = b.worker_id),
      classified AS (
        SELECT p.*, coalesce(p.membership_id, a.id) AS any_membership, coalesce(p.funding_source, a.funding_source) AS source,
          CASE
            WHEN p.row_no IS NOT NULL AND coalesce(d.death_date, p.bpjs_death) < $2 THEN 'BILLED_AFTER_DEATH'
            WHEN p.row_no IS NOT NULL AND p.other_coverage IS NOT NULL THEN 'COVERED_TWICE'
            WHEN p.row_no IS NULL THEN 'NOT_AT_BPJS'
            WHEN NOT p.active AND p.membership_id IS NOT NULL THEN 'INACTIVE_AT_BPJS'
            WHEN p.membership_id IS NULL THEN 'BILLED_NOT_INVOICED'
            WHEN p.bpjs_amount <> p.city_amount THEN 'AMOUNT_DIFFERS'
            ELSE 'MATCHED' END AS kind,
          CASE WHEN p.row_no IS NOT NULL AND coalesce(d.death_date, p.bpjs_death) < $2
               THEN 'died ' || coalesce(d.death_date, p.bpjs_death)::text
               WHEN p.other_coverage IS NOT NULL THEN p.other_coverage END AS detail
        FROM pairs p
        LEFT JOIN worker_death d ON d.worker_id = p.worker_id
        LEFT JOIN LATERAL (SELECT m.id, m.funding_source FROM membership m WHERE m.worker_id = p.worker_id
                           ORDER BY (m.status = 'ACTIVE') DESC, m.start_date DESC LIMIT 1) a ON p.membership_id IS NULL),
      written AS (
        INSERT INTO bpjs_difference (reconciliation_id, kind, row_no, worker_id, membership_id, funding_source,
                                     city_amount, bpjs_amount, detail)
        SELECT $1, kind, row_no, worker_id, any_membership, source, coalesce(city_amount, 0),
               CASE WHEN row_no IS NULL THEN 0 ELSE bpjs_amount END, detail
        FROM classified WHERE kind <> 'MATCHED'
        RETURNING 1)
      UPDATE bpjs_reconciliation r SET rows = (SELECT count(*) FROM bpjs_bill_row WHERE reconciliation_id = $1),
        matched = m.n, matched_amount = m.amount
      FROM (SELECT count(*) AS n, coalesce(sum(city_amount), 0) AS amount FROM classified WHERE kind = 'MATCHED') m,
           (SELECT count(*) FROM written) w
      WHERE r.id = $1
      """;

  private static final String BY_PERIOD = "SELECT id, file_id FROM bpjs_reconciliation WHERE period = $1";

  private final BlindIndex index;

  public ReconciliationRepository(BlindIndex index) {
    this.index = index;
  }

  public Future<Void> create(SqlClient tx, UUID id, LocalDate period, UUID fileId, UUID createdBy) {
    return tx.preparedQuery(CREATE).execute(Tuple.of(id, period, fileId, createdBy)).mapEmpty();
  }

  /** One round trip for the whole batch. */
  public Future<Void> insertRows(SqlClient tx, UUID reconciliationId, List<BillRow> rows) {
    return tx.preparedQuery(INSERT_ROWS).execute(Tuple.tuple().addUUID(reconciliationId)
        .addArrayOfInteger(ColumnArrays.of(rows, BillRow::row, Integer[]::new))
        .addArrayOfString(ColumnArrays.of(rows, BillRow::kpj, String[]::new))
        .addArrayOfBuffer(ColumnArrays.of(rows, this::nikHash, Buffer[]::new))
        .addArrayOfLong(ColumnArrays.of(rows, BillRow::amount, Long[]::new))
        .addArrayOfBoolean(ColumnArrays.of(rows, BillRow::active, Boolean[]::new))
        .addArrayOfLocalDate(ColumnArrays.of(rows, BillRow::deathDate, LocalDate[]::new))
        .addArrayOfString(ColumnArrays.of(rows, BillRow::otherCoverage, String[]::new))).mapEmpty();
  }

  /** The blind index of a bill row's NIK; none when the row has no NIK of 16 digits (it cannot match by NIK). */
  private Buffer nikHash(BillRow row) {
    String nik = row.nik();
    return nik == null || nik.length() != 16 ? null : Bytes.buffer(index.nik(nik));
  }

  public Future<List<Integer>> unknownRows(SqlClient tx, UUID reconciliationId, int limit) {
    return rowNumbers(tx, UNKNOWN, reconciliationId, limit);
  }

  public Future<List<Integer>> repeatedRows(SqlClient tx, UUID reconciliationId, int limit) {
    return rowNumbers(tx, REPEATED, reconciliationId, limit);
  }

  private static Future<List<Integer>> rowNumbers(SqlClient tx, String sql, UUID id, int limit) {
    return tx.preparedQuery(sql).execute(Tuple.of(id, limit)).map(rows -> {
      List<Integer> out = new ArrayList<>();
      rows.forEach(r -> out.add(r.getInteger(0)));
      return out;
    });
  }

  public Future<Void> classify(SqlClient tx, UUID reconciliationId, LocalDate period) {
    return tx.preparedQuery(CLASSIFY).execute(Tuple.of(reconciliationId, period)).mapEmpty();
  }

  /** The reconciliation of a month, if there is one: its id and the file it was made from. */
  public Future<Optional<UUID[]>> ofPeriod(SqlClient db, LocalDate period) {
    return db.preparedQuery(BY_PERIOD).execute(Tuple.of(period)).map(rows -> {
      var it = rows.iterator();
      if (!it.hasNext()) {
        return Optional.empty();
      }
      Row r = it.next();
      return Optional.of(new UUID[] {r.getUUID("id"), r.getUUID("file_id")});
    });
  }
}
