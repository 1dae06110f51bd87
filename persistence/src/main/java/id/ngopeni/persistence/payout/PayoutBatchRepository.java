package id.ngopeni.persistence.payout;

import id.ngopeni.domain.payout.BatchStatus;
import id.ngopeni.domain.payout.Batching;
import id.ngopeni.domain.payout.Payout;
import id.ngopeni.domain.payout.PayoutStatus;
import id.ngopeni.domain.payout.PayoutTransition;
import id.ngopeni.domain.payout.Reconciliation;
import id.ngopeni.domain.payout.Reconciliation.Outcome;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.PayoutError;
import id.ngopeni.persistence.db.PgErrors;
import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** SQL for disbursement batches and their reconciliation. */
public final class PayoutBatchRepository {
  private final PayoutRepository payouts;

  public PayoutBatchRepository(PayoutRepository payouts) {
    this.payouts = payouts;
  }

  private static final String INSERT = "INSERT INTO payout_batch (id, status, created_by) VALUES ($1, $3, $2)";

  /** Named payouts, whatever their state (the domain judges each), locked in id order. */
  private static final String NAMED = "SELECT " + PayoutRepository.COLUMNS + PayoutRepository.FROM
      + " WHERE p.id = ANY($1) ORDER BY p.id FOR UPDATE OF p";

  /**
   * Without names, the payouts in {@link Batching#unnamedSources()} not yet in a batch. FOR
   * UPDATE re-checks the condition on the newest row version after waiting, so a concurrent
   * batch skips what this one took; the one-open-item index is the backstop.
   */
  private static final String UNNAMED = "SELECT " + PayoutRepository.COLUMNS + PayoutRepository.FROM
      + " WHERE p.status = ANY($1) AND p.batch_id IS NULL ORDER BY p.id FOR UPDATE OF p";

  /**
   * Writes {@link Payout#addToBatch} for many payouts in one statement: each from the
   * transition's sources and the version before, and one batch item per payout moved, with its
   * transfer reference.
   */
  private static final String ADD =
      """
      WITH input AS (
        SELECT * FROM unnest($2::uuid[], $3::text[], $4::int[], $6::text[]) AS t(id, status, version, reference)
      ), moved AS (
        UPDATE payout p SET status = input.status, batch_id = $1, bank_reference = NULL, version = input.version
        FROM input WHERE p.id = input.id AND p.version = input.version - 1 AND p.status = ANY($5)
        RETURNING p.id, p.amount, input.reference
      )
      INSERT INTO payout_batch_item (batch_id, payout_id, amount, transfer_reference)
      SELECT $1, id, amount, reference FROM moved
      """;

  private static final String FIND = "SELECT id, number, status, created_by, created_at, reconciled_at FROM payout_batch WHERE id = $1";

  private static final String LOCK = FIND + " FOR UPDATE";

  private static final String ITEMS =
      """
      SELECT i.payout_id, p.number AS payout_number, i.transfer_reference, p.created_by AS maker, p.claim_id, p.santunan_entitlement_id, p.bank_code, p.account_cipher, p.account_name, i.amount, i.outcome, i.bank_reference,
             p.heir_name, w.full_name AS worker_name, p.worker_id
      FROM payout_batch_item i JOIN payout p ON p.id = i.payout_id
        JOIN worker w ON w.id = p.worker_id
      WHERE i.batch_id = $1
      ORDER BY i.payout_id
      """;

  /**
   * Newest first, each with its totals summed over its items (by the item table's primary key);
   * the LIMIT applies before the sums, so a page costs its own batches only.
   */
  private static final String LIST =
      """
      SELECT b.id, b.number, b.status, b.created_by, b.created_at, b.reconciled_at, t.count, t.total, t.paid, t.failed
      FROM payout_batch b
      CROSS JOIN LATERAL (
        SELECT count(*) AS count, coalesce(sum(i.amount), 0) AS total,
               count(*) FILTER (WHERE i.outcome = $4) AS paid, count(*) FILTER (WHERE i.outcome = $5) AS failed
        FROM payout_batch_item i WHERE i.batch_id = b.id
      ) t
      WHERE ($1::text IS NULL OR b.status = $1) AND ($2::uuid IS NULL OR b.id < $2) AND ($6::text IS NULL OR b.number = $6)
      ORDER BY b.id DESC
      LIMIT $3
      """;

