package id.ngopeni.domain.problem;

/** How an {@link ErrorCode} reaches the caller, and the console's key prefix for its translation. */
public enum ErrorKind {
  /** An {@code errors[]} entry of a problem, or a refused row of an import. */
  FIELD("error."),
  /** The {@code code} of a whole problem+json answer. */
  PROBLEM("problem."),
  /** Why a claim is not eligible. */
  REASON("reason."),
  /** Why an import job stopped. */
  IMPORT_FAILURE("import.failure."),
  /**
   * Something worth a look in a successful answer ({@code warnings[]} of a worker): never blocks,
   * so its status is the 200 of the answer carrying it.
   */
  WARNING("warning.");

  private final String prefix;

  ErrorKind(String prefix) {
    this.prefix = prefix;
  }

  /** The console's translation key prefix, e.g. {@code error.}. */
  public String prefix() {
    return prefix;
  }
}
