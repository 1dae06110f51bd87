package id.ngopeni.persistence.report;

import id.ngopeni.persistence.crypto.Bytes;
import id.ngopeni.persistence.crypto.FieldCipher;
import id.ngopeni.persistence.crypto.SealedField;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * SQL of the printed registers: claims and payouts made in a period, the premium invoice of a
 * month and source with its lines (the recipients list), and when the year's baseline was last
 * recorded. Every list reads at most {@code limit} rows: the caller asks for one more than a file
 * may hold, to know the selection is too large.
 */
public final class ReportRepository {
  /** Opens the invoice lines' sealed NIKs (the recipients list shows them masked). */
  private final FieldCipher cipher;

  public ReportRepository(FieldCipher cipher) {
    this.cipher = cipher;
  }

  /** A claim as the register prints it; {@code kelurahanName} null when the region is unknown. */
  public record ClaimLine(UUID id, Instant filedAt, UUID workerId, String workerName, String kelurahanName, String type,
      LocalDate incidentDate, String status, long entitlementTotal, long paidTotal, LocalDate handedOverOn,
      String bpjsCaseNumber) {}

  /** A payout as the register prints it; {@code programme} null for the history paid from claims. */
  public record PayoutLine(UUID id, Instant createdAt, UUID workerId, String workerName, UUID heirId, String heirName,
      String heirRelationship, String programme, long amount, String status, Instant decidedAt, String decidedBy,
      String bankReference) {}

  /** The head of a month's premium invoice of one source. */
  public record InvoiceHead(UUID id, String sourceName, String status, long total, int lineCount, LocalDate paidOn,
      String paymentReference) {}

  /** One person billed on that invoice, as the snapshot keeps them (NIK personal data: mask before printing). */
  public record RecipientLine(UUID workerId, String nik, String fullName, String kelurahanName, String category,
      List<String> programs, long declaredIncome, long amount) {}

  /** When the year's baselines were last recorded, by whom, and how many areas have one. */
  public record BaselineNote(int areas, Instant updatedAt, String updatedBy) {}

  private static final String CLAIMS =
      """
      SELECT c.id, c.created_at, c.worker_id, w.full_name, r.name AS kelurahan_name, c.type, c.incident_date, c.status,
             c.entitlement_total, c.paid_total, c.handed_over_on, c.bpjs_case_number
      FROM claim c JOIN worker w ON w.id = c.worker_id LEFT JOIN region r ON r.code = w.kelurahan_code
      WHERE c.created_at >= $1 AND c.created_at < $2
        AND ($3::text IS NULL OR c.status = $3)
        AND ($4::text[] IS NULL OR w.kelurahan_code = ANY($4))
      ORDER BY c.created_at, c.id
      LIMIT $5
      """;

  private static final String PAYOUTS =
      """
      SELECT p.id, p.created_at, p.worker_id, w.full_name, p.heir_id, p.heir_name, p.heir_relationship, sp.name AS programme,
             p.amount, p.status, p.decided_at, u.username AS decided_by, p.bank_reference
      FROM payout p JOIN worker w ON w.id = p.worker_id
           LEFT JOIN santunan_entitlement e ON e.id = p.santunan_entitlement_id
           LEFT JOIN santunan_programme sp ON sp.id = e.programme_id
           LEFT JOIN app_user u ON u.id = p.decided_by
      WHERE p.created_at >= $1 AND p.created_at < $2 AND ($3::text IS NULL OR p.status = $3)
      ORDER BY p.created_at, p.id
      LIMIT $4
      """;

  private static final String INVOICE =
      """
      SELECT i.id, f.name_id AS source_name, i.status, i.total, i.line_count, i.paid_on, i.payment_reference
      FROM premium_invoice i JOIN funding_source f ON f.code = i.funding_source
      WHERE i.period = $1 AND i.funding_source = $2
      """;

  private static final String RECIPIENTS =
      """
      SELECT l.worker_id, l.nik_cipher, l.full_name, r.name AS kelurahan_name, coalesce(c.name_id, l.category) AS category,
             l.programs, l.declared_income, l.amount
      FROM premium_invoice_line l LEFT JOIN region r ON r.code = l.kelurahan_code
           LEFT JOIN worker_category c ON c.code = l.category
      WHERE l.invoice_id = $1
      ORDER BY r.name NULLS LAST, l.full_name, l.membership_id
      LIMIT $2
      """;

  private static final String BASELINE_NOTE =
      """
      SELECT count(*) AS areas, max(b.updated_at) AS updated_at,
             (SELECT u.username FROM coverage_baseline x LEFT JOIN app_user u ON u.id = x.updated_by
              WHERE x.year = $1 ORDER BY x.updated_at DESC LIMIT 1) AS updated_by
      FROM coverage_baseline b WHERE b.year = $1
      """;

