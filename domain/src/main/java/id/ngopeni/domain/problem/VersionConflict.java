package id.ngopeni.domain.problem;

import java.util.Map;

/** The caller edited a stale version of the object (optimistic lock). */
public final class VersionConflict extends DomainProblem {
  private static final long serialVersionUID = 1L;

  /** With the catalogue's message. */
  public VersionConflict(ErrorCode code) {
    super(code, code.message(), Map.of());
  }

  public VersionConflict(ErrorCode code, String detail) {
    super(code, detail, Map.of());
  }

  public VersionConflict(ErrorCode code, String detail, Map<String, Object> properties) {
    super(code, detail, properties);
  }

  public VersionConflict(String detail) {
    super(HttpError.VERSION_CONFLICT, detail, Map.of());
  }
}
