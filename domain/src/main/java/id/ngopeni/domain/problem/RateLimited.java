package id.ngopeni.domain.problem;

import java.time.Duration;
import java.util.Map;

/** Too many attempts; the caller may try again after {@link #retryAfter()}. */
public final class RateLimited extends DomainProblem {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public RateLimited(ErrorCode code, String detail, Duration retryAfter) {
    super(code, detail, Map.of());
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
