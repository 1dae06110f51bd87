package id.ngopeni.domain.problem;

/** The caller could not be identified (bad credentials, bad or expired token). */
public final class Unauthenticated extends DomainProblem {
  private static final long serialVersionUID = 1L;

  /** With the catalogue's message. */
  public Unauthenticated(ErrorCode code) {
    super(code);
  }
}
