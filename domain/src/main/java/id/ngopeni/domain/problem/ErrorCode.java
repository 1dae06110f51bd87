package id.ngopeni.domain.problem;

import static id.ngopeni.domain.problem.ErrorKind.FIELD;
import static id.ngopeni.domain.problem.ErrorKind.IMPORT_FAILURE;
import static id.ngopeni.domain.problem.ErrorKind.PROBLEM;
import static id.ngopeni.domain.problem.ErrorKind.REASON;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every error code the server answers with: its wire name, the HTTP status of a problem carrying it,
 * one English message for call sites that add no specifics, and its kinds ({@link ErrorKind#prefix()}
 * names the console's translation key). Grouped by capability; a new code also goes into id.js and en.js.
 */
public enum ErrorCode {
  // Requests and protocol (api/http): every endpoint
  BAD_REQUEST("bad_request", 400, "The request is not valid.", PROBLEM),
  MALFORMED_JSON("malformed_json", 400, "The body is not valid JSON.", PROBLEM),
  JSON_OBJECT_EXPECTED("json_object_expected", 400, "The body must be a JSON object.", PROBLEM),
  JSON_ARRAY_EXPECTED("json_array_expected", 400, "The body must be a JSON array.", PROBLEM),
  BODY_REQUIRED("body_required", 400, "The request needs a body.", PROBLEM),
  UNAUTHENTICATED("unauthenticated", 401, "A valid access token is required.", PROBLEM),
  FORBIDDEN("forbidden", 403, "You may not do this.", PROBLEM),
  NOT_FOUND("not_found", 404, "There is nothing here.", PROBLEM),
  METHOD_NOT_ALLOWED("method_not_allowed", 405, "This resource does not accept that method.", PROBLEM),
  NOT_ACCEPTABLE("not_acceptable", 406, "The server cannot produce a response in the accepted media types.", PROBLEM),
  CONFLICT("conflict", 409, "The request clashes with the current state.", PROBLEM),
  VERSION_CONFLICT("version_conflict", 412, "Someone else changed this since you read it; reload and retry.", PROBLEM),
  BODY_TOO_LARGE("body_too_large", 413, "The body is larger than this endpoint accepts.", PROBLEM),
  UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", 415, "This media type is not accepted here.", PROBLEM),
  VALIDATION_FAILED("validation_failed", 422, "The request has invalid fields.", PROBLEM),
  IF_MATCH_REQUIRED("if_match_required", 428, "Send If-Match with the ETag you last read.", PROBLEM),
  TOO_MANY_REQUESTS("too_many_requests", 429, "Too many requests; try again later.", PROBLEM),
  INTERNAL_ERROR("internal_error", 500, "Something went wrong on our side.", PROBLEM),
  UNAVAILABLE("unavailable", 503, "The service is unavailable; try again shortly.", PROBLEM),
  DATABASE_UNAVAILABLE("database_unavailable", 503, "The database cannot be reached; try again shortly.", PROBLEM),
  IDEMPOTENCY_IN_PROGRESS("idempotency_in_progress", 409,
      "A request with this Idempotency-Key is still running.", PROBLEM),
  IDEMPOTENCY_KEY_INVALID("idempotency_key_invalid", 422,
      "The Idempotency-Key must be 1 to 255 visible ASCII characters.", FIELD),
  IDEMPOTENCY_KEY_REUSED("idempotency_key_reused", 422,
      "This Idempotency-Key was already used for a different request.", FIELD),
  REQUIRED("required", 422, "This field is required.", FIELD),
  TYPE_MISMATCH("type_mismatch", 422, "This value has the wrong type.", FIELD),
  UNKNOWN_FIELD("unknown_field", 422, "This field is not accepted here.", FIELD),
  UNKNOWN_PARAMETER("unknown_parameter", 422, "Unknown parameter.", FIELD),
  VALUE_UNKNOWN("value_unknown", 422, "Not one of the allowed values.", FIELD),
  UUID_INVALID("uuid_invalid", 422, "Must be a UUID.", FIELD),
  DATE_INVALID("date_invalid", 422, "Must be a date as YYYY-MM-DD.", FIELD),
  CURSOR_INVALID("cursor_invalid", 422, "Not a cursor from this list.", FIELD),
  LIMIT_INVALID("limit_invalid", 422, "The page size is out of range.", FIELD),
  TOO_LONG("too_long", 422, "This value is too long.", FIELD),
  NEGATIVE("negative", 422, "Must not be negative.", FIELD),
  NOT_POSITIVE("not_positive", 422, "Must be more than zero.", FIELD),
  IN_FUTURE("in_future", 422, "The date cannot lie in the future.", FIELD),

  // Sign-in and users (auth, user)
  INVALID_CREDENTIALS("invalid_credentials", 401, "The username or password is wrong.", PROBLEM),
  TOKEN_MISSING("token_missing", 401, "Send Authorization: Bearer <access token>.", PROBLEM),
  TOKEN_INVALID("token_invalid", 401, "The access token is missing, invalid or expired.", PROBLEM),
  REFRESH_TOKEN_MISSING("refresh_token_missing", 401, "Send the refresh token.", PROBLEM),
  REFRESH_TOKEN_INVALID("refresh_token_invalid", 401,
      "The refresh token is invalid, expired or already used.", PROBLEM),
  LOGIN_LOCKED("login_locked", 429, "Too many failed logins; try again later.", PROBLEM),
  ROLE_FORBIDDEN("role_forbidden", 403, "Your role may not do this.", PROBLEM),
  USER_NOT_FOUND("user_not_found", 404, "No such user.", PROBLEM),
  USERNAME_TAKEN("username_taken", 409, "That username is already taken.", PROBLEM),
  CANNOT_DEMOTE_SELF("cannot_demote_self", 403, "You cannot disable or demote your own account.", PROBLEM),
  USERNAME_INVALID("username_invalid", 422,
      "3 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit.", FIELD),
  PASSWORD_TOO_SHORT("password_too_short", 422, "The password is too short.", FIELD),
  PASSWORD_TOO_LONG("password_too_long", 422, "The password is too long.", FIELD),
  PASSWORD_CONTAINS_USERNAME("password_contains_username", 422, "The password must not contain the username.", FIELD),
  PASSWORD_TOO_COMMON("password_too_common", 422, "This password is too common; choose another.", FIELD),
  KELURAHAN_REQUIRED("kelurahan_required", 422, "A field officer needs at least one kelurahan.", FIELD),
  KELURAHAN_NOT_ALLOWED("kelurahan_not_allowed", 422, "Only field officers are limited to kelurahan.", FIELD),

  // Workers, NIK and heirs (worker, heir)
  WORKER_NOT_FOUND("worker_not_found", 404, "No such worker.", PROBLEM),
  DUPLICATE_NIK("duplicate_nik", 409, "A worker with this NIK is already registered.", PROBLEM),
  KELURAHAN_OUT_OF_SCOPE("kelurahan_out_of_scope", 403,
      "This kelurahan lies outside your assigned area.", PROBLEM, FIELD),
  NIK_REQUIRED("nik_required", 422, "The NIK is required.", FIELD),
  NIK_NOT_DIGITS("nik_not_digits", 422, "A NIK has digits only.", FIELD),
  NIK_LENGTH("nik_length", 422, "A NIK has 16 digits.", FIELD),
  NIK_PROVINCE_INVALID("nik_province_invalid", 422, "The province code in the NIK is unknown.", FIELD),
  NIK_REGENCY_INVALID("nik_regency_invalid", 422, "The regency/city code in the NIK cannot be 00.", FIELD),
  NIK_KECAMATAN_INVALID("nik_kecamatan_invalid", 422, "The kecamatan code in the NIK cannot be 00.", FIELD),
  NIK_BIRTH_DATE_INVALID("nik_birth_date_invalid", 422, "The birth date in the NIK is not a valid date.", FIELD),
  NIK_SERIAL_INVALID("nik_serial_invalid", 422, "The serial number in the NIK cannot be 0000.", FIELD),
  NIK_BIRTH_DATE_MISMATCH("nik_birth_date_mismatch", 422,
      "The birth date in the NIK differs from the birth date entered.", FIELD),
  NIK_SEX_MISMATCH("nik_sex_mismatch", 422, "The sex in the NIK differs from the one entered.", FIELD),
  NAME_INVALID("name_invalid", 422, "A name has 2 to 100 characters including letters.", FIELD),
  BIRTH_DATE_INVALID("birth_date_invalid", 422,
      "Not a valid birth date: write it as YYYY-MM-DD; a worker is 10 to 100 years old.", FIELD),
  BIRTH_DATE_IN_FUTURE("birth_date_in_future", 422, "The birth date lies in the future.", FIELD),
  SEX_INVALID("sex_invalid", 422, "Sex is M or F.", FIELD),
  PHONE_INVALID("phone_invalid", 422, "Phone: +62, 62 or 0, then 8 to 13 digits.", FIELD),
  ADDRESS_INVALID("address_invalid", 422, "The address has at most 500 characters.", FIELD),
  KELURAHAN_INVALID("kelurahan_invalid", 422, "Not a kelurahan code such as 35.73.02.1001.", FIELD),
  KELURAHAN_UNKNOWN("kelurahan_unknown", 422, "This kelurahan is not registered.", FIELD),
  KECAMATAN_INVALID("kecamatan_invalid", 422, "Not a kecamatan code such as 35.73.02.", FIELD),
  CATEGORY_INVALID("category_invalid", 422, "Category codes look like GURU_NGAJI.", FIELD),
  CATEGORY_UNKNOWN("category_unknown", 422, "This category is not registered or not active.", FIELD),
  COVERAGE_INVALID("coverage_invalid", 422, "One of active, none, lapsed.", FIELD),
  Q_INVALID("q_invalid", 422, "A NIK has 16 digits.", FIELD),
  Q_TOO_SHORT("q_too_short", 422, "Search for at least 3 letters of a name.", FIELD),
  HEIRS_TOO_MANY("heirs_too_many", 422, "Too many heirs.", FIELD),
  FULL_NAME_REQUIRED("full_name_required", 422, "The full name is required.", FIELD),
  FULL_NAME_TOO_LONG("full_name_too_long", 422, "The full name has at most 200 characters.", FIELD),
  RELATIONSHIP_REQUIRED("relationship_required", 422, "The relationship is required.", FIELD),
  RELATIONSHIP_UNKNOWN("relationship_unknown", 422, "Unknown relationship.", FIELD),
  SPOUSE_DUPLICATE("spouse_duplicate", 422, "Only one spouse.", FIELD),
  NIK_INVALID("nik_invalid", 422, "A NIK has 16 digits.", FIELD),
  NIK_DUPLICATE("nik_duplicate", 422, "Another heir already has this NIK.", FIELD),
  HEIR_NOT_REGISTERED("heir_not_registered", 422, "This heir is not registered for this worker.", FIELD),
  HEIR_NOT_HIGHEST_PRIORITY("heir_not_highest_priority", 409,
      "An heir of a higher class is registered; choose an heir of the highest class.", PROBLEM, FIELD),

  // Worker imports (import jobs and their row errors)
  IMPORT_NOT_FOUND("import_not_found", 404, "No such import.", PROBLEM),
  COLUMNS_MISMATCH("columns_mismatch", 422,
      "The row has more columns than the header; perhaps a separator without quotes.", FIELD),
  FILE_EMPTY("file_empty", 422, "The file is empty.", FIELD, IMPORT_FAILURE),
  FILE_ENCODING("file_encoding", 422, "The file is not UTF-8.", IMPORT_FAILURE),
  FILE_UNREADABLE("file_unreadable", 422, "The file cannot be read as XLSX.", IMPORT_FAILURE),
  HEADER_MISSING("header_missing", 422, "The first row must name the columns.", IMPORT_FAILURE),
  HEADER_INVALID("header_invalid", 422, "The column names are wrong.", FIELD, IMPORT_FAILURE),
  QUOTE_UNTERMINATED("quote_unterminated", 422, "A quotation mark is opened but never closed.", IMPORT_FAILURE),
  ROW_TOO_LONG("row_too_long", 422, "A row is too long.", IMPORT_FAILURE),
  IMPORT_GAVE_UP("import_gave_up", 422, "The import stopped repeatedly and was given up.", IMPORT_FAILURE),

  // Reference data and regions (reference)
  CATEGORY_EXISTS("category_exists", 409, "A category with this code exists already.", PROBLEM),
  SORT_ORDER_INVALID("sort_order_invalid", 422, "Must be 0 to 10000.", FIELD),
  CODE_INVALID("code_invalid", 422, "Region codes look like 35, 35.73, 35.73.02 or 35.73.02.1001.", FIELD),
  CODE_DUPLICATE("code_duplicate", 422, "This code appears twice in the file.", FIELD),
  PARENT_UNKNOWN("parent_unknown", 422, "The parent region is neither in the file nor in the database.", FIELD),
  COLUMNS_INVALID("columns_invalid", 422, "Each row has two columns: code,name.", FIELD),
  CSV_MALFORMED("csv_malformed", 422, "A quoted field is never closed.", FIELD),
  ROWS_REQUIRED("rows_required", 422, "The file has no rows.", FIELD),

  // Memberships, coverage baselines, tariffs, budgets and invoices (membership, coverage, tariff, budget, invoice)
  MEMBERSHIP_NOT_FOUND("membership_not_found", 404, "No such membership.", PROBLEM),
  MEMBERSHIP_ACTIVE("membership_active", 409, "The worker already has an active membership.", PROBLEM),
  MEMBERSHIP_NOT_ACTIVE("membership_not_active", 409, "The membership was changed or ended meanwhile.", PROBLEM),
  PROGRAMS_REQUIRED("programs_required", 422, "JKK and JKM are both required.", FIELD),
  PROGRAM_UNKNOWN("program_unknown", 422, "Only JKK, JKM and JHT can be chosen.", FIELD),
  INCOME_OUT_OF_RANGE("income_out_of_range", 422, "The declared income is out of range.", FIELD),
  START_TOO_FAR_AHEAD("start_too_far_ahead", 422, "The start date lies too far ahead.", FIELD),
  END_BEFORE_START("end_before_start", 422, "The end date cannot lie before the start date.", FIELD),
  REGION_NOT_FOUND("region_not_found", 404, "No such region or year.", PROBLEM),
  YEAR_INVALID("year_invalid", 422, "Must be a year from 2000 to 2200.", FIELD),
  ABOVE_WORKFORCE("above_workforce", 422, "Cannot exceed the workforce.", FIELD),
  TARIFF_MISSING("tariff_missing", 409, "No tariff is in force for this month.", PROBLEM),
  TARIFF_OVERLAP("tariff_overlap", 422,
      "Another tariff for the same programme and funding source covers part of this period.", PROBLEM, FIELD),
  NOT_MONTH_START("not_month_start", 422, "A tariff starts on the 1st of a month.", FIELD),
  NOT_MONTH_END("not_month_end", 422, "A tariff ends on the last day of a month.", FIELD),
  BEFORE_VALID_FROM("before_valid_from", 422, "The period ends before it starts.", FIELD),
  RATE_OR_FLAT("rate_or_flat", 422, "Give either rateBasisPoints or flatAmount.", FIELD),
  NOT_FOR_FLAT("not_for_flat", 422, "A flat amount has no minimum or maximum.", FIELD),
  MIN_ABOVE_MAX("min_above_max", 422, "The minimum is above the maximum.", FIELD),
  BUDGET_NOT_FOUND("budget_not_found", 404, "No such budget year.", PROBLEM),
  FUNDING_SOURCE_NOT_FOUND("funding_source_not_found", 404, "No such funding source.", PROBLEM),
  BUDGET_EXCEEDED("budget_exceeded", 422,
      "What is left of this funding source's budget this year cannot carry the premium to December.", PROBLEM, FIELD),
  INVOICE_NOT_FOUND("invoice_not_found", 404, "No such invoice.", PROBLEM),
  INVOICE_ALREADY_PAID("invoice_already_paid", 409, "The invoice is already paid.", PROBLEM),
  PERIOD_INVALID("period_invalid", 422, "Must be a month as YYYY-MM.", FIELD),
  PERIOD_TOO_FAR_AHEAD("period_too_far_ahead", 422, "Invoices can be generated up to next month.", FIELD),

  // Claims, eligibility and documents (claim)
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
      "The right to claim has lapsed: the deadline after the incident has passed.", REASON),

  // Payouts, batches and reconciliation (payout, bank)
  PAYOUT_NOT_FOUND("payout_not_found", 404, "No such payout.", PROBLEM),
  BATCH_NOT_FOUND("batch_not_found", 404, "No such payout batch.", PROBLEM),
  CLAIM_NOT_VERIFIED("claim_not_verified", 409, "Payouts can only be made for a verified claim.", PROBLEM),
  ENTITLEMENT_EXHAUSTED("entitlement_exhausted", 409,
      "Nothing is left of the entitlement: every rupiah is in a payout.", PROBLEM),
  SELF_APPROVAL_FORBIDDEN("self_approval_forbidden", 403,
      "Nobody may decide on a payout they created themselves.", PROBLEM),
  PAYOUT_ALREADY_DECIDED("payout_already_decided", 409, "The payout was already decided.", PROBLEM),
  PAYOUT_CHANGED("payout_changed", 409, "Someone else changed this payout first.", PROBLEM),
  PAYOUT_NOT_FAILED("payout_not_failed", 409, "Only a failed payout can be cancelled.", PROBLEM),
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
      "Not an approved payout outside an open batch, nor a failed one.", PROBLEM, FIELD),
  PAYOUT_UNKNOWN("payout_unknown", 422, "No such payout.", FIELD),
  PAYOUT_DUPLICATE("payout_duplicate", 422, "This payout appears more than once in the file.", FIELD),
  PAYOUT_NOT_IN_BATCH("payout_not_in_batch", 422, "This payout is not in this batch.", FIELD),
  PAYOUT_ALREADY_RECONCILED("payout_already_reconciled", 422,
      "The bank's answer for this payout was already recorded.", FIELD),
  PAYOUT_ID_INVALID("payout_id_invalid", 422, "Not a payout id.", FIELD),
  STATUS_INVALID("status_invalid", 422, "Must be PAID or FAILED.", FIELD),
  BANK_REFERENCE_REQUIRED("bank_reference_required", 422, "A paid transfer needs the bank's reference.", FIELD),
  BANK_REFERENCE_TOO_LONG("bank_reference_too_long", 422, "The bank reference has at most 100 characters.", FIELD),
  COLUMN_COUNT("column_count", 422, "Each row has 3 columns.", FIELD),
  TOO_MANY_ROWS("too_many_rows", 422, "Too many rows for one file.", FIELD);

  private static final Map<String, ErrorCode> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ErrorCode::code, Function.identity()));

  private final String code;
  private final int status;
  private final String message;
  private final Set<ErrorKind> kinds;

  ErrorCode(String code, int status, String message, ErrorKind first, ErrorKind... more) {
    this.code = code;
    this.status = status;
    this.message = message;
    this.kinds = Set.copyOf(EnumSet.of(first, more));
  }

  /** The catalogued code of this wire name; {@link IllegalArgumentException} if there is none. */
  public static ErrorCode of(String code) {
    ErrorCode found = code == null ? null : BY_CODE.get(code);
    if (found == null) {
      throw new IllegalArgumentException("Not a catalogued error code: " + code);
    }
    return found;
  }

  /** The stable wire name, e.g. {@code duplicate_nik}. */
  public String code() {
    return code;
  }

  /** The HTTP status of a problem whose code this is. */
  public int status() {
    return status;
  }

  /** The English message used when a call site gives none. */
  public String message() {
    return message;
  }

  public Set<ErrorKind> kinds() {
    return kinds;
  }

  /** The wire name, so that a code concatenated into text or bound into SQL reads as on the wire. */
  @Override
  public String toString() {
    return code;
  }
}
