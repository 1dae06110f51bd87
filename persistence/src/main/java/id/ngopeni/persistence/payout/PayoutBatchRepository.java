package id.ngopeni.persistence.payout;

import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.persistence.db.PgErrors;
import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** SQL for disbursement batches and their reconciliation. */
public final class PayoutBatchRepository {
  private static final String INSERT = "INSERT INTO payout_batch (id, status, created_by) VALUES ($1, 'OPEN', $2)";

  /**
   * Moves payouts into the batch in one statement: APPROVED ones not yet in a batch, and (only
   * when named) FAILED ones, which go back to APPROVED. FOR UPDATE re-checks the condition on
   * the newest row version after waiting, so a concurrent batch skips what this one took; the
   * one-open-item index is the backstop. Returns each payout with the status it had.
   */
  private static final String ADD =
      """
      WITH target AS (
        SELECT id, status FROM payout
        WHERE ($2::uuid[] IS NULL AND status = 'APPROVED' AND batch_id IS NULL)
           OR ($2::uuid[] IS NOT NULL AND id = ANY($2)
               AND ((status = 'APPROVED' AND batch_id IS NULL) OR status = 'FAILED'))
        FOR UPDATE
      ), moved AS (
        UPDATE payout p SET status = 'APPROVED', batch_id = $1, bank_reference = NULL, version = p.version + 1
        FROM target WHERE p.id = target.id
        RETURNING p.id, p.amount, target.status AS was
      ), items AS (
        INSERT INTO payout_batch_item (batch_id, payout_id, amount)
        SELECT $1, id, amount FROM moved
      )
      SELECT id, was FROM moved
      """;

  private static final String FIND = "SELECT id, status, created_by, created_at, reconciled_at FROM payout_batch WHERE id = $1";

  private static final String LOCK = FIND + " FOR UPDATE";

  private static final String ITEMS =
      """
      SELECT i.payout_id, p.claim_id, p.bank_code, p.account_number, p.account_name, i.amount, i.outcome, i.bank_reference,
             p.heir_name, w.full_name AS worker_name
      FROM payout_batch_item i JOIN payout p ON p.id = i.payout_id
        JOIN claim c ON c.id = p.claim_id JOIN worker w ON w.id = c.worker_id
      WHERE i.batch_id = $1
      ORDER BY i.payout_id
      """;

  /**
   * Newest first, each with its totals summed over its items (by the item table's primary key);
   * the LIMIT applies before the sums, so a page costs its own batches only.
   */
  private static final String LIST =
      """
      SELECT b.id, b.status, b.created_by, b.created_at, b.reconciled_at, t.count, t.total, t.paid, t.failed
      FROM payout_batch b
      CROSS JOIN LATERAL (
        SELECT count(*) AS count, coalesce(sum(i.amount), 0) AS total,
               count(*) FILTER (WHERE i.outcome = 'PAID') AS paid, count(*) FILTER (WHERE i.outcome = 'FAILED') AS failed
        FROM payout_batch_item i WHERE i.batch_id = b.id
      ) t
      WHERE ($1::text IS NULL OR b.status = $1) AND ($2::uuid IS NULL OR b.id < $2)
      ORDER BY b.id DESC
      LIMIT $3
      """;

  private static final String EXISTING = "SELECT id FROM payout WHERE id = ANY($1)";

  /**
   * Applies the bank's answers in one statement and counts what moved; the caller refuses the
   * whole reconciliation unless every row moved both its item and its payout.
   */
  private static final String APPLY =
      """
      WITH input AS (
        SELECT * FROM unnest($2::uuid[], $3::text[], $4::text[]) AS t(payout_id, outcome, reference)
      ), items AS (
        UPDATE payout_batch_item i SET outcome = input.outcome, bank_reference = input.reference
        FROM input WHERE i.batch_id = $1 AND i.payout_id = input.payout_id AND i.outcome IS NULL
        RETURNING i.payout_id
      ), payouts AS (
        UPDATE payout p SET status = input.outcome, bank_reference = input.reference, version = p.version + 1
        FROM input WHERE p.id = input.payout_id AND p.batch_id = $1 AND p.status = 'APPROVED'
        RETURNING p.id
      )
      SELECT (SELECT count(*) FROM items) AS items, (SELECT count(*) FROM payouts) AS payouts
      """;

  private static final String CLOSE =
      """
      UPDATE payout_batch SET status = 'RECONCILED', reconciled_at = now(), version = version + 1
      WHERE id = $1 AND status = 'OPEN'
        AND NOT EXISTS (SELECT 1 FROM payout_batch_item WHERE batch_id = $1 AND outcome IS NULL)
      """;

  public Future<Void> insert(SqlClient tx, UUID id, UUID createdBy) {
    return tx.preparedQuery(INSERT).execute(Tuple.of(id, createdBy)).mapEmpty();
  }

