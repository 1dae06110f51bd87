package id.ngopeni.api.payout;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.claim.ClaimJson;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.claim.Claim;
import id.ngopeni.domain.claim.ClaimStatus;
import id.ngopeni.domain.payout.Payout;
import id.ngopeni.domain.payout.PayoutStatus;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.claim.ClaimRepository;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.payout.BatchSummary;
import id.ngopeni.persistence.payout.PayoutBatch;
import id.ngopeni.persistence.payout.PayoutBatchRepository;
import id.ngopeni.persistence.payout.PayoutRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Disbursement: approved payouts into a batch for the bank, and the bank's answers back. */
public final class BatchService {
  private final Pool pool;
  private final Clock clock;
  private final AuditLog audit;
  private final PayoutBatchRepository batches;
  private final PayoutRepository payouts;
  private final ClaimRepository claims;

  public BatchService(AppContext context, PayoutBatchRepository batches, PayoutRepository payouts, ClaimRepository claims) {
    this.pool = context.pool();
    this.clock = context.clock();
    this.audit = context.audit();
    this.batches = batches;
    this.payouts = payouts;
    this.claims = claims;
  }

  /**
   * Batches the named payouts (approved and not in an open batch, or failed ones to retry),
   * all of them or none; without names, every approved payout not yet in a batch. Failed
   * payouts are retried only when named: the transfer failed once, someone should look.
   */
  public Future<PayoutBatch> create(Caller caller, List<UUID> payoutIds) {
    List<UUID> wanted = payoutIds == null ? null : List.copyOf(new LinkedHashSet<>(payoutIds));
    if (wanted != null && wanted.isEmpty()) {
      throw Invalid.of("payoutIds", "payout_ids_empty", "Name at least one payout, or leave payoutIds out.");
    }
    UUID batchId = Ids.newId();
    return pool.withTransaction(tx -> batches.insert(tx, batchId, caller.userId())
        .compose(v -> batches.add(tx, batchId, wanted))
        .compose(added -> {
          if (wanted != null && added.size() != wanted.size()) {
            Violations violations = new Violations();
            for (int i = 0; i < payoutIds.size(); i++) {
              if (!added.containsKey(payoutIds.get(i))) {
                violations.add("payoutIds[" + i + "]", "payout_not_batchable",
                    "Not an approved payout outside an open batch, nor a failed one.");
              }
            }
            violations.throwIfAny();
          }
          if (added.isEmpty()) {
            throw new Conflict("nothing_to_batch", "No approved payout is waiting for a batch.");
          }
          return find(tx, batchId).compose(batch -> {
            JsonArray ids = new JsonArray();
            batch.items().forEach(i -> ids.add(i.payoutId().toString()));
            JsonObject after = new JsonObject().put("status", batch.status()).put("count", batch.items().size())
                .put("total", batch.total()).put("payoutIds", ids);
            List<AuditEvent> events = new ArrayList<>();
            events.add(new AuditEvent(caller.userId(), caller.role().name(), "batch.created", "payout_batch",
                batchId.toString(), null, after));
            // Each payout's own trail shows the batch it went into (and a failed one's retry).
            added.forEach((id, was) -> events.add(new AuditEvent(caller.userId(), caller.role().name(), "payout.batched",
                "payout", id.toString(), new JsonObject().put("status", was),
                new JsonObject().put("status", "APPROVED").put("batchId", batchId.toString()))));
            return appendAll(tx, events).map(v -> batch);
          });
        }));
  }

  public Future<Slice<BatchSummary>> list(String status, UUID before, int limit) {
    return batches.list(pool, status, before, limit);
  }

  public Future<PayoutBatch> get(UUID id) {
    return find(pool, id);
  }

  /**
   * Applies the bank's result file to the batch, every row or none. Rows are checked under
   * the batch lock: unknown payouts, payouts of another batch, payouts already reconciled,
   * duplicates and bad cells all come back together as {@code rows[i].…}. A PAID row marks
   * the claim PAID once its PAID payouts add up to the whole cash entitlement; the batch is
   * RECONCILED once every transfer in it has an answer (a bank may answer in parts).
   */
  public Future<PayoutBatch> reconcile(Caller caller, UUID batchId, String csv) {
    Violations violations = new Violations();
    List<ReconciliationCsv.Row> rows = ReconciliationCsv.parse(csv, violations);
    Instant now = clock.instant();
    return pool.withTransaction(tx -> batches.lock(tx, batchId)
        .map(found -> found.orElseThrow(BatchService::notFound))
        .compose(batch -> {
          if (!batch.status().equals("OPEN")) {
            throw new Conflict("batch_already_reconciled", "Every transfer in this batch already has the bank's answer.");
          }
          Set<UUID> named = new HashSet<>();
          rows.stream().map(ReconciliationCsv.Row::payoutId).filter(id -> id != null).forEach(named::add);
          Future<Set<UUID>> known = named.isEmpty() ? Future.succeededFuture(Set.of()) : batches.existing(tx, named);
          return known.compose(existing -> {
            check(batch, rows, existing, violations);
            if (!violations.isEmpty()) {
              throw new Invalid("reconciliation_rejected", "Nothing was applied: some rows are wrong.", violations.errors());
            }
            return apply(tx, caller, batch, rows, now);
          });
        }));
  }

