package id.ngopeni.domain.problem;

import java.util.List;
import java.util.Map;

/** Input that breaks a rule. Carries every failing field at once, so a form can show them all. */
public final class Invalid extends DomainProblem {
  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  public Invalid(List<FieldError> errors) {
    this(HttpError.VALIDATION_FAILED, HttpError.VALIDATION_FAILED.message(), errors);
  }

  public Invalid(ErrorCode code, String detail, List<FieldError> errors) {
    super(code, detail, Map.of());
    this.errors = List.copyOf(errors);
  }

  /** One failing field, with the catalogue's message. */
  public static Invalid of(String field, ErrorCode code) {
    return new Invalid(List.of(new FieldError(field, code)));
  }

  public static Invalid of(String field, ErrorCode code, String message) {
    return new Invalid(List.of(new FieldError(field, code, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
