package id.ngopeni.domain.claim;

import id.ngopeni.domain.problem.ErrorCode;
import java.util.Objects;

/** Why a claim is not eligible: a stable code and a message an officer can read. */
public record Reason(ErrorCode errorCode, String message) {
  public Reason {
    Objects.requireNonNull(errorCode, "errorCode");
    Objects.requireNonNull(message, "message");
  }

  /** With the catalogue's message. */
  public Reason(ErrorCode errorCode) {
    this(errorCode, errorCode.message());
  }

  /** The code's wire name, e.g. {@code incident_in_future}. */
  public String code() {
    return errorCode.code();
  }
}
