package id.ngopeni.domain.problem;

/** The thing asked for does not exist, or lies outside the caller's scope (never say which). */
public final class NotFound extends DomainProblem {
  private static final long serialVersionUID = 1L;

  /** With the catalogue's message. */
  public NotFound(ErrorCode code) {
    super(code);
  }

  public NotFound(ErrorCode code, String detail) {
    super(code, detail);
  }
}
