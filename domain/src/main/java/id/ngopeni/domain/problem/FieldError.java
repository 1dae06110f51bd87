package id.ngopeni.domain.problem;

import id.ngopeni.domain.Components;

/** One failing input field: {@code field} is a JSON path such as {@code nik} or {@code heirs[2].birthDate}. */
public record FieldError(String field, ErrorCode errorCode, String message) {
  public FieldError {
    Components.requireNonNull("field errorCode message", field, errorCode, message);
  }

  /** With the catalogue's message. */
  public FieldError(String field, ErrorCode errorCode) {
    this(field, errorCode, errorCode.message());
  }

  /** The code's wire name, e.g. {@code nik_length}. */
  public String code() {
    return errorCode.code();
  }
}
