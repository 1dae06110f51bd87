package id.ngopeni.persistence.payout;

import id.ngopeni.domain.bank.Bank;
import id.ngopeni.domain.bank.BankAccount;
import id.ngopeni.domain.heir.HeirRelationship;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.payout.Payout;
import id.ngopeni.domain.payout.PayoutStatus;
import id.ngopeni.domain.payout.PayoutTransition;
import id.ngopeni.persistence.crypto.Bytes;
import id.ngopeni.persistence.crypto.DataCrypto;
import id.ngopeni.persistence.crypto.SealedField;
import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * SQL for the payout aggregate. Every method runs on the client it is given (pool or transaction).
 * The account number is stored sealed for its payout ({@link SealedField#PAYOUT_ACCOUNT}).
 */
public final class PayoutRepository {
  /** heir_relationship of a payout to the worker themself (a work-accident santunan). */
  static final String WORKER = "WORKER";

  static final String COLUMNS =
      """
      p.id, p.number, p.claim_id, p.santunan_entitlement_id, p.worker_id, p.heir_id, p.heir_name, p.heir_relationship, p.bank_code, p.account_cipher, p.account_name,
      p.amount, p.status, p.created_by, p.created_at, p.decided_by, p.decided_at, p.decision_reason, p.batch_id,
      p.bank_reference, p.version, w.full_name AS worker_name""";

  /** The worker's name comes with every payout, by primary key. */
  static final String FROM = " FROM payout p JOIN worker w ON w.id = p.worker_id";

  private static final String INSERT =
      """
      INSERT INTO payout (id, santunan_entitlement_id, worker_id, heir_id, heir_name, heir_relationship, bank_code,
                          account_cipher, account_name, amount, status, created_by, created_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
      """;

  private static final String FIND = "SELECT " + COLUMNS + FROM + " WHERE p.id = $1";

  private static final String FIND_ALL = "SELECT " + COLUMNS + FROM + " WHERE p.id = ANY($1)";

  private static final String OF_WORKER = "SELECT " + COLUMNS + FROM + " WHERE p.worker_id = $1 ORDER BY p.id";

  private static final String OF_ENTITLEMENT =
      "SELECT " + COLUMNS + FROM + " WHERE p.santunan_entitlement_id = $1 ORDER BY p.id";

  /** What a programme's payouts hold: every one not REJECTED or CANCELLED ({@link PayoutStatus#holdsEntitlement()}). */
  private static final String COMMITTED =
      """
      SELECT coalesce(sum(p.amount), 0) AS committed
      FROM payout p JOIN santunan_entitlement e ON e.id = p.santunan_entitlement_id
      WHERE e.programme_id = $1 AND p.status = ANY($2)
      """;

  private static final String LIST =
      """
      SELECT %s %s
      WHERE ($1::text IS NULL OR p.status = $1) AND ($2::uuid IS NULL OR p.claim_id = $2)
        AND ($3::uuid IS NULL OR p.id < $3) AND ($5::uuid IS NULL OR p.santunan_entitlement_id = $5)
        AND ($6::text IS NULL OR p.number = $6)
      ORDER BY p.id DESC
      LIMIT $4
      """.formatted(COLUMNS, FROM);

  /** Approve or reject: only from the transition's sources and the version read. */
  private static final String DECIDE =
      """
      UPDATE payout SET status = $3, decided_by = $4, decided_at = $5, decision_reason = $6, version = version + 1
      WHERE id = $1 AND status = ANY($2) AND version = $7
      """;

  /** {@link Payout#retry}: back to approval, out of its batch, the last decision cleared. */
  private static final String RETRY =
      """
      UPDATE payout SET status = $3, decided_by = NULL, decided_at = NULL, decision_reason = NULL, batch_id = NULL,
                        bank_reference = NULL, version = version + 1
      WHERE id = $1 AND status = ANY($2) AND version = $4
      """;

  private final DataCrypto crypto;

  public PayoutRepository(DataCrypto crypto) {
    this.crypto = crypto;
  }

  /**
   * A new payout of a santunan entitlement.
   *
   * @param relationship the heir's, or {@code null} when the worker is paid (a work accident)
   */
  public Future<Void> insert(SqlClient tx, Payout p, UUID workerId, String beneficiaryName, HeirRelationship relationship) {
    Tuple params = Tuple.tuple().addUUID(p.id()).addUUID(p.entitlementId()).addUUID(workerId).addUUID(p.heirId())
        .addString(beneficiaryName).addString(relationship == null ? WORKER : relationship.name()).addString(p.account().bank().code())
        .addBuffer(Bytes.buffer(crypto.cipher().seal(SealedField.PAYOUT_ACCOUNT, p.id(), p.account().number())))
        .addString(p.account().name()).addLong(p.amount().amount()).addString(p.status().name())
        .addUUID(p.createdBy()).addOffsetDateTime(p.createdAt().atOffset(ZoneOffset.UTC));
    return tx.preparedQuery(INSERT).execute(params).mapEmpty();
  }

  public Future<Optional<StoredPayout>> findById(SqlClient db, UUID id) {
    return db.preparedQuery(FIND).execute(Tuple.of(id)).map(rows -> {
      var it = rows.iterator();
      return it.hasNext() ? Optional.of(toStored(it.next())) : Optional.empty();
    });
  }

  /** The payouts with these ids, by id (missing ids are absent). */
  public Future<Map<UUID, StoredPayout>> findAll(SqlClient db, Collection<UUID> ids) {
    return db.preparedQuery(FIND_ALL).execute(Tuple.of(ids.toArray(UUID[]::new))).map(rows -> {
      Map<UUID, StoredPayout> found = new HashMap<>();
      rows.forEach(r -> {
        StoredPayout p = toStored(r);
        found.put(p.payout().id(), p);
      });
      return found;
    });
  }

  public Future<List<Payout>> ofEntitlement(SqlClient db, UUID entitlementId) {
    return db.preparedQuery(OF_ENTITLEMENT).execute(Tuple.of(entitlementId))
        .map(rows -> all(rows).stream().map(StoredPayout::payout).toList());
  }

  /** Every payout of one worker's santunan (and claim history), oldest first: the person's own report. */
  public Future<List<StoredPayout>> ofWorker(SqlClient db, UUID workerId) {
    return db.preparedQuery(OF_WORKER).execute(Tuple.of(workerId)).map(this::all);
  }

  /** What the programme's payouts hold now; run it with the programme row locked. */
  public Future<Rupiah> committed(SqlClient db, UUID programmeId) {
    String[] holding = java.util.Arrays.stream(PayoutStatus.values()).filter(PayoutStatus::holdsEntitlement)
        .map(Enum::name).toArray(String[]::new);
    return db.preparedQuery(COMMITTED).execute(Tuple.tuple().addUUID(programmeId).addArrayOfString(holding))
        .map(rows -> Rupiah.of(rows.iterator().next().getLong("committed")));
  }

  /**
   * A page of payouts, newest first; {@code claimId} filters history, {@code entitlementId}
   * santunan payouts, {@code number} finds one by its number ({@code BYR-2026-000045}).
   */
  public Future<Slice<StoredPayout>> list(SqlClient db, PayoutStatus status, UUID claimId, UUID entitlementId, String number,
      UUID before, int limit) {
    Tuple params = Tuple.tuple().addString(status == null ? null : status.name()).addUUID(claimId).addUUID(before)
        .addInteger(limit + 1).addUUID(entitlementId).addString(number);
    return db.preparedQuery(LIST).execute(params).map(rows -> Slice.of(all(rows), limit));
  }

  /**
   * Writes an approval or rejection if the payout is still where {@code transition} starts and
   * at {@code expectedVersion}. Of any number of concurrent decisions exactly one sees a row.
   *
   * @return whether this call decided it
   */
  public Future<Boolean> decide(SqlClient tx, Payout next, PayoutTransition transition, long expectedVersion) {
    Tuple params = Tuple.tuple()
        .addUUID(next.id())
        .addArrayOfString(transition.from().stream().map(Enum::name).toArray(String[]::new))
        .addString(next.status().name())
        .addUUID(next.decidedBy())
        .addOffsetDateTime(next.decidedAt().atOffset(ZoneOffset.UTC))
        .addString(next.decisionReason())
        .addInteger((int) expectedVersion);
    return tx.preparedQuery(DECIDE).execute(params).map(rows -> rows.rowCount() == 1);
  }

  /**
   * Writes {@link Payout#retry} if the payout is still FAILED at {@code expectedVersion}.
   *
   * @return whether this call moved it
   */
  public Future<Boolean> retry(SqlClient tx, Payout next, long expectedVersion) {
    Tuple params = Tuple.tuple().addUUID(next.id())
        .addArrayOfString(PayoutTransition.RETRY.from().stream().map(Enum::name).toArray(String[]::new))
        .addString(next.status().name()).addInteger((int) expectedVersion);
    return tx.preparedQuery(RETRY).execute(params).map(rows -> rows.rowCount() == 1);
  }

  List<StoredPayout> all(RowSet<Row> rows) {
    List<StoredPayout> out = new ArrayList<>();
    rows.forEach(r -> out.add(toStored(r)));
    return out;
  }

  /** The account number of a row holding {@code account_cipher}, sealed for the payout {@code id}. */
  String accountNumber(Row r, UUID id) {
    return crypto.cipher().open(SealedField.PAYOUT_ACCOUNT, id, Bytes.of(r, "account_cipher"));
  }

  StoredPayout toStored(Row r) {
    Payout payout = new Payout(
        r.getUUID("id"),
        r.getUUID("claim_id"),
        r.getUUID("santunan_entitlement_id"),
        r.getUUID("heir_id"),
        new BankAccount(Bank.byCode(r.getString("bank_code")).orElseThrow(), accountNumber(r, r.getUUID("id")),
            r.getString("account_name")),
        Rupiah.of(r.getLong("amount")),
        PayoutStatus.valueOf(r.getString("status")),
        r.getUUID("created_by"),
        instant(r, "created_at"),
        r.getUUID("decided_by"),
        instant(r, "decided_at"),
        r.getString("decision_reason"),
        r.getUUID("batch_id"),
        r.getString("bank_reference"),
        r.getInteger("version"));
    return new StoredPayout(payout, r.getString("heir_name"),
        HeirRelationship.parse(r.getString("heir_relationship")).orElse(null), r.getUUID("worker_id"),
        r.getString("worker_name"), r.getString("number"));
  }

  private static Instant instant(Row row, String column) {
    var odt = row.getOffsetDateTime(column);
    return odt == null ? null : odt.toInstant();
  }
}
