package id.ngopeni.domain.problem;

/**
 * Error codes of workers, NIK and heirs (worker, heir).
 * Part of the catalogue ({@link ErrorCode}): each code's wire name is its constant's name in lower
 * case; its status, kinds and English message are in {@code error-codes.tsv} beside this class.
 */
public enum WorkerError implements ErrorCode {
  WORKER_NOT_FOUND, DUPLICATE_NIK, KELURAHAN_OUT_OF_SCOPE, NIK_REQUIRED, NIK_NOT_DIGITS, NIK_LENGTH,
  NIK_PROVINCE_INVALID, NIK_REGENCY_INVALID, NIK_KECAMATAN_INVALID, NIK_BIRTH_DATE_INVALID, NIK_SERIAL_INVALID,
  NIK_BIRTH_DATE_MISMATCH, NIK_SEX_MISMATCH, NAME_INVALID, BIRTH_DATE_INVALID, BIRTH_DATE_IN_FUTURE,
  SEX_INVALID, PHONE_INVALID, ADDRESS_INVALID, KELURAHAN_INVALID, KELURAHAN_UNKNOWN, KECAMATAN_INVALID,
  CATEGORY_INVALID, CATEGORY_UNKNOWN, COVERAGE_INVALID, Q_INVALID, Q_TOO_SHORT, HEIRS_TOO_MANY,
  FULL_NAME_REQUIRED, FULL_NAME_TOO_LONG, RELATIONSHIP_REQUIRED, RELATIONSHIP_UNKNOWN, SPOUSE_DUPLICATE,
  NIK_INVALID, NIK_DUPLICATE, HEIR_NOT_REGISTERED, HEIR_NOT_HIGHEST_PRIORITY, NIK_PROBES_LIMITED;

  @Override public Spec spec() { return ErrorCatalogue.spec(this); }

  @Override public String toString() { return code(); }
}
