package id.ngopeni.api.claim;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.claim.AccidentDetails;
import id.ngopeni.domain.claim.BenefitRules;
import id.ngopeni.domain.claim.Claim;
import id.ngopeni.domain.claim.ClaimStatus;
import id.ngopeni.domain.claim.ClaimType;
import id.ngopeni.domain.claim.CoverageFacts;
import id.ngopeni.domain.claim.DisabilityTable;
import id.ngopeni.domain.claim.DocumentKind;
import id.ngopeni.domain.claim.Eligibility;
import id.ngopeni.domain.claim.EligibilityRules;
import id.ngopeni.domain.claim.Entitlement;
import id.ngopeni.domain.claim.RequiredDocuments;
import id.ngopeni.domain.heir.Heir;
import id.ngopeni.domain.heir.HeirRelationship;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.ClaimError;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.claim.CaseProgress;
import id.ngopeni.persistence.claim.ClaimDocumentRepository;
import id.ngopeni.persistence.claim.ClaimFactsRepository;
import id.ngopeni.persistence.claim.ClaimRepository;
import id.ngopeni.persistence.claim.StoredClaim;
import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Filing, reading, verifying (the file is complete) and rejecting claims; one transaction per use
 * case. The hand-over to BPJS and BPJS's answer are {@link ClaimCaseService}'s.
 */
