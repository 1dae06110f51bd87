package id.ngopeni.domain.claim;

import java.util.Objects;

/** Why a claim is not eligible: a stable {@code code} and a message an officer can read. */
public record Reason(String code, String message) {
  public Reason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
