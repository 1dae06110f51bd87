package id.ngopeni.api.decree;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.decree.DecreeRules;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.privacy.ReadKind;
import id.ngopeni.domain.problem.DecreeError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.decree.DecreeMember;
import id.ngopeni.persistence.decree.DecreeRepository;
import id.ngopeni.persistence.decree.NewDecree;
import id.ngopeni.persistence.decree.ReverificationRepository;
import id.ngopeni.persistence.decree.StoredDecree;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import id.ngopeni.persistence.subject.RestrictionRepository;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Recipient decrees: making one (its cohort filled in the same transaction, from the source's
 * active memberships or from a re-verification of last year's decree), reading them, and the
 * audited exception that lets one worker be enrolled outside the cohort. A cohort's page and its
 * signed list name people: each is on record in the access log (a search, an export).
 */
public record DecreeService(AppContext context, DecreeRepository decrees, ReverificationRepository reverifications,
    RestrictionRepository restrictions, ReadRecorder recorder) {
  /** Where a new decree's cohort comes from. */
  enum Basis { ACTIVE_MEMBERSHIPS, REVERIFIED }

  /** A decree's header as the request gives it. */
  record Header(FundingSource fundingSource, Integer year, String number, LocalDate decreeDate, String earmarkRule,
      Basis basis, UUID reverificationId) {}


  Future<StoredDecree> create(Caller caller, Header h, Violations v) {
    DecreeRules.checkHeader(h.number(), h.decreeDate(), h.year(), h.earmarkRule(), Jakarta.today(context.clock()), v);
    if (h.basis() == Basis.REVERIFIED && h.reverificationId() == null && !v.has("reverificationId")) {
      v.add("reverificationId", DecreeError.DECREE_BASIS_INVALID, "A cohort carried over names its re-verification.");
    }
    if (h.basis() == Basis.ACTIVE_MEMBERSHIPS && h.reverificationId() != null) {
      v.add("reverificationId", DecreeError.DECREE_BASIS_INVALID, "Only a cohort carried over names a re-verification.");
    }
    v.throwIfAny();
    UUID id = Ids.newId();
    NewDecree d = new NewDecree(id, h.fundingSource().name(), h.year(), h.number().strip(), h.decreeDate(),
        blankToNull(h.earmarkRule()), h.basis().name(), h.reverificationId(), caller.userId());
    return context.pool().withTransaction(tx -> checkBasis(tx, h)
        .compose(ok -> decrees.insert(tx, d))
        .compose(ok -> h.basis() == Basis.REVERIFIED ? decrees.fillFromReverification(tx, id, h.reverificationId())
            : decrees.fillFromMemberships(tx, id, d.fundingSource()))
        .compose(count -> find(tx, id))
        .compose(stored -> context.audit().append(tx, new AuditEvent(caller.userId(), caller.role().name(),
            "decree.created", "decree", id.toString(), null, DecreeJson.decree(stored))).map(seq -> stored)));
  }

  /** A carried-over cohort must come from a re-verification of this source's decree for the year before. */
  private Future<Void> checkBasis(SqlClient tx, Header h) {
    if (h.basis() != Basis.REVERIFIED) {
      return Future.succeededFuture();
    }
    return reverifications.find(tx, h.reverificationId()).compose(run -> run.isEmpty()
        ? Future.failedFuture(Invalid.of("reverificationId", DecreeError.REVERIFICATION_MISMATCH,
            "No such re-verification."))
        : decrees.find(tx, run.get().decreeId()).map(before -> {
          StoredDecree last = before.orElseThrow();
          if (!last.fundingSource().equals(h.fundingSource().name()) || last.year() != h.year() - 1) {
            throw Invalid.of("reverificationId", DecreeError.REVERIFICATION_MISMATCH,
                "That re-verification is of the " + last.fundingSource() + " decree for " + last.year() + ".");
          }
          return null;
        }));
  }

  Future<List<StoredDecree>> list(FundingSource source, Integer year) {
    return decrees.list(context.pool(), source == null ? null : source.name(), year);
  }

  Future<StoredDecree> get(UUID id) {
    return find(context.pool(), id);
  }

  /** A page of the cohort, recorded as one search naming the people on it. */
  Future<Slice<DecreeMember>> members(Reader who, UUID id, UUID after, int limit) {
    return find(context.pool(), id).compose(d -> decrees.members(context.pool(), id, after, limit))
        .compose(page -> recorder.search(who, page.items(), DecreeMember::workerId, DecreeJson.SHOWN).map(page));
  }

  /**
   * The decree and its cohort, for the signed list ({@code extension}: the file's): people who
   * asked to restrict the processing of their data are left out and counted ({@code heldBack});
   * the people in it are recorded as an export of the file before it is made.
   */
  Future<Cohort> cohort(Reader who, UUID id, String extension) {
    return find(context.pool(), id).compose(d -> decrees.cohort(context.pool(), id)
        .compose(list -> restrictions.restrictedAmong(context.pool(), list.stream().map(DecreeMember::workerId).toList())
            .map(held -> new Cohort(d, list.stream().filter(m -> !held.contains(m.workerId())).toList(),
                (int) list.stream().filter(m -> held.contains(m.workerId())).count(), extension))))
        .compose(c -> recorder.record(who, ReadKind.EXPORT, c.members().stream().map(DecreeMember::workerId).toList(),
            DecreeJson.SHOWN, null, new JsonObject().put("export", c.fileName()).put("decreeId", id.toString())
                .put("heldBack", c.heldBack())).map(c));
  }

  /** A decree, every worker now in it that the list may carry, and how many restricted ones it holds back. */
  record Cohort(StoredDecree decree, List<DecreeMember> members, int heldBack, String extension) {
    /** The file's name: {@code sk-apbd-2026.xlsx}. */
    String fileName() {
      return "sk-" + decree.fundingSource().toLowerCase(java.util.Locale.ROOT) + "-" + decree.year() + "." + extension;
    }
  }

  /**
   * Lets one worker be enrolled under the decree's source although not in its cohort (say a
   * court order, or a decree amendment still being signed): recorded with its reason and audited.
   * A second exception for the same worker keeps the first.
   */
  Future<JsonObject> except(Caller caller, UUID decreeId, UUID workerId, String reason) {
    return context.pool().withTransaction(tx -> find(tx, decreeId)
        .compose(d -> decrees.workerKelurahan(tx, workerId))
        .compose(kelurahan -> {
          if (kelurahan.filter(caller::canSeeKelurahan).isEmpty()) {
            throw new NotFound(WorkerError.WORKER_NOT_FOUND);
          }
          return decrees.addException(tx, decreeId, workerId, reason, caller.userId());
        })
        .compose(created -> {
          JsonObject after = new JsonObject().put("decreeId", decreeId.toString()).put("workerId", workerId.toString())
              .put("reason", reason).put("created", created);
          return !created ? Future.succeededFuture(after)
              : context.audit().append(tx, new AuditEvent(caller.userId(), caller.role().name(), "decree.exception_granted",
                  "decree", decreeId.toString(), null, after)).map(seq -> after);
        }));
  }

  Future<Map<String, Boolean>> requirements() {
    return decrees.requirements(context.pool());
  }

  /** Switches whether the source pays only for its decree's cohort (once it has one for the year); audited. */
  Future<JsonObject> setRequirement(Caller caller, FundingSource source, boolean required) {
    return context.pool().withTransaction(tx -> decrees.setRequirement(tx, source.name(), required).compose(before -> {
      JsonObject after = DecreeJson.requirement(source.name(), required);
      return context.audit().append(tx, new AuditEvent(caller.userId(), caller.role().name(), "decree.requirement_set",
          "funding_source", source.name(), DecreeJson.requirement(source.name(), before.orElseThrow()), after))
          .map(seq -> after);
    }));
  }

  private Future<StoredDecree> find(SqlClient db, UUID id) {
    return decrees.find(db, id).map(found -> found.orElseThrow(DecreeService::notFound));
  }

  static NotFound notFound() {
    return new NotFound(DecreeError.DECREE_NOT_FOUND);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