  /**
   * @param payoutIds the payouts to add, or {@code null} for every approved payout not in a batch
   * @return the payouts added, each with the status it had before (APPROVED or FAILED)
   */
  public Future<Map<UUID, String>> add(SqlClient tx, UUID batchId, List<UUID> payoutIds) {
    Tuple params = Tuple.tuple().addUUID(batchId).addArrayOfUUID(payoutIds == null ? null : payoutIds.toArray(UUID[]::new));
    return tx.preparedQuery(ADD).execute(params)
        .map(rows -> {
          Map<UUID, String> added = new LinkedHashMap<>();
          rows.forEach(r -> added.put(r.getUUID("id"), r.getString("was")));
          return added;
        })
        .recover(e -> PgErrors.isUniqueViolation(e, "payout_batch_item_one_open_idx")
            ? Future.failedFuture(new Conflict("payout_in_open_batch", "A payout is already in an open batch."))
            : Future.failedFuture(e));
  }

  public Future<Optional<PayoutBatch>> find(SqlClient db, UUID id) {
    return batch(db, FIND, id);
  }

  /** Locks the batch until commit, so two reconciliations of it run one after the other. */
  public Future<Optional<PayoutBatch>> lock(SqlClient tx, UUID id) {
    return batch(tx, LOCK, id);
  }

  private static Future<Optional<PayoutBatch>> batch(SqlClient db, String sql, UUID id) {
    return db.preparedQuery(sql).execute(Tuple.of(id)).compose(rows -> {
      var it = rows.iterator();
      if (!it.hasNext()) {
        return Future.succeededFuture(Optional.empty());
      }
      Row b = it.next();
      return db.preparedQuery(ITEMS).execute(Tuple.of(id)).map(itemRows -> {
        List<PayoutBatch.Item> items = new ArrayList<>();
        for (Row r : itemRows) {
          items.add(new PayoutBatch.Item(r.getUUID("payout_id"), r.getUUID("claim_id"), r.getString("bank_code"),
              r.getString("account_number"), r.getString("account_name"), r.getLong("amount"), r.getString("outcome"),
              r.getString("bank_reference"), r.getString("heir_name"), r.getString("worker_name")));
        }
        return Optional.of(new PayoutBatch(b.getUUID("id"), b.getString("status"), b.getUUID("created_by"),
            b.getOffsetDateTime("created_at").toInstant(), instant(b, "reconciled_at"), items));
      });
    });
  }

  /**
   * @param status OPEN or RECONCILED, or {@code null} for both
   * @param before the last id of the previous page (newest first)
   */
  public Future<Slice<BatchSummary>> list(SqlClient db, String status, UUID before, int limit) {
    Tuple params = Tuple.tuple().addString(status).addUUID(before).addInteger(limit + 1);
    return db.preparedQuery(LIST).execute(params).map(rows -> {
      List<BatchSummary> found = new ArrayList<>();
      for (Row r : rows) {
        found.add(new BatchSummary(r.getUUID("id"), r.getString("status"), r.getUUID("created_by"),
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

  /** Which of these payout ids exist at all. */
  public Future<Set<UUID>> existing(SqlClient db, Set<UUID> ids) {
    return db.preparedQuery(EXISTING).execute(Tuple.of(ids.toArray(UUID[]::new))).map(rows -> {
      Set<UUID> found = new HashSet<>();
      rows.forEach(r -> found.add(r.getUUID("id")));
      return found;
    });
  }

  /**
   * Records the outcomes (PAID or FAILED) and moves the payouts; all or nothing.
   *
   * @throws Conflict {@code reconciliation_conflict} if any row no longer matches (the caller
   *     checked them under the batch lock, so this is only a guard)
   */
  public Future<Void> apply(SqlClient tx, UUID batchId, List<UUID> payoutIds, List<String> outcomes, List<String> references) {
    Tuple params = Tuple.tuple().addUUID(batchId).addArrayOfUUID(payoutIds.toArray(UUID[]::new))
        .addArrayOfString(outcomes.toArray(String[]::new)).addArrayOfString(references.toArray(String[]::new));
    return tx.preparedQuery(APPLY).execute(params).compose(rows -> {
      Row r = rows.iterator().next();
      return r.getLong("items") == payoutIds.size() && r.getLong("payouts") == payoutIds.size()
          ? Future.succeededFuture()
          : Future.failedFuture(new Conflict("reconciliation_conflict", "The batch changed while it was being reconciled."));
    });
  }

  /** @return whether the batch is now fully reconciled (and was closed by this call) */
  public Future<Boolean> closeIfComplete(SqlClient tx, UUID batchId) {
    return tx.preparedQuery(CLOSE).execute(Tuple.of(batchId)).map(rows -> rows.rowCount() == 1);
  }
}
