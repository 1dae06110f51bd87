package id.ngopeni.domain.problem;

/** The caller edited a stale version of the object (optimistic lock). */
public final class VersionConflict extends DomainProblem {
  private static final long serialVersionUID = 1L;

  /** With the catalogue's message. */
  public VersionConflict(ErrorCode code) {
    super(code);
  }

  public VersionConflict(ErrorCode code, String detail) {
    super(code, detail);
  }
}