public record ClaimService(AppContext context, ClaimRepository claims, ClaimFactsRepository facts,
    ClaimDocumentRepository documents, ClaimAccess access, ClaimCases cases, ClaimReads reads) {
  static final int MAX_DESCRIPTION = 4000;

  /** A claim as the client filed it (fields may be null when the JSON was wrong). */
  public record NewClaim(
      UUID workerId, ClaimType type, LocalDate incidentDate, String description, Long medicalCosts,
      Boolean trafficAccident, AccidentDetails accident) {}

  /**
   * Files a claim with its eligibility, entitlement and required documents computed from the
   * membership in force on the incident date. The worker row is locked first, so "no second
   * death claim" is decided with every earlier death claim for this worker committed: a second
   * one is filed, but ineligible ({@code already_claimed_death}) and can never be verified.
   */
  public Future<CaseView> file(Caller caller, NewClaim request, Violations violations) {
    if (request.description() != null && request.description().strip().length() > MAX_DESCRIPTION) {
      violations.add("description", ClaimError.DESCRIPTION_TOO_LONG, "At most " + MAX_DESCRIPTION + " characters.");
    }
    if (request.type() == ClaimType.JKK_MEDICAL && request.medicalCosts() == null && !violations.has("medicalCosts")) {
      violations.add("medicalCosts", ClaimError.MEDICAL_COSTS_REQUIRED);
    }
    if (request.medicalCosts() != null && request.medicalCosts() <= 0) {
      violations.add("medicalCosts", ClaimError.MEDICAL_COSTS_NOT_POSITIVE);
    }
    if (request.type() != null) {
      AccidentDetails.check(violations, request.type(), request.accident(), request.incidentDate(), Jakarta.today(context.clock()));
    }
    violations.throwIfAny();
    AccidentDetails accident = request.type().hasAccidentDetails() ? request.accident() : null;
    UUID workerId = request.workerId();
    LocalDate incident = request.incidentDate();
    boolean traffic = Boolean.TRUE.equals(request.trafficAccident());
    Rupiah costs = request.type() == ClaimType.JKK_MEDICAL ? Rupiah.of(request.medicalCosts()) : null;
    return context.pool().withTransaction(tx -> facts.lockWorker(tx, workerId)
        .map(area -> area.filter(caller::canSeeKelurahan).orElseThrow(ClaimService::workerNotFound))
        .compose(area -> facts.coverageOn(tx, workerId, incident)
            .compose(coverage -> facts.deathClaimed(tx, workerId)
                .compose(deathClaimed -> facts.heirs(tx, workerId)
                    .compose(heirs -> {
                      Eligibility eligibility = EligibilityRules.eligibility(
                          request.type(), coverage.orElse(null), incident, Jakarta.today(context.clock()), deathClaimed);
                      Entitlement entitlement = entitlement(request.type(), coverage, incident, costs, accident);
                      Set<DocumentKind> required = RequiredDocuments.required(
                          request.type(), entitlement.total(), likelyBeneficiary(heirs), traffic);
                      Claim claim = Claim.submit(Ids.newId(), workerId, request.type(), incident);
                      StoredClaim stored = new StoredClaim(claim, area, null, request.description().strip(), costs, traffic,
                          eligibility, entitlement, List.copyOf(required), caller.userId(), null, null, CaseProgress.NONE,
                          accident, null);
                      return claims.insert(tx, stored)
                          .compose(v -> claims.findById(tx, claim.id()))
                          .map(Optional::orElseThrow)
                          .compose(saved -> context.audit().append(tx, event(caller, "claim.submitted", null, saved))
                              .compose(seq -> cases.view(tx, saved)));
                    })))));
  }

  /** The regulation's disability table, in its order: what a JKK_DISABILITY claim's findings name. */
  public List<DisabilityTable.Row> disabilityTable() {
    return List.copyOf(DisabilityTable.all().values());
  }

  /** One case, its view on record in the access log ({@link ClaimReads}). */
  public Future<CaseView> get(Reader who, UUID id) {
    return access.visible(context.pool(), who.caller(), id).compose(stored -> cases.view(context.pool(), stored))
        .compose(view -> reads.viewed(who, view));
  }

  /**
   * The caller's scope is always added to the filters, so a field officer asking for a worker
   * outside their kelurahan finds nothing, exactly as for a worker without claims. The page is
   * on record as one search.
   */
  public Future<Slice<StoredClaim>> list(Reader who, ClaimStatus status, ClaimType type, UUID workerId, String number,
      UUID before, int limit) {
    Caller caller = who.caller();
    List<String> area = caller.role().isAreaScoped() ? caller.kelurahanCodes() : null;
    return context.replicas().read(context.pool(), db -> claims.list(db, status, type, area, workerId, number, before, limit))
        .compose(slice -> reads.listed(who, slice.items(), slice));
  }

  /**
   * SUBMITTED → VERIFIED when eligible and every required document is there (422 naming each
   * missing one). The required list is computed again with the heirs registered now, since
   * a spouse registered after filing needs the marriage book.
   */
  public Future<CaseView> verify(Caller caller, UUID id) {
    Instant now = context.clock().instant();
    return context.pool().withTransaction(tx -> access.visible(tx, caller, id)
        .compose(stored -> documents.kindsPresent(tx, id)
            .compose(present -> facts.heirs(tx, stored.claim().workerId())
                .compose(heirs -> {
                  Set<DocumentKind> required = RequiredDocuments.required(stored.claim().type(),
                      stored.entitlement().total(), likelyBeneficiary(heirs), stored.trafficAccident());
                  Claim next = stored.claim().verify(stored.eligibility(), required, present, now);
                  return move(tx, caller, stored, next, "claim.verified", required)
                      .compose(after -> cases.view(tx, after));
                }))));
  }

  /**
   * SUBMITTED or VERIFIED → REJECTED: the office closes a case it will not hand over to BPJS
   * (a case with BPJS waits for BPJS's answer instead).
   */
  public Future<CaseView> reject(Caller caller, UUID id, String reason) {
    Instant now = context.clock().instant();
    return context.pool().withTransaction(tx -> access.locked(tx, caller, id)
        .compose(stored -> move(tx, caller, stored, stored.claim().reject(reason, now), "claim.rejected", null))
        .compose(after -> cases.view(tx, after)));
  }

  /** Writes a state change conditionally, re-reads it and audits it, in the caller's transaction. */
  Future<StoredClaim> move(SqlClient tx, Caller caller, StoredClaim before, Claim next, String action,
      Set<DocumentKind> required) {
    return claims.transition(tx, next, before.claim().version(), caller.userId(), required)
        .compose(moved -> {
          if (!moved) {
            throw new Conflict(ClaimError.CLAIM_CHANGED);
          }
          return claims.findById(tx, next.id());
        })
        .map(Optional::orElseThrow)
        .compose(after -> context.audit().append(tx, event(caller, action, before, after)).map(seq -> after));
  }

  private static Entitlement entitlement(ClaimType type, Optional<CoverageFacts> coverage, LocalDate incident, Rupiah costs,
      AccidentDetails accident) {
    // Without a membership there is no income or start date to compute a death, incapacity or
    // disability benefit from; medical costs depend on neither.
    if (coverage.isEmpty() && type.fromMembership()) {
      return Entitlement.none();
    }
    return BenefitRules.entitlement(type, coverage.orElse(null), incident, costs, accident);
  }

  /**
   * Who the benefit will most likely go to, for the document list: a registered spouse is
   * always of the first class, so with one the marriage book is asked for.
   */
  static HeirRelationship likelyBeneficiary(List<Heir> heirs) {
    return heirs.stream().anyMatch(h -> h.relationship() == HeirRelationship.SPOUSE) ? HeirRelationship.SPOUSE : null;
  }

  static AuditEvent event(Caller caller, String action, StoredClaim before, StoredClaim after) {
    JsonObject afterJson = ClaimJson.audit(after.claim())
        .put("eligible", after.eligibility().eligible())
        .put("entitlementTotal", after.entitlement().total().amount());
    return new AuditEvent(caller.userId(), caller.role().name(), action, "claim", after.id().toString(),
        before == null ? null : ClaimJson.audit(before.claim()), afterJson);
  }

  private static NotFound workerNotFound() {
    return new NotFound(WorkerError.WORKER_NOT_FOUND);
  }
}
