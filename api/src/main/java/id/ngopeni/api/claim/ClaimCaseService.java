package id.ngopeni.api.claim;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.calendar.ClockReading;
import id.ngopeni.domain.claim.BpjsAnswer;
import id.ngopeni.domain.claim.BpjsAnswerRules;
import id.ngopeni.domain.claim.BpjsOutcome;
import id.ngopeni.domain.claim.CaseClocks;
import id.ngopeni.domain.claim.Claim;
import id.ngopeni.domain.claim.ClaimStatus;
import id.ngopeni.domain.claim.ClaimType;
import id.ngopeni.domain.claim.FollowUpResolution;
import id.ngopeni.domain.claim.HandOver;
import id.ngopeni.domain.claim.PaymentCheck;
import id.ngopeni.domain.heir.Heir;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.ClaimError;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.claim.ClaimCaseRepository;
import id.ngopeni.persistence.claim.ClaimFactsRepository;
import id.ngopeni.persistence.claim.StoredAnswer;
import id.ngopeni.persistence.claim.StoredClaim;
import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Following a case with BPJS: the accident report, the hand-over of the complete file, BPJS's
 * answer checked against the expected entitlement, and the queues of overdue and flagged cases.
 */
public record ClaimCaseService(AppContext context, ClaimCaseRepository cases, ClaimFactsRepository facts,
    ClaimAccess access, ClaimCases views, ClaimReads reads) {
  /** At most this many open cases are read to find the overdue ones. */
  static final int OPEN_CASES_READ = 2000;

  /** BPJS's answer as sent; fields are null when missing or of the wrong type. */
  public record AnswerRequest(BpjsOutcome outcome, LocalDate answeredOn, Long amount, List<BpjsAnswer.PaidLine> lines,
      UUID paidToHeirId, String paidToName, String reason, String reference) {}

  /** A case with a clock past its deadline. */
  public record OverdueCase(StoredClaim claim, List<ClockReading> clocks) {}

  /** VERIFIED (complete) → HANDED_OVER; BPJS's payment clock starts on {@code handOver.handedOverOn()}. */
  public Future<CaseView> handOver(Caller caller, UUID id, HandOver handOver, Violations violations) {
    Instant now = context.clock().instant();
    return context.pool().withTransaction(tx -> access.locked(tx, caller, id).compose(stored -> {
      HandOver.checkDate(violations, handOver.handedOverOn(), stored.claim().incidentDate(),
          Jakarta.today(context.clock()));
      violations.throwIfAny();
      Claim next = stored.claim().handOver(now);
      return cases.handOver(tx, next, stored.claim().version(), handOver, caller.userId())
          .compose(moved -> reread(tx, caller, id, moved))
          .compose(after -> context.audit().append(tx, event(caller, "claim.handed_over", stored,
                  ClaimJson.audit(after.claim()).put("handedOverOn", handOver.handedOverOn().toString())
                      .put("bpjsBranch", handOver.branch()).put("bpjsCaseNumber", handOver.caseNumber())))
              .compose(seq -> views.view(tx, after)));
    }));
  }

  /**
   * Records BPJS's answer and checks everything BPJS paid so far against the expected
   * entitlement: a shortfall or a payment to a lower heir class flags the case for follow-up.
   */
  public Future<CaseView> answer(Caller caller, UUID id, AnswerRequest request, Violations violations) {
    Instant now = context.clock().instant();
    return context.pool().withTransaction(tx -> access.locked(tx, caller, id).compose(stored -> {
      if (request.outcome() != null) {
        stored.claim().answer(request.outcome(), now);
      }
      return cases.answers(tx, id).compose(before -> facts.heirs(tx, stored.claim().workerId()).compose(heirs -> {
        Heir heir = payee(request, heirs, violations);
        Rupiah paidBefore = before.stream().map(a -> a.answer().amount()).reduce(Rupiah.ZERO, Rupiah::plus);
        BpjsAnswerRules.check(violations, request.outcome(), request.amount(), request.lines(),
            request.paidToHeirId() != null || request.paidToName() != null, request.reason(), request.answeredOn(), stored.entitlement(),
            paidBefore, handedOverOn(stored), Jakarta.today(context.clock()));
        violations.throwIfAny();
        BpjsAnswer answer = toAnswer(request, heir);
        Claim next = stored.claim().answer(answer.outcome(), now);
        List<BpjsAnswer> all = new java.util.ArrayList<>(before.stream().map(StoredAnswer::answer).toList());
        all.add(answer);
        PaymentCheck check = PaymentCheck.of(stored.claim().type(), stored.entitlement(), all,
            ClaimCases.relationships(heirs));
        return cases.insertAnswer(tx, Ids.newId(), id, answer, caller.userId())
            .compose(v -> cases.answered(tx, next, stored.claim().version(), check.paidTotal(), check.followUp(),
                caller.userId()))
            .compose(moved -> reread(tx, caller, id, moved))
            .compose(after -> context.audit().append(tx, event(caller, "claim.bpjs_answered", stored,
                    ClaimJson.audit(after.claim()).put("outcome", answer.outcome().name())
                        .put("amount", answer.amount().amount()).put("paidTotal", check.paidTotal().amount())
                        .put("followUp", check.followUp().stream().map(Enum::name).sorted().toList())
                        .put("payeeHeirId", answer.payeeHeirId() == null ? null : answer.payeeHeirId().toString())))
                .compose(seq -> views.view(tx, after)));
      }));
    }));
  }

  /**
   * Closes a flagged case's open follow-up with its outcome and reason; /claims/flagged no longer
   * lists it until a later BPJS answer flags it again.
   */
  public Future<CaseView> resolveFollowUp(Caller caller, UUID id, FollowUpResolution.Outcome outcome, String reason,
      Violations violations) {
    violations.throwIfAny();
    Instant now = context.clock().instant();
    return context.pool().withTransaction(tx -> access.locked(tx, caller, id).compose(stored -> {
      var progress = stored.progress();
      FollowUpResolution resolution = FollowUpResolution.close(progress.followUp(), progress.resolution() != null,
          outcome, reason, caller.userId(), now);
      return cases.resolveFollowUp(tx, Ids.newId(), id, stored.claim().version(), resolution)
          .compose(moved -> reread(tx, caller, id, moved))
          .compose(after -> context.audit().append(tx, event(caller, "claim.follow_up_resolved", stored,
                  ClaimJson.audit(after.claim()).put("outcome", outcome.name()).put("reason", resolution.reason())
                      .put("flags", resolution.flags().stream().map(Enum::name).sorted().toList())))
              .compose(seq -> views.view(tx, after)));
    }));
  }

  /** Records when a JKK accident was reported to BPJS; the 2 × 24 hour clock stops there. */
  public Future<CaseView> reportAccident(Caller caller, UUID id, Instant reportedAt, Violations violations) {
    return context.pool().withTransaction(tx -> access.locked(tx, caller, id).compose(stored -> {
      Claim claim = stored.claim();
      if (claim.type().program() != Program.JKK) {
        throw new Conflict(ClaimError.ACCIDENT_REPORT_NOT_JKK);
      }
      if (claim.status().isClosed()) {
        throw new Conflict(ClaimError.CLAIM_CLOSED);
      }
      if (stored.progress().accidentReportedAt() != null) {
        throw new Conflict(ClaimError.ACCIDENT_ALREADY_REPORTED);
      }
      if (reportedAt != null) {
        if (reportedAt.isAfter(context.clock().instant())) {
          violations.add("reportedAt", ClaimError.DATE_IN_FUTURE);
        } else if (reportedAt.atZone(Jakarta.ZONE).toLocalDate().isBefore(claim.incidentDate())) {
          violations.add("reportedAt", ClaimError.DATE_BEFORE_INCIDENT);
        }
      }
      violations.throwIfAny();
      return cases.accidentReported(tx, id, claim.version(), reportedAt, caller.userId())
          .compose(moved -> reread(tx, caller, id, moved))
          .compose(after -> context.audit().append(tx, event(caller, "claim.accident_reported", stored,
                  ClaimJson.audit(after.claim()).put("accidentReportedAt", reportedAt.toString())))
              .compose(seq -> views.view(tx, after)));
    }));
  }

  /** The caller's cases with a clock past its deadline, the longest overdue first; on record as one search. */
  public Future<List<OverdueCase>> overdue(Reader who, int limit) {
    Caller caller = who.caller();
    List<String> area = caller.role().isAreaScoped() ? caller.kelurahanCodes() : null;
    List<String> accidentTypes = EnumSet.allOf(ClaimType.class).stream()
        .filter(t -> t.program() == Program.JKK).map(Enum::name).toList();
    EnumSet<ClaimStatus> reportable = EnumSet.allOf(ClaimStatus.class);
    reportable.removeIf(ClaimStatus::isClosed);
    return context.replicas().read(context.pool(), db -> cases.openCases(db, EnumSet.of(ClaimStatus.HANDED_OVER),
            accidentTypes, reportable, area, OPEN_CASES_READ)
        .compose(open -> views.clockInputs(db, Jakarta.today(context.clock()).getYear() - 6).map(inputs -> open.stream()
            .map(c -> new OverdueCase(c, ClaimCases.clocks(c, null, inputs)))
            .filter(o -> CaseClocks.anyOverdue(o.clocks()))
            .sorted(Comparator.comparing(ClaimCaseService::earliestDue).thenComparing(o -> o.claim().id()))
            .limit(limit)
            .toList())))
        .compose(list -> reads.listed(who, list.stream().map(OverdueCase::claim).toList(), list));
  }

  /**
   * The caller's cases with an open follow-up (shortfall, payment to a lower heir class), newest
   * first; a case whose follow-up was closed is not listed. The page is on record as one search.
   */
  public Future<Slice<StoredClaim>> flagged(Reader who, UUID before, int limit) {
    List<String> area = who.caller().role().isAreaScoped() ? who.caller().kelurahanCodes() : null;
    return context.replicas().read(context.pool(), db -> cases.flagged(db, area, before, limit))
        .compose(slice -> reads.listed(who, slice.items(), slice));
  }

  private static LocalDate handedOverOn(StoredClaim stored) {
    return stored.progress().handOver() == null ? null : stored.progress().handOver().handedOverOn();
  }

  private static LocalDate earliestDue(OverdueCase o) {
    return o.clocks().stream().filter(c -> c.state().isOverdue()).map(ClockReading::dueOn)
        .min(Comparator.naturalOrder()).orElse(LocalDate.MAX);
  }

  private Future<StoredClaim> reread(io.vertx.sqlclient.SqlClient tx, Caller caller, UUID id, boolean moved) {
    if (!moved) {
      throw new Conflict(ClaimError.CLAIM_CHANGED);
    }
    return access.visible(tx, caller, id);
  }

  /** The registered heir BPJS paid, when the request names one; a name alone is kept as given. */
  private static Heir payee(AnswerRequest request, List<Heir> heirs, Violations violations) {
    if (request.paidToHeirId() == null) {
      return null;
    }
    Heir heir = heirs.stream().filter(h -> h.id().equals(request.paidToHeirId())).findFirst().orElse(null);
    if (heir == null) {
      violations.add("paidToHeirId", ClaimError.PAYEE_NOT_HEIR);
    }
    return heir;
  }

  private static BpjsAnswer toAnswer(AnswerRequest r, Heir heir) {
    boolean refused = r.outcome() == BpjsOutcome.REFUSED;
    String name = refused ? null : heir != null ? heir.fullName() : r.paidToName().strip();
    return new BpjsAnswer(r.outcome(), r.answeredOn(), refused ? Rupiah.ZERO : Rupiah.of(r.amount()), r.lines(),
        refused || heir == null ? null : heir.id(), name, refused || heir == null ? null : heir.relationship(),
        r.reason() == null || r.reason().isBlank() ? null : r.reason().strip(),
        r.reference() == null || r.reference().isBlank() ? null : r.reference().strip());
  }

  private static AuditEvent event(Caller caller, String action, StoredClaim before, JsonObject after) {
    return new AuditEvent(caller.userId(), caller.role().name(), action, "claim", before.id().toString(),
        ClaimJson.audit(before.claim()), after);
  }
}
