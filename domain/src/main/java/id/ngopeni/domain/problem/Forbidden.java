package id.ngopeni.domain.problem;

/** The caller is known but may not do this. */
public final class Forbidden extends DomainProblem {
  private static final long serialVersionUID = 1L;

  /** With the catalogue's message. */
  public Forbidden(ErrorCode code) {
    super(code);
  }

  public Forbidden(ErrorCode code, String detail) {
    super(code, detail);
  }
}
