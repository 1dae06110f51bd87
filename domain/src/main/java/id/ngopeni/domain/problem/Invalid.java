package id.ngopeni.domain.problem;

import java.util.List;
import java.util.Map;

/** Input that breaks a rule. Carries every failing field at once, so a form can show them all. */
public final class Invalid extends DomainProblem {
  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  public Invalid(List<FieldError> errors) {
    this("validation_failed", "The request has invalid fields.", errors);
  }

  public Invalid(String code, String detail, List<FieldError> errors) {
    super(code, detail, Map.of());
    this.errors = List.copyOf(errors);
  }

  public static Invalid of(String field, String code, String message) {
    return new Invalid(List.of(new FieldError(field, code, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
