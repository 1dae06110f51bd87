package id.ngopeni.api.payout;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.auth.ActingUser;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.claim.ClaimAccess;
import id.ngopeni.domain.heir.Heir;
import id.ngopeni.domain.heir.HeirRules;
import id.ngopeni.domain.payout.Payout;
import id.ngopeni.domain.payout.PayoutRequest;
import id.ngopeni.domain.payout.PayoutRules;
import id.ngopeni.domain.payout.PayoutStatus;
import id.ngopeni.domain.payout.PayoutTransition;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.PayoutError;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.claim.ClaimFactsRepository;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.payout.PayoutRepository;
import id.ngopeni.persistence.payout.StoredPayout;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/** Maker–checker: an OPERATOR makes a payout, somebody else (an APPROVER) decides it. */
public final class PayoutService {
  private final Pool pool;
  private final Clock clock;
  private final AuditLog audit;
  private final PayoutRepository payouts;
  private final ClaimFactsRepository facts;
  private final ClaimAccess claims;

  public PayoutService(AppContext context, PayoutRepository payouts, ClaimFactsRepository facts, ClaimAccess claims) {
    this.pool = context.pool();
    this.clock = context.clock();
    this.audit = context.audit();
    this.payouts = payouts;
    this.facts = facts;
    this.claims = claims;
  }

  /**
   * Creates a PENDING_APPROVAL payout. The claim row is locked from reading the existing
   * payouts until the new one is inserted, so two makers can never both spend what is left.
   * A beneficiary below the highest heir class registered is refused with 422 (it is the
   * request that is wrong, not the state of the claim).
   */
  public Future<StoredPayout> create(Caller session, UUID claimId, PayoutRequest request) {
    Instant now = clock.instant();
    return pool.withTransaction(tx -> ActingUser.inTransaction(tx, session, Role.OPERATOR).compose(caller -> claims.locked(tx, caller, claimId)
        .compose(claim -> payouts.ofClaim(tx, claimId)
            .compose(existing -> facts.heirs(tx, claim.claim().workerId())
                .compose(heirs -> {
                  Payout payout = make(
                      () -> PayoutRules.create(request, claim.claim(), claim.entitlement(), existing, heirs,
                          caller.userId(), now));
                  Heir heir = HeirRules.find(payout.heirId(), heirs);
                  return payouts.insert(tx, payout, heir.fullName(), heir.relationship())
                      .compose(v -> reread(tx, payout.id()))
                      .compose(saved -> audit.append(tx, event(caller, "payout.created", null, saved.payout()))
                          .map(seq -> saved));
                })))));
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
    Instant now = clock.instant();
    return decide(session, id, PayoutTransition.APPROVE, "payout.approved",
        (caller, p) -> p.approve(caller.userId(), caller.role(), now));
  }

  public Future<StoredPayout> reject(Caller session, UUID id, String reason) {
    Instant now = clock.instant();
    return decide(session, id, PayoutTransition.REJECT, "payout.rejected",
        (caller, p) -> p.reject(caller.userId(), caller.role(), reason, now));
  }

  /**
   * FAILED → CANCELLED: the transfer will not be retried, which frees its share of the
   * entitlement for a new payout (one that goes through approval again).
   */
  public Future<StoredPayout> cancel(Caller session, UUID id, String reason) {
    Instant now = clock.instant();
    return decide(session, id, PayoutTransition.CANCEL, "payout.cancelled",
        (caller, p) -> p.cancel(caller.userId(), caller.role(), reason, now));
  }

  /**
   * FAILED → PENDING_APPROVAL: the transfer is to be tried again, after a new approval by
   * somebody other than its maker; there is no way from FAILED into a batch without one.
   */
  public Future<StoredPayout> retry(Caller caller, UUID id) {
    return pool.withTransaction(tx -> find(tx, id).compose(stored -> {
      Payout before = stored.payout();
      Payout next = before.retry(caller.role());
      return payouts.retry(tx, next, before.version())
          .compose(won -> {
            if (!won) {
              throw new Conflict(PayoutError.PAYOUT_CHANGED);
            }
            return reread(tx, id);
          })
          .compose(after -> audit.append(tx, event(caller, "payout.retried", before, after.payout())).map(seq -> after));
    }));
  }

  /**
   * The domain refuses the creator (whatever their role), other roles, and decided payouts;
   * the conditional update then lets exactly one of any number of concurrent deciders through.
   * The decider's role is the one stored now ({@link ActingUser}), not the token's.
   */
  private Future<StoredPayout> decide(Caller session, UUID id, PayoutTransition transition, String action,
      BiFunction<Caller, Payout, Payout> rule) {
    return pool.withTransaction(tx -> ActingUser.inTransaction(tx, session).compose(caller -> find(tx, id).compose(stored -> {
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
          .compose(after -> audit.append(tx, event(caller, action, before, after.payout())).map(seq -> after));
    })));
  }

  /** Whether a claim's payouts still hold part of its entitlement. */
  public Future<Boolean> holdEntitlement(SqlClient tx, UUID claimId) {
    return payouts.ofClaim(tx, claimId).map(existing -> existing.stream().anyMatch(p -> p.status().holdsEntitlement()));
  }

  public Future<StoredPayout> get(UUID id) {
    return find(pool, id);
  }

  public Future<Slice<StoredPayout>> list(PayoutStatus status, UUID claimId, UUID before, int limit) {
    return payouts.list(pool, status, claimId, before, limit);
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
