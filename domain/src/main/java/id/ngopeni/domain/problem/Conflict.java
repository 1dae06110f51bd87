package id.ngopeni.domain.problem;

import java.util.Map;

/** The request clashes with the current state (duplicate, already decided, wrong state). */
public final class Conflict extends DomainProblem {
  private static final long serialVersionUID = 1L;

  /** With the catalogue's message. */
  public Conflict(ErrorCode code) {
    super(code);
  }

  public Conflict(ErrorCode code, String detail) {
    super(code, detail);
  }

  public Conflict(ErrorCode code, String detail, Map<String, Object> properties) {
    super(code, detail, properties);
  }
}
