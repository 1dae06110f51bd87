package id.ngopeni.api.worker;

import id.ngopeni.domain.problem.ErrorCode;
import java.util.UUID;

/**
 * A warning in a create or patch answer; {@code workerId} only when the caller may see that worker.
 * The code is catalogued ({@link ErrorCode}, kind WARNING) and the message English: the answer
 * carries it in the caller's language.
 */
record Warning(String code, String message, UUID workerId) {
  static Warning of(ErrorCode code, UUID workerId) {
    return new Warning(code.code(), code.message(), workerId);
  }
}
