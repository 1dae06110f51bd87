package id.ngopeni.domain.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors while validating, so every failing field is reported at once. */
public final class Violations {
  private final List<FieldError> errors = new ArrayList<>();

  /** A failing field, with the catalogue's message. */
  public Violations add(String field, ErrorCode code) {
    errors.add(new FieldError(field, code));
    return this;
  }

  public Violations add(String field, ErrorCode code, String message) {
    errors.add(new FieldError(field, code, message));
    return this;
  }

  public Violations addAll(List<FieldError> more) {
    errors.addAll(more);
    return this;
  }

  public boolean has(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  /** Throws {@link Invalid} with everything collected, if anything was. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
  }
}
