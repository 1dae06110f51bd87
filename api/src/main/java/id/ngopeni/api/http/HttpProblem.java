package id.ngopeni.api.http;

/** A protocol-level refusal (malformed JSON, wrong media type, missing If-Match…). */
public final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  public HttpProblem(int status, String code, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public static HttpProblem badRequest(String code, String detail) {
    return new HttpProblem(400, code, detail);
  }
}
