package id.ngopeni.domain.problem;

import static id.ngopeni.domain.problem.ErrorKind.FIELD;
import static id.ngopeni.domain.problem.ErrorKind.PROBLEM;
import static id.ngopeni.domain.problem.ErrorKind.REASON;

/** Error codes of claims, eligibility and documents (claim); part of the catalogue ({@link ErrorCode}). */
public enum ClaimError implements ErrorCode {
  CLAIM_NOT_FOUND("claim_not_found", 404, "No such claim.", PROBLEM),
  DOCUMENT_NOT_FOUND("document_not_found", 404, "No such document.", PROBLEM),
  DEATH_ALREADY_CLAIMED("death_already_claimed", 409, "A death claim for this worker already exists.", PROBLEM),
  CLAIM_CHANGED("claim_changed", 409, "The claim was changed by someone else at the same time; reload it.", PROBLEM),
  CLAIM_CLOSED("claim_closed", 409, "The claim is closed; it takes no more documents.", PROBLEM),
  CLAIM_HAS_PAYOUTS("claim_has_payouts", 409,
      "The claim has payouts that are pending, approved or paid; reject or cancel them first.", PROBLEM),
  CLAIM_NOT_SUBMITTED("claim_not_submitted", 409, "Only a submitted claim can be verified.", PROBLEM),
  CLAIM_ALREADY_DECIDED("claim_already_decided", 409, "The claim was already decided.", PROBLEM),
  CLAIM_NOT_ELIGIBLE("claim_not_eligible", 422, "The claim is not eligible.", PROBLEM),
  DOCUMENTS_MISSING("documents_missing", 422, "Required documents are missing.", PROBLEM),
  DOCUMENT_MISSING("document_missing", 422, "A required document has not been uploaded.", FIELD),
  FILE_TOO_LARGE("file_too_large", 413, "A document may be at most 10 MiB.", PROBLEM),
  FILE_TYPE_UNSUPPORTED("file_type_unsupported", 422, "PDF, JPEG or PNG only (recognised by the content).", FIELD),
  FILE_DUPLICATE("file_duplicate", 422, "Send exactly one file.", FIELD),
  DESCRIPTION_TOO_LONG("description_too_long", 422, "The description is too long.", FIELD),
  MEDICAL_COSTS_REQUIRED("medical_costs_required", 422,
      "A JKK medical-costs claim needs the amount of the medical costs.", FIELD),
  MEDICAL_COSTS_NOT_POSITIVE("medical_costs_not_positive", 422, "Medical costs must be more than Rp0.", FIELD),
  REASON_REQUIRED("reason_required", 422, "A reason is required.", FIELD),
  REASON_TOO_LONG("reason_too_long", 422, "The reason is too long.", FIELD),
  INCIDENT_IN_FUTURE("incident_in_future", 422, "The incident date lies in the future.", REASON),
  NO_ACTIVE_MEMBERSHIP("no_active_membership", 422, "There was no active membership on the incident date.", REASON),
  PROGRAM_NOT_COVERED("program_not_covered", 422,
      "The membership does not include the programme of this claim type.", REASON),
  ALREADY_CLAIMED_DEATH("already_claimed_death", 422, "A death claim for this worker has already been filed.", REASON),
  CLAIM_DEADLINE_PASSED("claim_deadline_passed", 422,
      "The right to claim has lapsed: the deadline after the incident has passed.", REASON);

  private final Spec spec;

  ClaimError(String code, int status, String message, ErrorKind first, ErrorKind... more) {
    this.spec = new Spec(code, status, message, first, more);
  }

  @Override
  public Spec spec() {
    return spec;
  }

  @Override
  public String toString() {
    return spec.code();
  }
}
