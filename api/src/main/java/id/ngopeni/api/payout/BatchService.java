package id.ngopeni.api.payout;

import id.ngopeni.api.auth.ActingUser;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.payout.BatchStatus;
import id.ngopeni.domain.payout.Batching;
import id.ngopeni.domain.payout.Payout;
import id.ngopeni.domain.payout.Reconciliation;
import id.ngopeni.domain.payout.Reconciliation.Answer;
import id.ngopeni.domain.payout.Reconciliation.Outcome;
import id.ngopeni.domain.problem.PayoutError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.subject.Processing;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.payout.BatchSummary;
import id.ngopeni.persistence.payout.PayoutBatch;
import id.ngopeni.persistence.payout.PayoutBatchRepository;
import id.ngopeni.persistence.payout.PayoutRepository;
import id.ngopeni.persistence.subject.RestrictionRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Disbursement: approved payouts into a batch for the bank, and the bank's answers back. The
 * rules are the domain's ({@link Batching}, {@link Reconciliation}); this runs them in one
 * transaction per use case, with the audit entries.
 */
public record BatchService(AppContext context, PayoutBatchRepository batches, PayoutRepository payouts,
    RestrictionRepository restrictions) {
  /** A new batch, and how many approved payouts it left out because their worker's processing is restricted. */
  public record Created(PayoutBatch batch, int heldBack) {}

  /**
   * Batches the named payouts (approved and not in an open batch), all of them or none; without names, every approved payout not yet in a batch. The
   * candidates are locked, each moved by {@link Payout#addToBatch}, and written in one statement.
   * A payout of a worker who asked to restrict processing is never batched: named, the whole
   * request is refused (409 {@code person_restricted}); unnamed, it is left out and counted.
   */
  public Future<Created> create(Caller session, List<UUID> payoutIds) {
    List<UUID> wanted = Batching.requested(payoutIds);
    UUID batchId = Ids.newId();
    return context.pool().withTransaction(tx -> ActingUser.inTransaction(tx, session, Role.OPERATOR).compose(caller -> batches.insert(tx, batchId, caller.userId())
        .compose(v -> batches.candidates(tx, wanted))
        .compose(found -> {
          List<Payout> batchable = found.stream().filter(p -> Batching.batchable(p.status(), p.batchId())).toList();
          return restrictions.restrictedPayouts(tx, batchable.stream().map(Payout::id).toList()).map(held -> {
            if (payoutIds != null && !held.isEmpty()) {
              throw Processing.BATCH.refusal();
            }
            return new Held(batchable.stream().filter(p -> !held.contains(p.id())).toList(), held.size());
          });
        })
        .compose(candidates -> {
          List<Payout> before = candidates.payouts();
          List<Payout> batched = before.stream().map(p -> p.addToBatch(batchId)).toList();
          Batching.check(payoutIds, batched.stream().map(Payout::id).collect(Collectors.toSet()));
          List<String> references = batched.stream().map(p -> Batching.newTransferReference()).toList();
          return batches.add(tx, batchId, batched, references)
              .compose(v -> find(tx, batchId))
              .compose(batch -> appendAll(tx, created(caller, batch, before, batched, candidates.heldBack()))
                  .map(v -> new Created(batch, candidates.heldBack())));
        })));
  }

  /** The payouts to batch and how many restricted ones were held back. */
  private record Held(List<Payout> payouts, int heldBack) {}

  private static List<AuditEvent> created(Caller caller, PayoutBatch batch, List<Payout> before, List<Payout> batched,
      int heldBack) {
    JsonArray ids = new JsonArray();
    batch.items().forEach(i -> ids.add(i.payoutId().toString()));
    JsonObject after = new JsonObject().put("status", batch.status().name()).put("count", batch.items().size())
        .put("total", batch.total()).put("payoutIds", ids).put("heldBack", heldBack);
    List<AuditEvent> events = new ArrayList<>();
    events.add(new AuditEvent(caller.userId(), caller.role().name(), "batch.created", "payout_batch",
        batch.id().toString(), null, after));
    // Each payout's own trail shows the batch it went into.
    for (int i = 0; i < batched.size(); i++) {
      Payout next = batched.get(i);
      events.add(new AuditEvent(caller.userId(), caller.role().name(), "payout.batched", "payout", next.id().toString(),
          new JsonObject().put("status", before.get(i).status().name()),
          new JsonObject().put("status", next.status().name()).put("batchId", batch.id().toString())));
    }
    return events;
  }

  public Future<Slice<BatchSummary>> list(BatchStatus status, String number, UUID before, int limit) {
    return batches.list(context.pool(), status, number, before, limit);
  }

  /**
   * Applies the bank's result file to the batch, every row or none. Under the batch lock, the
   * caller must have made neither the batch nor any of its payouts ({@link
   * Reconciliation#checkReconciler}), and each row must match a transfer of the batch by
   * reference and amount ({@link Reconciliation#match}); every problem of the file comes back
   * together as {@code rows[i].…}.
   */
  public Future<PayoutBatch> reconcile(Caller session, UUID batchId, String csv) {
    Violations violations = new Violations();
    List<Reconciliation.Row> rows = ReconciliationCsv.parse(csv, violations);
    return context.pool().withTransaction(tx -> ActingUser.inTransaction(tx, session, Role.OPERATOR).compose(caller -> batches.lock(tx, batchId)
        .map(found -> found.orElseThrow(BatchService::notFound))
        .compose(batch -> {
          Reconciliation.checkReconciler(caller.userId(), batch.createdBy(), batch.makers());
          Reconciliation.requireOpen(batch.status());
          List<Answer> answers = Reconciliation.match(batch.sent(), rows, violations);
          return apply(tx, caller, batch, answers);
        })));
  }

  private Future<PayoutBatch> apply(SqlClient tx, Caller caller, PayoutBatch batch, List<Answer> answers) {
    List<UUID> ids = answers.stream().map(Answer::payoutId).toList();
    List<AuditEvent> events = new ArrayList<>();
    return payouts.findAll(tx, ids).compose(before -> {
      for (Answer answer : answers) {
        Payout was = before.get(answer.payoutId()).payout();
        Payout next = answer.outcome().apply(was, answer.bankReference());
        events.add(new AuditEvent(caller.userId(), caller.role().name(),
            "payout." + answer.outcome().name().toLowerCase(Locale.ROOT), "payout", next.id().toString(),
            PayoutJson.audit(was), PayoutJson.audit(next)));
      }
      return batches.apply(tx, batch.id(), answers);
    })
        .compose(v -> batches.closeIfComplete(tx, batch.id()))
        .compose(closed -> find(tx, batch.id()))
        .compose(after -> {
          JsonObject summary = new JsonObject().put("status", after.status().name()).put("rows", answers.size())
              .put("paid", answers.stream().filter(a -> a.outcome() == Outcome.PAID).count())
              .put("failed", answers.stream().filter(a -> a.outcome() == Outcome.FAILED).count());
          events.add(new AuditEvent(caller.userId(), caller.role().name(), "batch.reconciled", "payout_batch",
              batch.id().toString(), new JsonObject().put("status", batch.status().name()), summary));
          return appendAll(tx, events).map(v -> after);
        });
  }

  private Future<Void> appendAll(SqlClient tx, List<AuditEvent> events) {
    Future<Void> chain = Future.succeededFuture();
    for (AuditEvent event : events) {
      chain = chain.compose(v -> context.audit().append(tx, event).mapEmpty());
    }
    return chain;
  }

  private Future<PayoutBatch> find(SqlClient db, UUID id) {
    return batches.find(db, id).map(found -> found.orElseThrow(BatchService::notFound));
  }

  static NotFound notFound() {
    return new NotFound(PayoutError.BATCH_NOT_FOUND);
  }
}