  private static void check(PayoutBatch batch, List<ReconciliationCsv.Row> rows, Set<UUID> existing, Violations violations) {
    Map<UUID, PayoutBatch.Item> items = new HashMap<>();
    batch.items().forEach(i -> items.put(i.payoutId(), i));
    Set<UUID> seen = new HashSet<>();
    for (ReconciliationCsv.Row row : rows) {
      UUID id = row.payoutId();
      if (id == null) {
        continue;
      }
      String at = "rows[" + row.index() + "].payout_id";
      if (!seen.add(id)) {
        violations.add(at, "payout_duplicate", "This payout appears more than once in the file.");
      } else if (!existing.contains(id)) {
        violations.add(at, "payout_unknown", "No such payout.");
      } else if (!items.containsKey(id)) {
        violations.add(at, "payout_not_in_batch", "This payout is not in this batch.");
      } else if (items.get(id).outcome() != null) {
        violations.add(at, "payout_already_reconciled", "The bank's answer for this payout was already recorded.");
      }
    }
  }

  private Future<PayoutBatch> apply(SqlClient tx, Caller caller, PayoutBatch batch, List<ReconciliationCsv.Row> rows,
      Instant now) {
    List<UUID> ids = rows.stream().map(ReconciliationCsv.Row::payoutId).toList();
    List<String> outcomes = rows.stream().map(ReconciliationCsv.Row::status).toList();
    List<String> references = rows.stream().map(ReconciliationCsv.Row::bankReference).toList();
    List<AuditEvent> events = new ArrayList<>();
    return payouts.findAll(tx, ids).compose(before -> batches.apply(tx, batch.id(), ids, outcomes, references)
        .compose(v -> payouts.findAll(tx, ids))
        .compose(after -> {
          Set<UUID> paidClaims = new LinkedHashSet<>();
          for (ReconciliationCsv.Row row : rows) {
            Payout paidOrFailed = after.get(row.payoutId()).payout();
            events.add(new AuditEvent(caller.userId(), caller.role().name(),
                "payout." + row.status().toLowerCase(Locale.ROOT), "payout", row.payoutId().toString(),
                PayoutJson.audit(before.get(row.payoutId()).payout()), PayoutJson.audit(paidOrFailed)));
            if (paidOrFailed.status() == PayoutStatus.PAID) {
              paidClaims.add(paidOrFailed.claimId());
            }
          }
          return closePaidClaims(tx, caller, paidClaims, now, events);
        }))
        .compose(v -> batches.closeIfComplete(tx, batch.id()))
        .compose(closed -> find(tx, batch.id()))
        .compose(after -> {
          JsonObject summary = new JsonObject().put("status", after.status()).put("rows", rows.size())
              .put("paid", outcomes.stream().filter("PAID"::equals).count())
              .put("failed", outcomes.stream().filter("FAILED"::equals).count());
          events.add(new AuditEvent(caller.userId(), caller.role().name(), "batch.reconciled", "payout_batch",
              batch.id().toString(), new JsonObject().put("status", batch.status()), summary));
          return appendAll(tx, events).map(v -> after);
        });
  }

  /**
   * A claim is PAID when its PAID payouts cover its whole cash entitlement. Until then it
   * stays VERIFIED, so what is left can still be paid out (and a failed transfer retried).
   */
  private Future<Void> closePaidClaims(SqlClient tx, Caller caller, Set<UUID> claimIds, Instant now, List<AuditEvent> events) {
    Future<Void> chain = Future.succeededFuture();
    for (UUID claimId : claimIds) {
      chain = chain.compose(v -> claims.lock(tx, claimId)
          .map(Optional::orElseThrow)
          .compose(stored -> payouts.paidTotal(tx, claimId).compose(paid -> {
            if (stored.claim().status() != ClaimStatus.VERIFIED || stored.entitlement().total().isGreaterThan(paid)) {
              return Future.succeededFuture();
            }
            Claim next = stored.claim().markPaid(now);
            return claims.transition(tx, next, stored.claim().version(), caller.userId(), null).map(moved -> {
              if (!moved) {
                throw new Conflict("claim_changed", "A claim of this batch changed during reconciliation; retry.");
              }
              events.add(new AuditEvent(caller.userId(), caller.role().name(), "claim.paid", "claim", claimId.toString(),
                  ClaimJson.audit(stored.claim()), ClaimJson.audit(next).put("paidTotal", paid.amount())));
              return null;
            });
          })));
    }
    return chain;
  }

  private Future<Void> appendAll(SqlClient tx, List<AuditEvent> events) {
    Future<Void> chain = Future.succeededFuture();
    for (AuditEvent event : events) {
      chain = chain.compose(v -> audit.append(tx, event).mapEmpty());
    }
    return chain;
  }

  private Future<PayoutBatch> find(SqlClient db, UUID id) {
    return batches.find(db, id).map(found -> found.orElseThrow(BatchService::notFound));
  }

  static NotFound notFound() {
    return new NotFound("batch_not_found", "No such payout batch.");
  }
}
