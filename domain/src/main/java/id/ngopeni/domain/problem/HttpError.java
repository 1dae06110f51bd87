package id.ngopeni.domain.problem;

/**
 * Error codes of requests and protocol (api/http): every endpoint.
 * Part of the catalogue ({@link ErrorCode}): each code's wire name is its constant's name in lower
 * case; its status, kinds and English message are in {@code error-codes.tsv} beside this class.
 */
public enum HttpError implements ErrorCode {
  BAD_REQUEST, MALFORMED_JSON, JSON_OBJECT_EXPECTED, JSON_ARRAY_EXPECTED, BODY_REQUIRED, UNAUTHENTICATED,
  FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, CONFLICT, VERSION_CONFLICT, BODY_TOO_LARGE,
  UNSUPPORTED_MEDIA_TYPE, VALIDATION_FAILED, IF_MATCH_REQUIRED, TOO_MANY_REQUESTS, INTERNAL_ERROR, UNAVAILABLE,
  DATABASE_UNAVAILABLE, IDEMPOTENCY_IN_PROGRESS, IDEMPOTENCY_KEY_INVALID, IDEMPOTENCY_KEY_REUSED, REQUIRED,
  TYPE_MISMATCH, UNKNOWN_FIELD, UNKNOWN_PARAMETER, VALUE_UNKNOWN, UUID_INVALID, DATE_INVALID, CURSOR_INVALID,
  LIMIT_INVALID, TOO_LONG, NEGATIVE, NOT_POSITIVE, IN_FUTURE, CONTROL_CHARACTERS, PARAMETER_MALFORMED,
  UNSAFE_FILE_VALUE, STORED_VALUE_UNREADABLE;

  @Override public Spec spec() { return ErrorCatalogue.spec(this); }

  @Override public String toString() { return code(); }
}
