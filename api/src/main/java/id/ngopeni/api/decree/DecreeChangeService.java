package id.ngopeni.api.decree;

import id.ngopeni.api.auth.ActingUser;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.decree.ChangeKind;
import id.ngopeni.domain.decree.ChangeReason;
import id.ngopeni.domain.decree.ChangeStatus;
import id.ngopeni.domain.decree.DecreeChange;
import id.ngopeni.domain.decree.DecreeRules;
import id.ngopeni.domain.privacy.ReadKind;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.DecreeError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.decree.DecreeChangeRepository;
import id.ngopeni.persistence.decree.DecreeRepository;
import id.ngopeni.persistence.decree.StoredChange;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Additions to and removals from a decree's cohort during the year, under four eyes: a maker
 * proposes (with a reason from the fixed list), somebody else, an APPROVER, decides. The cohort
 * changes only in the approving transaction; of concurrent decisions exactly one wins (the
 * conditional update), the others hear 409. A change names its worker: reading one is on record in
 * the access log as a detail view, a page of them as one search.
 */
public record DecreeChangeService(AppContext context, DecreeRepository decrees, DecreeChangeRepository changes,
    ReadRecorder recorder) {
  Future<StoredChange> propose(Caller caller, UUID decreeId, UUID workerId, ChangeReason reason, String note) {
    Instant now = context.clock().instant();
    DecreeChange change = DecreeChange.propose(Ids.newId(), decreeId, workerId, reason, note, caller.userId(), now);
    return context.pool().withTransaction(tx -> decrees.find(tx, decreeId)
        .map(found -> found.orElseThrow(DecreeService::notFound))
        .compose(d -> {
          if (DecreeRules.isClosed(d.year(), Jakarta.today(context.clock()))) {
            throw Invalid.of("decreeId", DecreeError.DECREE_YEAR_CLOSED);
          }
          return decrees.workerKelurahan(tx, workerId);
        })
        .compose(kelurahan -> {
          if (kelurahan.filter(caller::canSeeKelurahan).isEmpty()) {
            throw new NotFound(WorkerError.WORKER_NOT_FOUND);
          }
          return decrees.isMember(tx, decreeId, workerId);
        })
        .compose(member -> {
          checkMembership(change.kind(), member);
          return changes.insert(tx, change);
        })
        .compose(v -> reread(tx, change.id()))
        .compose(saved -> context.audit().append(tx, event(caller, "decree_change.proposed", null, saved.change()))
            .map(seq -> saved)));
  }

  /** An addition needs a worker not in the cohort, a removal one in it. */
  private static void checkMembership(ChangeKind kind, boolean member) {
    if (kind == ChangeKind.ADD && member) {
      throw Invalid.of("workerId", DecreeError.DECREE_MEMBER_EXISTS);
    }
    if (kind == ChangeKind.REMOVE && !member) {
      throw Invalid.of("workerId", DecreeError.DECREE_MEMBER_MISSING);
    }
  }

  Future<StoredChange> approve(Caller session, UUID id) {
    Instant now = context.clock().instant();
    return decide(session, id, "decree_change.approved", (caller, c) -> c.approve(caller.userId(), caller.role(), now));
  }

  Future<StoredChange> reject(Caller session, UUID id, String why) {
    Instant now = context.clock().instant();
    return decide(session, id, "decree_change.rejected", (caller, c) -> c.reject(caller.userId(), caller.role(), why, now));
  }

  /**
   * The domain refuses the maker (whatever their role), any role but APPROVER, and a decided
   * change; the conditional update lets one of concurrent deciders through; an approval then
   * changes the cohort in the same transaction.
   */
  private Future<StoredChange> decide(Caller session, UUID id, String action,
      BiFunction<Caller, DecreeChange, DecreeChange> rule) {
    return context.pool().withTransaction(tx -> ActingUser.inTransaction(tx, session).compose(caller -> find(tx, id)
        .compose(stored -> {
          DecreeChange before = stored.change();
          DecreeChange next = rule.apply(caller, before);
          return changes.decide(tx, next, before.version())
              .compose(won -> {
                if (!won) {
                  throw new Conflict(DecreeError.DECREE_CHANGE_ALREADY_DECIDED, "Someone else decided this change first.");
                }
                return next.status() == ChangeStatus.APPROVED ? apply(tx, next) : Future.succeededFuture();
              })
              .compose(v -> reread(tx, id))
              .compose(after -> context.audit().append(tx, event(caller, action, before, after.change())).map(seq -> after));
        })));
  }

  private Future<Void> apply(SqlClient tx, DecreeChange c) {
    Future<Boolean> applied = c.kind() == ChangeKind.ADD
        ? decrees.addMember(tx, c.decreeId(), c.workerId(), c.id())
        : decrees.removeMember(tx, c.decreeId(), c.workerId(), c.id());
    return applied.map(done -> {
      if (!done) {
        checkMembership(c.kind(), c.kind() == ChangeKind.ADD);
      }
      return null;
    });
  }

  Future<StoredChange> get(Reader who, UUID id) {
    return find(context.pool(), id).compose(c -> recorder.record(who, ReadKind.DETAIL, List.of(c.change().workerId()),
        DecreeJson.SHOWN, null, null).map(c));
  }

  /** Changes newest first; a role bound to kelurahan sees its workers' only. */
  Future<Slice<StoredChange>> list(Reader who, ChangeStatus status, UUID decreeId, UUID before, int limit) {
    Caller caller = who.caller();
    return changes.list(context.pool(), status, decreeId,
        caller.role().isAreaScoped() ? caller.kelurahanCodes() : null, before, limit)
        .compose(page -> recorder.search(who, page.items(), c -> c.change().workerId(), DecreeJson.SHOWN).map(page));
  }

  private Future<StoredChange> find(SqlClient db, UUID id) {
    return changes.find(db, id).map(found -> found.orElseThrow(DecreeChangeService::notFound));
  }

  private Future<StoredChange> reread(SqlClient tx, UUID id) {
    return changes.find(tx, id).map(Optional::orElseThrow);
  }

  static NotFound notFound() {
    return new NotFound(DecreeError.DECREE_CHANGE_NOT_FOUND);
  }

  private static AuditEvent event(Caller caller, String action, DecreeChange before, DecreeChange after) {
    return new AuditEvent(caller.userId(), caller.role().name(), action, "decree_change", after.id().toString(),
        before == null ? null : DecreeJson.audit(before), DecreeJson.audit(after));
  }
}
