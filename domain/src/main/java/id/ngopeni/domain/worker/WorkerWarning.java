package id.ngopeni.domain.worker;

import id.ngopeni.domain.problem.WorkerError;
import java.util.Objects;

/**
 * Something a clerk should look at that does not stop the registration, e.g. {@code
 * nik_issued_elsewhere} (a catalogued code, {@link WorkerError}). The message is English, safe to
 * show and never contains the NIK; the API answers it in the caller's language.
 */
public record WorkerWarning(String code, String message) {
  public static final String NIK_ISSUED_ELSEWHERE = WorkerError.NIK_ISSUED_ELSEWHERE.code();

  public WorkerWarning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
