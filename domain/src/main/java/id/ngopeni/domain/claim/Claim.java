package id.ngopeni.domain.claim;

import id.ngopeni.domain.Components;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.problem.ClaimError;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A claim and its state machine. Each transition returns the next version of the claim or
 * throws a typed refusal; persistence writes it with {@code WHERE status IN
 * (ClaimStatus.sourcesOf(next)) AND version = old}.
 *
 * @param rejectionReason why the claim was rejected; {@code null} unless REJECTED
 * @param decidedAt when its stage last changed (verified, rejected, handed over, answered)
 */
public record Claim(
    UUID id,
    UUID workerId,
    ClaimType type,
    LocalDate incidentDate,
    ClaimStatus status,
    String rejectionReason,
    Instant decidedAt,
    long version) {

  public Claim {
    Components.requireNonNull("id workerId type incidentDate status", id, workerId, type, incidentDate, status);
  }

  public static Claim submit(UUID id, UUID workerId, ClaimType type, LocalDate incidentDate) {
    return new Claim(id, workerId, type, incidentDate, ClaimStatus.SUBMITTED, null, null, 0);
  }

  /**
   * SUBMITTED → VERIFIED ("the file is complete"), when the claim is eligible and every required
   * document is there.
   *
   * @throws Conflict {@code claim_not_submitted} from any other status
   * @throws Invalid {@code claim_not_eligible} (one error per reason, field {@code eligibility})
   *     or {@code documents_missing} (one error per kind, field {@code documents.KIND}, code
   *     {@code document_missing}); an ineligible claim lists its missing documents too
   */
  public Claim verify(
      Eligibility eligibility, Set<DocumentKind> required, Set<DocumentKind> present, Instant now) {
    requireStatus(ClaimStatus.VERIFIED, ClaimError.CLAIM_NOT_SUBMITTED, "Only a submitted claim can be verified.");
    List<FieldError> errors = new ArrayList<>();
    for (Reason reason : eligibility.reasons()) {
      errors.add(new FieldError("eligibility", reason.errorCode(), reason.message()));
    }
    required.stream()
        .filter(kind -> !present.contains(kind))
        .sorted()
        .forEach(
            kind ->
                errors.add(
                    new FieldError(
                        "documents." + kind.name(),
                        ClaimError.DOCUMENT_MISSING,
                        "Document missing: " + kind.label() + " (" + kind.name() + ").")));
    if (!eligibility.eligible()) {
      throw new Invalid(ClaimError.CLAIM_NOT_ELIGIBLE, "The claim is not eligible.", errors);
    }
    if (!errors.isEmpty()) {
      throw new Invalid(ClaimError.DOCUMENTS_MISSING, "Required documents are missing.", errors);
    }
    return next(ClaimStatus.VERIFIED, null, now);
  }

  /**
   * SUBMITTED or VERIFIED → REJECTED.
   *
   * @throws Invalid {@code reason} / {@code reason_required} or {@code reason_too_long}
   * @throws Conflict {@code claim_already_decided} once decided or handed over to BPJS
   */
  public Claim reject(String reason, Instant now) {
    String why = DecisionReason.require(reason);
    requireStatus(ClaimStatus.REJECTED, ClaimError.CLAIM_ALREADY_DECIDED, "The claim was already decided or is with BPJS.");
    return next(ClaimStatus.REJECTED, why, now);
  }

  /**
   * VERIFIED (the file is complete) → HANDED_OVER: the file went to a BPJS branch.
   *
   * @throws Conflict {@code claim_not_complete} (property {@code field}: {@code status}) from
   *     any other stage: a file is handed over only once it is complete
   */
  public Claim handOver(Instant now) {
    if (!ClaimStatus.canTransition(status, ClaimStatus.HANDED_OVER)) {
      throw new Conflict(ClaimError.CLAIM_NOT_COMPLETE,
          "Only a complete (verified) file can be handed over to BPJS. It is " + status + ".", Map.of("field", "status"));
    }
    return next(ClaimStatus.HANDED_OVER, null, now);
  }

  /**
   * HANDED_OVER (or BPJS_PARTLY_PAID, for a further payment) → the stage of BPJS's answer.
   *
   * @throws Conflict {@code claim_not_handed_over} (property {@code field}: {@code status})
   */
  public Claim answer(BpjsOutcome outcome, Instant now) {
    if (!ClaimStatus.canTransition(status, outcome.stage())) {
      throw new Conflict(ClaimError.CLAIM_NOT_HANDED_OVER,
          "BPJS's answer " + outcome + " cannot be recorded on a case that is " + status + ".", Map.of("field", "status"));
    }
    return next(outcome.stage(), null, now);
  }

  private void requireStatus(ClaimStatus target, ErrorCode code, String detail) {
    if (!ClaimStatus.canTransition(status, target)) {
      throw new Conflict(code, detail + " It is " + status + ".");
    }
  }

  private Claim next(ClaimStatus to, String reason, Instant now) {
    return new Claim(id, workerId, type, incidentDate, to, reason, now, version + 1);
  }
}
