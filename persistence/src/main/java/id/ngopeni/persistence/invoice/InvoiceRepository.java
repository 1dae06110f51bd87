package id.ngopeni.persistence.invoice;

import id.ngopeni.domain.invoice.InvoiceStatus;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.MembershipStatus;
import id.ngopeni.domain.membership.Sector;
import id.ngopeni.persistence.crypto.Bytes;
import id.ngopeni.persistence.crypto.DataCrypto;
import id.ngopeni.persistence.crypto.SealedField;
import id.ngopeni.domain.budget.BilledGroup;
import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.RowStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * SQL for premium invoices and their line snapshots. A line keeps the worker's NIK as it was
 * sealed when the invoice was made (a copy of the worker's cipher text, which opens as that
 * worker's NIK).
 */
public final class InvoiceRepository {
  private static final String COLUMNS =
      "id, period, funding_source, status, total, line_count, paid_on, payment_reference, version, created_at";

  /** Idempotent per period and source: the unique constraint makes a second call a no-op. */
  private static final String CREATE =
      """
      INSERT INTO premium_invoice (id, period, funding_source, created_by) VALUES ($1, $2, $3, $4)
      ON CONFLICT ON CONSTRAINT premium_invoice_period_source_key DO NOTHING
      RETURNING id
      """;

  /**
   * Memberships are written only under ROW EXCLUSIVE; SHARE waits for those in flight and holds
   * new ones until the invoices commit, so the month's lines are exactly what was committed.
   */
  private static final String HOLD_MEMBERSHIPS = "LOCK TABLE membership IN SHARE MODE";

  private static final String SET_TOTALS =
      "UPDATE premium_invoice SET total = $2, line_count = $3, updated_at = now() WHERE id = $1";

  /** The month's billed memberships of every source, counted per source and pricing group: one scan. */
  private static final String GROUPS =
      """
      SELECT ms.funding_source, array_to_string(ms.programs, ',') AS programs, ms.declared_income, ms.sector, count(*) AS n
      FROM membership ms
      WHERE ms.start_date <= $2 AND (ms.end_date IS NULL OR ms.end_date >= $1)
      GROUP BY 1, 2, 3, 4
      """;

  private static final String FIND = "SELECT " + COLUMNS + " FROM premium_invoice WHERE id = $1";

  private static final String LIST =
      """
      SELECT %s FROM premium_invoice
      WHERE ($1::date IS NULL OR period = $1) AND ($2::uuid IS NULL OR id > $2)
      ORDER BY id LIMIT $3
      """.formatted(COLUMNS);

  private static final String OF_PERIOD = "SELECT " + COLUMNS + " FROM premium_invoice WHERE period = $1 ORDER BY funding_source";

  private static final String MARK_PAID =
      """
      UPDATE premium_invoice SET status = $5, paid_on = $2, payment_reference = $3, version = version + 1,
                                 updated_at = now()
      WHERE id = $1 AND status = ANY($4)
      RETURNING %s
      """.formatted(COLUMNS);

  /**
   * Memberships still ACTIVE that appear on an unpaid invoice in each of the {@code months}
   * months before {@code period}: candidates for lapsing, which the domain then decides.
   */
  private static final String UNPAID_RUNS =
      """
      SELECT l.membership_id
      FROM premium_invoice_line l
      JOIN premium_invoice i ON i.id = l.invoice_id
      JOIN membership m ON m.id = l.membership_id
      WHERE i.period >= $1 AND i.period < $2 AND i.status = $4 AND m.status = $5
      GROUP BY l.membership_id
      HAVING count(DISTINCT i.period) = $3
      """;

  /**
   * The groups generation would bill for the month ($2..$6) once it has lapsed the memberships
   * {@link #UNPAID_RUNS} finds (same parameters $1..$5): those are left out.
   */
  private static final String BILLED_AFTER_LAPSES =
      """
      SELECT ms.funding_source, array_to_string(ms.programs, ',') AS programs, ms.declared_income, ms.sector, count(*) AS n
      FROM membership ms
      WHERE ms.start_date <= $6 AND (ms.end_date IS NULL OR ms.end_date >= $2)
        AND ms.id NOT IN (%s)
      GROUP BY 1, 2, 3, 4
      """.formatted(UNPAID_RUNS);

  /** Every month with invoices, newest first, summed; unpaid: the invoices still in a payable state. */
  private static final String MONTHS =
      """
      SELECT period, count(*) AS invoices, coalesce(sum(line_count), 0) AS line_count, coalesce(sum(total), 0) AS total,
             count(*) FILTER (WHERE status = ANY($1)) AS unpaid,
             coalesce(sum(total) FILTER (WHERE status = ANY($1)), 0) AS unpaid_total
      FROM premium_invoice GROUP BY period ORDER BY period DESC
      """;

  static final String LINES_CSV =
      """
      SELECT membership_id, worker_id, nik_cipher, full_name, kelurahan_code, category, array_to_string(programs, ' ') AS programs,
             declared_income, jkk, jkm, jht, amount
      FROM premium_invoice_line WHERE invoice_id = $1 ORDER BY membership_id
      """;

  private final DataCrypto crypto;

  public InvoiceRepository(DataCrypto crypto) {
    this.crypto = crypto;
  }

  public Future<Optional<UUID>> create(SqlClient tx, UUID id, YearMonth period, FundingSource source, UUID by) {
    return tx.preparedQuery(CREATE).execute(Tuple.of(id, period.atDay(1), source.name(), by))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID("id")));
  }

  /** Waits for membership writes in flight and holds new ones until this transaction ends. */
  public Future<Void> holdMemberships(SqlClient tx) {
    return tx.query(HOLD_MEMBERSHIPS).execute().mapEmpty();
  }

  /**
   * Writes the month's lines of every invoice {@code prices} names (each row: an invoice, its
   * source and one of its groups' price); returns how many were written.
   */
  public Future<Integer> addLines(SqlClient tx, YearMonth period, List<PriceRow> prices) {
    return InvoiceLineSnapshot.write(tx, period, prices);
  }

  /** Records the invoice's total and line count (computed from the priced groups). */
  public Future<Void> setTotals(SqlClient tx, UUID invoiceId, long total, int lines) {
    return tx.preparedQuery(SET_TOTALS).execute(Tuple.of(invoiceId, total, lines)).mapEmpty();
  }

  /** The month's billed memberships of every source, per source and pricing group ({@link #GROUPS}). */
  public Future<List<BilledGroup>> groups(SqlClient tx, YearMonth period) {
    return tx.preparedQuery(GROUPS)
        .execute(Tuple.of(period.atDay(1), period.atEndOfMonth()))
        .map(rows -> {
          List<BilledGroup> out = new ArrayList<>();
          rows.forEach(r -> out.add(new BilledGroup(period, FundingSource.valueOf(r.getString("funding_source")),
              Sector.valueOf(r.getString("sector")), r.getString("programs"), r.getLong("declared_income"), r.getLong("n"))));
          return out;
        });
  }

  public Future<List<UUID>> unpaidRuns(SqlClient tx, YearMonth period, int months) {
    return tx.preparedQuery(UNPAID_RUNS)
        .execute(unpaidRunArgs(period, months))
        .map(rows -> {
          List<UUID> out = new ArrayList<>();
          rows.forEach(r -> out.add(r.getUUID("membership_id")));
          return out;
        });
  }

  private static Tuple unpaidRunArgs(YearMonth period, int months) {
    return Tuple.of(period.minusMonths(months).atDay(1), period.atDay(1), months, InvoiceStatus.UNPAID.name(),
        MembershipStatus.ACTIVE.name());
  }

  /** The months with invoices, newest first ({@link #MONTHS}). */
  public Future<List<InvoiceMonth>> months(SqlClient db) {
    String[] unpaid = InvoiceStatus.payable().stream().map(Enum::name).toArray(String[]::new);
    return db.preparedQuery(MONTHS).execute(Tuple.of((Object) unpaid)).map(rows -> {
      List<InvoiceMonth> out = new ArrayList<>();
      rows.forEach(r -> out.add(new InvoiceMonth(YearMonth.from(r.getLocalDate("period")), r.getInteger("invoices"),
          r.getLong("line_count"), r.getLong("total"), r.getInteger("unpaid"), r.getLong("unpaid_total"))));
      return out;
    });
  }

  /** What generating {@code period} would bill, per group, after its lapses ({@link #BILLED_AFTER_LAPSES}). */
  public Future<List<BilledGroup>> billedAfterLapses(SqlClient db, YearMonth period, int months) {
    Tuple args = unpaidRunArgs(period, months).addLocalDate(period.atEndOfMonth());
    return db.preparedQuery(BILLED_AFTER_LAPSES).execute(args).map(rows -> {
      List<BilledGroup> out = new ArrayList<>();
      rows.forEach(r -> out.add(new BilledGroup(period, FundingSource.valueOf(r.getString("funding_source")),
          Sector.valueOf(r.getString("sector")), r.getString("programs"), r.getLong("declared_income"), r.getLong("n"))));
      return out;
    });
  }

  public Future<List<StoredInvoice>> ofPeriod(SqlClient db, YearMonth period) {
    return db.preparedQuery(OF_PERIOD).execute(Tuple.of(period.atDay(1))).map(InvoiceRepository::all);
  }

  public Future<Slice<StoredInvoice>> list(SqlClient db, YearMonth periodOrNull, UUID after, int limit) {
    return db.preparedQuery(LIST)
        .execute(Tuple.of(periodOrNull == null ? null : periodOrNull.atDay(1), after, limit + 1))
        .map(rows -> Slice.of(all(rows), limit));
  }

  public Future<Optional<StoredInvoice>> find(SqlClient db, UUID id) {
    return db.preparedQuery(FIND).execute(Tuple.of(id)).map(rows -> all(rows).stream().findFirst());
  }

  /**
   * Conditional: only an invoice in a {@link InvoiceStatus#payable} state; empty when it is
   * missing or already paid.
   */
  public Future<Optional<StoredInvoice>> markPaid(SqlClient tx, UUID id, LocalDate paidOn, String reference) {
    Tuple args = Tuple.of(id, paidOn, reference,
        InvoiceStatus.payable().stream().map(Enum::name).toArray(String[]::new), InvoiceStatus.PAID.name());
    return tx.preparedQuery(MARK_PAID).execute(args).map(rows -> all(rows).stream().findFirst());
  }

  /** Streams an invoice's lines, 1,000 rows per fetch; the connection must be in a transaction. */
  public Future<RowStream<Row>> streamLines(SqlConnection conn, UUID invoiceId) {
    return conn.prepare(LINES_CSV).map(ps -> ps.createStream(1_000, Tuple.of(invoiceId)));
  }

  /** The NIK of a row of {@link #streamLines}. */
  public String lineNik(Row line) {
    return crypto.cipher().open(SealedField.WORKER_NIK, line.getUUID("worker_id"), Bytes.of(line, "nik_cipher"));
  }

  private static List<StoredInvoice> all(RowSet<Row> rows) {
    List<StoredInvoice> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(new StoredInvoice(r.getUUID("id"), YearMonth.from(r.getLocalDate("period")),
          FundingSource.valueOf(r.getString("funding_source")), r.getString("status"), r.getLong("total"),
          r.getInteger("line_count"), r.getLocalDate("paid_on"), r.getString("payment_reference"), r.getInteger("version"),
          r.getOffsetDateTime("created_at").toInstant()));
    }
    return out;
  }
}