  private static final String KECAMATAN_OF =
      """
      SELECT l.code, k.name FROM region l JOIN region k ON k.code = l.parent_code
      WHERE l.level = 'KELURAHAN' AND k.level = 'KECAMATAN'
      """;

  /** Each kelurahan's kecamatan, by the kelurahan's code. */
  public Future<java.util.Map<String, String>> kecamatanOfKelurahan(SqlClient db) {
    return db.query(KECAMATAN_OF).execute().map(rows -> {
      java.util.Map<String, String> out = new java.util.HashMap<>();
      rows.forEach(r -> out.put(r.getString("code"), r.getString("name")));
      return out;
    });
  }

  /** The names of every region and every worker category, by code (the codes do not overlap). */
  public Future<java.util.Map<String, String>> names(SqlClient db) {
    return db.query("SELECT code, name FROM region UNION ALL SELECT code, name_id FROM worker_category").execute()
        .map(rows -> {
          java.util.Map<String, String> out = new java.util.HashMap<>();
          rows.forEach(r -> out.put(r.getString(0), r.getString(1)));
          return out;
        });
  }

  /** @param area the kelurahan a field officer may see, or {@code null} for the whole city */
  public Future<List<ClaimLine>> claims(SqlClient db, Instant from, Instant to, String status, List<String> area,
      int limit) {
    Tuple params = Tuple.tuple().addOffsetDateTime(utc(from)).addOffsetDateTime(utc(to)).addString(status)
        .addArrayOfString(area == null ? null : area.toArray(String[]::new)).addInteger(limit);
    return list(db, CLAIMS, params, r -> new ClaimLine(r.getUUID("id"), instant(r, "created_at"), r.getUUID("worker_id"),
        r.getString("full_name"), r.getString("kelurahan_name"), r.getString("type"), r.getLocalDate("incident_date"),
        r.getString("status"), r.getLong("entitlement_total"), r.getLong("paid_total"), r.getLocalDate("handed_over_on"),
        r.getString("bpjs_case_number")));
  }

  public Future<List<PayoutLine>> payouts(SqlClient db, Instant from, Instant to, String status, int limit) {
    Tuple params = Tuple.tuple().addOffsetDateTime(utc(from)).addOffsetDateTime(utc(to)).addString(status)
        .addInteger(limit);
    return list(db, PAYOUTS, params, r -> new PayoutLine(r.getUUID("id"), instant(r, "created_at"), r.getUUID("worker_id"),
        r.getString("full_name"), r.getUUID("heir_id"), r.getString("heir_name"), r.getString("heir_relationship"),
        r.getString("programme"), r.getLong("amount"), r.getString("status"), instant(r, "decided_at"),
        r.getString("decided_by"), r.getString("bank_reference")));
  }

  public Future<Optional<InvoiceHead>> invoice(SqlClient db, YearMonth period, String fundingSource) {
    return db.preparedQuery(INVOICE).execute(Tuple.of(period.atDay(1), fundingSource)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      Row r = rows.iterator().next();
      return Optional.of(new InvoiceHead(r.getUUID("id"), r.getString("source_name"), r.getString("status"), r.getLong("total"),
          r.getInteger("line_count"), r.getLocalDate("paid_on"), r.getString("payment_reference")));
    });
  }

  public Future<List<RecipientLine>> recipients(SqlClient db, UUID invoiceId, int limit) {
    return list(db, RECIPIENTS, Tuple.of(invoiceId, limit), r -> new RecipientLine(r.getUUID("worker_id"),
        cipher.open(SealedField.WORKER_NIK, r.getUUID("worker_id"), Bytes.of(r, "nik_cipher")), r.getString("full_name"),
        r.getString("kelurahan_name"), r.getString("category"),
        List.of(r.getArrayOfStrings("programs")), r.getLong("declared_income"), r.getLong("amount")));
  }

  public Future<BaselineNote> baselineNote(SqlClient db, int year) {
    return db.preparedQuery(BASELINE_NOTE).execute(Tuple.of(year)).map(rows -> {
      Row r = rows.iterator().next();
      return new BaselineNote(r.getLong("areas").intValue(), instant(r, "updated_at"), r.getString("updated_by"));
    });
  }

  private static <T> Future<List<T>> list(SqlClient db, String sql, Tuple params, Function<Row, T> line) {
    return db.preparedQuery(sql).execute(params).map(rows -> {
      List<T> out = new ArrayList<>(rows.size());
      rows.forEach(r -> out.add(line.apply(r)));
      return out;
    });
  }

  private static java.time.OffsetDateTime utc(Instant at) {
    return at.atOffset(java.time.ZoneOffset.UTC);
  }

  private static Instant instant(Row r, String column) {
    var at = r.getOffsetDateTime(column);
    return at == null ? null : at.toInstant();
  }
}
