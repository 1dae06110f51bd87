package id.ngopeni.api.http;

import id.ngopeni.domain.problem.ErrorCode;

/** A protocol-level refusal (malformed JSON, wrong media type, missing If-Match…). */
public final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final ErrorCode code;

  /** With the catalogue's status. */
  public HttpProblem(ErrorCode code, String detail) {
    this(code.status(), code, detail);
  }

  private HttpProblem(int status, ErrorCode code, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code.code();
  }

  public ErrorCode errorCode() {
    return code;
  }

  public static HttpProblem badRequest(ErrorCode code, String detail) {
    return new HttpProblem(400, code, detail);
  }
}
