package id.ngopeni.api.payout;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.auth.ActingUser;
import id.ngopeni.api.http.Caller;
import id.ngopeni.domain.heir.Heir;
import id.ngopeni.domain.heir.HeirRules;
import id.ngopeni.domain.payout.Payout;
import id.ngopeni.domain.payout.PayoutRequest;
import id.ngopeni.domain.payout.PayoutRules;
import id.ngopeni.domain.payout.PayoutTransition;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.PayoutError;
import id.ngopeni.domain.problem.SantunanError;
import id.ngopeni.domain.santunan.SantunanEntitlement;
import id.ngopeni.domain.subject.Processing;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.claim.ClaimFactsRepository;
import id.ngopeni.persistence.payout.PayoutRepository;
import id.ngopeni.persistence.payout.StoredPayout;
import id.ngopeni.persistence.santunan.ProgrammeRepository;
import id.ngopeni.persistence.santunan.SantunanEventRepository;
import id.ngopeni.persistence.subject.RestrictionRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Maker–checker: an OPERATOR makes a payout of a city santunan entitlement, somebody else (an
 * APPROVER) decides it. Nothing here pays a claim: BPJS pays the statutory benefit itself.
 */
public record PayoutService(AppContext context, PayoutRepository payouts, ClaimFactsRepository facts,
    SantunanEventRepository entitlements, ProgrammeRepository programmes, RestrictionRepository restrictions) {
  /**
   * Creates a PENDING_APPROVAL payout of a santunan entitlement. The programme row is locked from
   * reading what its payouts hold until the new one is inserted, so two makers can never both
   * spend what is left of the budget or of the entitlement. A beneficiary below the highest heir
   * class registered is refused with 422 (it is the request that is wrong). A worker who asked to
   * restrict the processing of their data is not paid (409 {@code person_restricted}).
   */
  public Future<StoredPayout> create(Caller session, UUID entitlementId, PayoutRequest request) {
    Instant now = context.clock().instant();
    return context.pool().withTransaction(tx -> ActingUser.inTransaction(tx, session, Role.OPERATOR).compose(caller ->
        entitlements.find(tx, entitlementId)
            .map(found -> found.filter(e -> caller.canSeeKelurahan(e.kelurahanCode()))
                .orElseThrow(() -> new NotFound(SantunanError.ENTITLEMENT_NOT_FOUND)))
            .compose(stored -> restrictions.isRestricted(tx, stored.entitlement().workerId()).map(restricted -> {
              Processing.PAYOUT.refuse(restricted);
              return stored;
            }))
            .compose(stored -> programmes.lock(tx, stored.entitlement().programmeId()).map(Optional::orElseThrow)
                .compose(programme -> payouts.committed(tx, programme.id())
                    .compose(committed -> payouts.ofEntitlement(tx, entitlementId)
                        .compose(existing -> facts.heirs(tx, stored.entitlement().workerId())
                            .compose(heirs -> {
                              SantunanEntitlement entitlement = stored.entitlement();
                              Payout payout = make(() -> PayoutRules.create(request, entitlement, existing, heirs,
                                  programme.budgetCeiling(), committed, caller.userId(), now));
                              Heir heir = entitlement.kind().paysHeirs() ? HeirRules.find(payout.heirId(), heirs) : null;
                              return payouts.insert(tx, payout, entitlement.workerId(),
                                      heir == null ? stored.workerName() : heir.fullName(),
                                      heir == null ? null : heir.relationship())
                                  .compose(v -> reread(tx, payout.id()))
                                  .compose(saved -> context.audit()
                                      .append(tx, event(caller, "payout.created", null, saved.payout()))
                                      .map(seq -> saved));
                            })))))));
  }

  private static Payout make(java.util.function.Supplier<Payout> rules) {
    try {
      return rules.get();
    } catch (Conflict c) {
      if (c.errorCode() != WorkerError.HEIR_NOT_HIGHEST_PRIORITY) {
        throw c;
      }
      throw new Invalid(c.errorCode(), c.detail(), List.of(new FieldError("heirId", WorkerError.HEIR_NOT_HIGHEST_PRIORITY, c.detail())));
    }
  }

  public Future<StoredPayout> approve(Caller session, UUID id) {
    Instant now = context.clock().instant();
    return decide(session, id, PayoutTransition.APPROVE, "payout.approved",
        (caller, p) -> p.approve(caller.userId(), caller.role(), now));
  }

  public Future<StoredPayout> reject(Caller session, UUID id, String reason) {
    Instant now = context.clock().instant();
    return decide(session, id, PayoutTransition.REJECT, "payout.rejected",
        (caller, p) -> p.reject(caller.userId(), caller.role(), reason, now));
  }

  /**
   * FAILED → CANCELLED: the transfer will not be retried, which frees its share of the
   * entitlement for a new payout (one that goes through approval again).
   */
  public Future<StoredPayout> cancel(Caller session, UUID id, String reason) {
    Instant now = context.clock().instant();
    return decide(session, id, PayoutTransition.CANCEL, "payout.cancelled",
        (caller, p) -> p.cancel(caller.userId(), caller.role(), reason, now));
  }

  /**
   * FAILED → PENDING_APPROVAL: the transfer is to be tried again, after a new approval by
   * somebody other than its maker; there is no way from FAILED into a batch without one.
   */
  public Future<StoredPayout> retry(Caller caller, UUID id) {
    return context.pool().withTransaction(tx -> find(tx, id).compose(stored -> {
      Payout before = stored.payout();
      Payout next = before.retry(caller.role());
      return payouts.retry(tx, next, before.version())
          .compose(won -> {
            if (!won) {
              throw new Conflict(PayoutError.PAYOUT_CHANGED);
            }
            return reread(tx, id);
          })
          .compose(after -> context.audit().append(tx, event(caller, "payout.retried", before, after.payout()))
              .map(seq -> after));
    }));
  }

  /**
   * The domain refuses the creator (whatever their role), other roles, and decided payouts;
   * the conditional update then lets exactly one of any number of concurrent deciders through.
   * The decider's role is the one stored now ({@link ActingUser}), not the token's. A payout of a
   * worker who asked to restrict processing is not approved (409 {@code person_restricted});
   * rejecting or cancelling it stays possible.
   */
  private Future<StoredPayout> decide(Caller session, UUID id, PayoutTransition transition, String action,
      BiFunction<Caller, Payout, Payout> rule) {
    return context.pool().withTransaction(tx -> ActingUser.inTransaction(tx, session).compose(caller -> find(tx, id)
        .compose(stored -> transition != PayoutTransition.APPROVE ? Future.succeededFuture(stored)
            : restrictions.isRestricted(tx, stored.workerId()).map(restricted -> {
              Processing.PAYOUT_APPROVAL.refuse(restricted);
              return stored;
            }))
        .compose(stored -> {
      Payout before = stored.payout();
      Payout next = rule.apply(caller, before);
      return payouts.decide(tx, next, transition, before.version())
          .compose(won -> {
            if (!won) {
              throw transition == PayoutTransition.CANCEL
                  ? new Conflict(PayoutError.PAYOUT_CHANGED)
                  : new Conflict(PayoutError.PAYOUT_ALREADY_DECIDED, "Someone else decided this payout first.");
            }
            return reread(tx, id);
          })
          .compose(after -> context.audit().append(tx, event(caller, action, before, after.payout())).map(seq -> after));
    })));
  }

  private Future<StoredPayout> find(SqlClient db, UUID id) {
    return payouts.findById(db, id).map(found -> found.orElseThrow(PayoutService::notFound));
  }

  private Future<StoredPayout> reread(SqlClient tx, UUID id) {
    return payouts.findById(tx, id).map(Optional::orElseThrow);
  }

  static AuditEvent event(Caller caller, String action, Payout before, Payout after) {
    return new AuditEvent(caller.userId(), caller.role().name(), action, "payout", after.id().toString(),
        before == null ? null : PayoutJson.audit(before), PayoutJson.audit(after));
  }

  static NotFound notFound() {
    return new NotFound(PayoutError.PAYOUT_NOT_FOUND);
  }
}
