package id.ngopeni.domain.problem;

import static id.ngopeni.domain.problem.ErrorKind.FIELD;
import static id.ngopeni.domain.problem.ErrorKind.PROBLEM;

/** Error codes of payouts, batches and reconciliation (payout, bank); part of the catalogue ({@link ErrorCode}). */
public enum PayoutError implements ErrorCode {
  PAYOUT_NOT_FOUND("payout_not_found", 404, "No such payout.", PROBLEM),
  BATCH_NOT_FOUND("batch_not_found", 404, "No such payout batch.", PROBLEM),
  CLAIM_NOT_VERIFIED("claim_not_verified", 409, "Payouts can only be made for a verified claim.", PROBLEM),
  ENTITLEMENT_EXHAUSTED("entitlement_exhausted", 409,
      "Nothing is left of the entitlement: every rupiah is in a payout.", PROBLEM),
  SELF_APPROVAL_FORBIDDEN("self_approval_forbidden", 403,
      "Nobody may decide on a payout they created themselves.", PROBLEM),
  PAYOUT_ALREADY_DECIDED("payout_already_decided", 409, "The payout was already decided.", PROBLEM),
  PAYOUT_CHANGED("payout_changed", 409, "Someone else changed this payout first.", PROBLEM),
  PAYOUT_NOT_FAILED("payout_not_failed", 409, "Only a failed payout can be cancelled or tried again.", PROBLEM),
  PAYOUT_NOT_BATCHED("payout_not_batched", 409, "Only a payout in a disbursement batch can be reconciled.", PROBLEM),
  PAYOUT_IN_OPEN_BATCH("payout_in_open_batch", 409, "A payout is already in an open batch.", PROBLEM),
  NOTHING_TO_BATCH("nothing_to_batch", 409, "No approved payout is waiting for a batch.", PROBLEM),
  BATCH_ALREADY_RECONCILED("batch_already_reconciled", 409,
      "Every transfer in this batch already has the bank's answer.", PROBLEM),
  RECONCILIATION_CONFLICT("reconciliation_conflict", 409, "The batch changed while it was being reconciled.", PROBLEM),
  RECONCILIATION_REJECTED("reconciliation_rejected", 422, "Nothing was applied: some rows are wrong.", PROBLEM),
  ENCODING_INVALID("encoding_invalid", 400, "The file must be UTF-8.", PROBLEM),
  HEIR_REQUIRED("heir_required", 422, "Choose the beneficiary heir.", FIELD),
  BANK_UNKNOWN("bank_unknown", 422, "Unknown bank code.", FIELD),
  ACCOUNT_NUMBER_INVALID("account_number_invalid", 422, "Not an account number of this bank; check its digits.", FIELD),
  ACCOUNT_NAME_INVALID("account_name_invalid", 422, "The account holder's name has 3 to 100 characters.", FIELD),
  AMOUNT_NOT_POSITIVE("amount_not_positive", 422, "The amount must be more than Rp0.", FIELD),
  AMOUNT_EXCEEDS_ENTITLEMENT("amount_exceeds_entitlement", 422,
      "The amount is more than what is left of the entitlement.", PROBLEM, FIELD),
  AMOUNT_EXCEEDS_TRANSFER_LIMIT("amount_exceeds_transfer_limit", 422,
      "The amount is above the BI-FAST limit per transfer; make several payouts.", PROBLEM, FIELD),
  PAYOUT_IDS_EMPTY("payout_ids_empty", 422, "Name at least one payout, or leave payoutIds out.", FIELD),
  PAYOUT_NOT_BATCHABLE("payout_not_batchable", 409,
      "Not an approved payout outside an open batch.", PROBLEM, FIELD),
  PAYOUT_UNKNOWN("payout_unknown", 422, "No such payout.", FIELD),
  PAYOUT_DUPLICATE("payout_duplicate", 422, "This payout appears more than once in the file.", FIELD),
  PAYOUT_NOT_IN_BATCH("payout_not_in_batch", 422, "This payout is not in this batch.", FIELD),
  PAYOUT_ALREADY_RECONCILED("payout_already_reconciled", 422,
      "The bank's answer for this payout was already recorded.", FIELD),
  PAYOUT_ID_INVALID("payout_id_invalid", 422, "Not a payout id.", FIELD),
  STATUS_INVALID("status_invalid", 422, "Must be PAID or FAILED.", FIELD),
  BANK_REFERENCE_REQUIRED("bank_reference_required", 422, "A paid transfer needs the bank's reference.", FIELD),
  BANK_REFERENCE_TOO_LONG("bank_reference_too_long", 422, "The bank reference has at most 100 characters.", FIELD),
  COLUMN_COUNT("column_count", 422, "Each row has as many columns as the header.", FIELD),
  TOO_MANY_ROWS("too_many_rows", 422, "Too many rows for one file.", FIELD),
  RECONCILER_IS_MAKER("reconciler_is_maker", 403,
      "The bank's answer is recorded by someone who neither made this batch nor any of its payouts.", PROBLEM),
  TRANSFER_REFERENCE_UNKNOWN("transfer_reference_unknown", 422, "No transfer of this batch has this reference.", FIELD),
  AMOUNT_MISMATCH("amount_mismatch", 422, "Not the amount sent under this transfer reference.", FIELD),
  PAYOUT_REFERENCE_MISMATCH("payout_reference_mismatch", 422,
      "This transfer reference belongs to another payout.", FIELD),
  TRANSFER_REFERENCE_REQUIRED("transfer_reference_required", 422, "Give the transfer reference of the transfer file.", FIELD),
  AMOUNT_INVALID("amount_invalid", 422, "A whole number of rupiah, digits only.", FIELD),
  ACCOUNT_NAME_CHARACTERS("account_name_characters", 422,
      "The account holder's name may hold letters, spaces and . ' - only, as the bank prints it.", FIELD);

  private final Spec spec;

  PayoutError(String code, int status, String message, ErrorKind first, ErrorKind... more) {
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