  /**
   * Applies the bank's answers in one statement and counts what moved; each payout moves by its
   * answer's transition ({@link Outcome#transition()}), from that transition's sources only.
   * The caller refuses the whole reconciliation unless every row moved both its item and its payout.
   */
  private static final String APPLY =
      """
      WITH input AS (
        SELECT * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[])
          AS t(payout_id, outcome, reference, status, sources)
      ), items AS (
        UPDATE payout_batch_item i SET outcome = input.outcome, bank_reference = input.reference
        FROM input WHERE i.batch_id = $1 AND i.payout_id = input.payout_id AND i.outcome IS NULL
        RETURNING i.payout_id
      ), payouts AS (
        UPDATE payout p SET status = input.status, bank_reference = input.reference, version = p.version + 1
        FROM input WHERE p.id = input.payout_id AND p.batch_id = $1 AND p.status = ANY(string_to_array(input.sources, ','))
        RETURNING p.id
      )
      SELECT (SELECT count(*) FROM items) AS items, (SELECT count(*) FROM payouts) AS payouts
      """;

  /** OPEN → RECONCILED once no item awaits the bank's answer. */
  private static final String CLOSE =
      """
      UPDATE payout_batch SET status = $2, reconciled_at = now(), version = version + 1
      WHERE id = $1 AND status = $3
        AND NOT EXISTS (SELECT 1 FROM payout_batch_item WHERE batch_id = $1 AND outcome IS NULL)
      """;

  public Future<Void> insert(SqlClient tx, UUID id, UUID createdBy) {
    return tx.preparedQuery(INSERT).execute(Tuple.of(id, createdBy, BatchStatus.OPEN.name())).mapEmpty();
  }

  /**
   * The payouts a batch would take, locked until commit: the named ones that exist, or without
   * names ({@code null}) every one the domain batches unnamed.
   */
  public Future<List<Payout>> candidates(SqlClient tx, List<UUID> payoutIds) {
    Tuple params = payoutIds == null
        ? Tuple.of(names(Batching.unnamedSources()))
        : Tuple.of(payoutIds.toArray(UUID[]::new));
    return tx.preparedQuery(payoutIds == null ? UNNAMED : NAMED).execute(params)
        .map(rows -> payouts.all(rows).stream().map(StoredPayout::payout).toList());
  }

  /**
   * Writes the payouts as {@link Payout#addToBatch} left them, with their batch items.
   *
   * @param references each payout's transfer reference, in the order of {@code batched}
   * @throws Conflict {@code payout_in_open_batch} if one is in an open batch already, or moved meanwhile
   */
  public Future<Void> add(SqlClient tx, UUID batchId, List<Payout> batched, List<String> references) {
    Tuple params = Tuple.tuple().addUUID(batchId)
        .addArrayOfUUID(batched.stream().map(Payout::id).toArray(UUID[]::new))
        .addArrayOfString(batched.stream().map(p -> p.status().name()).toArray(String[]::new))
        .addArrayOfInteger(batched.stream().map(p -> (int) p.version()).toArray(Integer[]::new))
        .addArrayOfString(names(PayoutTransition.ADD_TO_BATCH.from()))
        .addArrayOfString(references.toArray(String[]::new));
    return tx.preparedQuery(ADD).execute(params)
        .recover(e -> PgErrors.isUniqueViolation(e, "payout_batch_item_one_open_idx")
            ? Future.failedFuture(inOpenBatch())
            : Future.failedFuture(e))
        .compose(rows -> rows.rowCount() == batched.size() ? Future.succeededFuture() : Future.failedFuture(inOpenBatch()));
  }

  private static Conflict inOpenBatch() {
    return new Conflict(PayoutError.PAYOUT_IN_OPEN_BATCH);
  }

  private static String[] names(Set<PayoutStatus> statuses) {
    return statuses.stream().map(Enum::name).toArray(String[]::new);
  }

  public Future<Optional<PayoutBatch>> find(SqlClient db, UUID id) {
    return batch(db, FIND, id);
  }

  /** Locks the batch until commit, so two reconciliations of it run one after the other. */
  public Future<Optional<PayoutBatch>> lock(SqlClient tx, UUID id) {
    return batch(tx, LOCK, id);
  }

