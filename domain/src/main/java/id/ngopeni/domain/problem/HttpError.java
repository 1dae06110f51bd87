package id.ngopeni.domain.problem;

import static id.ngopeni.domain.problem.ErrorKind.FIELD;
import static id.ngopeni.domain.problem.ErrorKind.PROBLEM;

/** Error codes of requests and protocol (api/http): every endpoint; part of the catalogue ({@link ErrorCode}). */
public enum HttpError implements ErrorCode {
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
  CONTROL_CHARACTERS("control_characters", 422,
      "Line breaks, tabs and other control characters are not allowed here.", FIELD),
  PARAMETER_MALFORMED("parameter_malformed", 400, "The address of the request is not well-formed.", PROBLEM),
  UNSAFE_FILE_VALUE("unsafe_file_value", 409,
      "A stored value holds a line break or another control character and cannot be written into this file; "
          + "nothing was sent.", PROBLEM);

  private final Spec spec;

  HttpError(String code, int status, String message, ErrorKind first, ErrorKind... more) {
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
