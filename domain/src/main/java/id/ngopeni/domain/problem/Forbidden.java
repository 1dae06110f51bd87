package id.ngopeni.domain.problem;

import java.util.Map;

/** The caller is known but may not do this. */
public final class Forbidden extends DomainProblem {
  private static final long serialVersionUID = 1L;

  /** With the catalogue's message. */
  public Forbidden(ErrorCode code) {
    super(code, code.message(), Map.of());
  }

  public Forbidden(ErrorCode code, String detail) {
    super(code, detail, Map.of());
  }

  public Forbidden(ErrorCode code, String detail, Map<String, Object> properties) {
    super(code, detail, properties);
  }

  public Forbidden(String detail) {
    super(HttpError.FORBIDDEN, detail, Map.of());
  }
}