  private Future<Optional<PayoutBatch>> batch(SqlClient db, String sql, UUID id) {
    return db.preparedQuery(sql).execute(Tuple.of(id)).compose(rows -> {
      var it = rows.iterator();
      if (!it.hasNext()) {
        return Future.succeededFuture(Optional.empty());
      }
      Row b = it.next();
      return db.preparedQuery(ITEMS).execute(Tuple.of(id)).map(itemRows -> {
        List<PayoutBatch.Item> items = new ArrayList<>();
        for (Row r : itemRows) {
          items.add(new PayoutBatch.Item(r.getUUID("payout_id"), r.getString("payout_number"), r.getString("transfer_reference"), r.getUUID("maker"),
              r.getUUID("claim_id"), r.getUUID("santunan_entitlement_id"), r.getString("bank_code"),
              payouts.accountNumber(r, r.getUUID("payout_id")), r.getString("account_name"), r.getLong("amount"), r.getString("outcome"),
              r.getString("bank_reference"), r.getString("heir_name"), r.getString("worker_name"), r.getUUID("worker_id")));
        }
        return Optional.of(new PayoutBatch(b.getUUID("id"), b.getString("number"), BatchStatus.valueOf(b.getString("status")), b.getUUID("created_by"),
            b.getOffsetDateTime("created_at").toInstant(), instant(b, "reconciled_at"), items));
      });
    });
  }

  /**
   * @param status OPEN or RECONCILED, or {@code null} for both
   * @param number one batch by its number ({@code BTH-2026-000007}), or {@code null} for all
   * @param before the last id of the previous page (newest first)
   */
  public Future<Slice<BatchSummary>> list(SqlClient db, BatchStatus status, String number, UUID before, int limit) {
    Tuple params = Tuple.tuple().addString(status == null ? null : status.name()).addUUID(before).addInteger(limit + 1)
        .addString(Outcome.PAID.name()).addString(Outcome.FAILED.name()).addString(number);
    return db.preparedQuery(LIST).execute(params).map(rows -> {
      List<BatchSummary> found = new ArrayList<>();
      for (Row r : rows) {
        found.add(new BatchSummary(r.getUUID("id"), r.getString("number"), BatchStatus.valueOf(r.getString("status")), r.getUUID("created_by"),
            r.getOffsetDateTime("created_at").toInstant(), instant(r, "reconciled_at"), r.getLong("count"),
            r.getLong("total"), r.getLong("paid"), r.getLong("failed")));
      }
      return Slice.of(found, limit);
    });
  }

  private static Instant instant(Row row, String column) {
    var odt = row.getOffsetDateTime(column);
    return odt == null ? null : odt.toInstant();
  }

  /**
   * Records the answers and moves their payouts; all or nothing.
   *
   * @throws Conflict {@code reconciliation_conflict} if any row no longer matches (the caller
   *     checked them under the batch lock, so this is only a guard)
   */
  public Future<Void> apply(SqlClient tx, UUID batchId, List<Reconciliation.Answer> answers) {
    Tuple params = Tuple.tuple().addUUID(batchId)
        .addArrayOfUUID(answers.stream().map(Reconciliation.Answer::payoutId).toArray(UUID[]::new))
        .addArrayOfString(answers.stream().map(a -> a.outcome().name()).toArray(String[]::new))
        .addArrayOfString(answers.stream().map(Reconciliation.Answer::bankReference).toArray(String[]::new))
        .addArrayOfString(answers.stream().map(a -> a.outcome().transition().to().name()).toArray(String[]::new))
        .addArrayOfString(answers.stream().map(a -> String.join(",", names(a.outcome().transition().from())))
            .toArray(String[]::new));
    return tx.preparedQuery(APPLY).execute(params).compose(rows -> {
      Row r = rows.iterator().next();
      return r.getLong("items") == answers.size() && r.getLong("payouts") == answers.size()
          ? Future.succeededFuture()
          : Future.failedFuture(new Conflict(PayoutError.RECONCILIATION_CONFLICT));
    });
  }

  /** @return whether the batch is now fully reconciled (and was closed by this call) */
  public Future<Boolean> closeIfComplete(SqlClient tx, UUID batchId) {
    return tx.preparedQuery(CLOSE).execute(Tuple.of(batchId, BatchStatus.RECONCILED.name(), BatchStatus.OPEN.name()))
        .map(rows -> rows.rowCount() == 1);
  }
}
