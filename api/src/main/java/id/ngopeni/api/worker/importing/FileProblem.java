package id.ngopeni.api.worker.importing;

import id.ngopeni.domain.problem.ErrorCode;

/**
 * The file as a whole cannot be imported (no header, wrong encoding, a quote left open…). The job
 * ends FAILED with this code and message; rows already committed stay (the structure is checked
 * in a first pass, before anything is inserted, so in practice nothing is).
 */
public final class FileProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  FileProblem(ErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public ErrorCode errorCode() {
    return code;
  }
}
