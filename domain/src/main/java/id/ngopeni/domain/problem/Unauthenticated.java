package id.ngopeni.domain.problem;

import java.util.Map;

/** The caller could not be identified (bad credentials, bad or expired token). */
public final class Unauthenticated extends DomainProblem {
  private static final long serialVersionUID = 1L;

  /** With the catalogue's message. */
  public Unauthenticated(ErrorCode code) {
    super(code, code.message(), Map.of());
  }

  public Unauthenticated(ErrorCode code, String detail) {
    super(code, detail, Map.of());
  }

  public Unauthenticated(ErrorCode code, String detail, Map<String, Object> properties) {
    super(code, detail, properties);
  }

  public Unauthenticated(String detail) {
    super(HttpError.UNAUTHENTICATED, detail, Map.of());
  }
}
