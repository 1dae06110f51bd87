package id.ngopeni.domain.problem;

import java.util.Map;

/**
 * A refusal the business rules can name. The HTTP layer maps each subtype to one status and
 * turns {@link #code()} into the problem+json {@code code}; the message is safe to show to
 * the caller (never a NIK, never SQL).
 *
 * <p>Problems are control flow, not bugs: no stack trace is captured.
 */
public abstract class DomainProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode errorCode;
  private final String code;
  private final transient Map<String, Object> properties;

  protected DomainProblem(ErrorCode code, String detail, Map<String, Object> properties) {
    super(detail, null, false, false);
    this.errorCode = code;
    this.code = code.code();
    this.properties = Map.copyOf(properties);
  }

  /** With the catalogue's message of {@code code} and no extra members. */
  protected DomainProblem(ErrorCode code) {
    this(code, code.message());
  }

  /** With no extra members. */
  protected DomainProblem(ErrorCode code, String detail) {
    this(code, detail, Map.of());
  }

  /** Stable machine-readable code, e.g. {@code duplicate_nik}. */
  public String code() {
    return code;
  }

  /** The catalogued code. */
  public ErrorCode errorCode() {
    return errorCode;
  }

  /** Human-readable explanation, safe to return to the client. */
  public String detail() {
    return getMessage();
  }

  /** Extra members for the problem body, e.g. {@code existingId} for a duplicate. */
  public Map<String, Object> properties() {
    return properties;
  }
}
