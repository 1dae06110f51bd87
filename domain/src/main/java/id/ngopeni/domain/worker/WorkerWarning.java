package id.ngopeni.domain.worker;

import java.util.Objects;

/**
 * Something a clerk should look at that does not stop the registration, e.g. {@code
 * nik_issued_elsewhere}. The message is safe to show and never contains the NIK.
 */
public record WorkerWarning(String code, String message) {
  public static final String NIK_ISSUED_ELSEWHERE = "nik_issued_elsewhere";

  public WorkerWarning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
