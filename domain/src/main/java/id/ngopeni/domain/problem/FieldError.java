package id.ngopeni.domain.problem;

import java.util.Objects;

/** One failing input field: {@code field} is a JSON path such as {@code nik} or {@code heirs[2].birthDate}. */
public record FieldError(String field, String code, String message) {
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
