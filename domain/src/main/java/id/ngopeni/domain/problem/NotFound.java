package id.ngopeni.domain.problem;

import java.util.Map;

/** The thing asked for does not exist, or lies outside the caller's scope (never say which). */
public final class NotFound extends DomainProblem {
  private static final long serialVersionUID = 1L;

  /** With the catalogue's message. */
  public NotFound(ErrorCode code) {
    super(code, code.message(), Map.of());
  }

  public NotFound(ErrorCode code, String detail) {
    super(code, detail, Map.of());
  }

  public NotFound(ErrorCode code, String detail, Map<String, Object> properties) {
    super(code, detail, properties);
  }

  public NotFound(String detail) {
    super(HttpError.NOT_FOUND, detail, Map.of());
  }
}
