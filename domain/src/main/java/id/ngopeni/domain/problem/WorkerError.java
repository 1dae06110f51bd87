package id.ngopeni.domain.problem;

import static id.ngopeni.domain.problem.ErrorKind.FIELD;
import static id.ngopeni.domain.problem.ErrorKind.PROBLEM;

/** Error codes of workers, NIK and heirs (worker, heir); part of the catalogue ({@link ErrorCode}). */
public enum WorkerError implements ErrorCode {
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
  NIK_PROBES_LIMITED("nik_probes_limited", 429,
      "Too many NIK checks that found a registered worker; try again later.", PROBLEM);

  private final Spec spec;

  WorkerError(String code, int status, String message, ErrorKind first, ErrorKind... more) {
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
