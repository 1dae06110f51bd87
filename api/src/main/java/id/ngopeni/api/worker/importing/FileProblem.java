package id.ngopeni.api.worker.importing;

import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.problem.ImportError;

/**
 * The file as a whole cannot be imported (no header, wrong encoding, a quote left open…). The job
 * ends FAILED with this code and message, the message in both languages with its specifics (the
 * columns, the row) so the job answers it in the caller's; rows already committed stay (the
 * structure is checked in a first pass, before anything is inserted, so in practice nothing is).
 */
public final class FileProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final String indonesian;

  FileProblem(ErrorCode code, String english, String indonesian) {
    super(english, null, false, false);
    this.code = code;
    this.indonesian = indonesian;
  }

  static FileProblem unreadableXlsx() {
    return new FileProblem(ImportError.FILE_UNREADABLE, "The file is not a readable XLSX workbook.",
        "Berkas bukan XLSX yang dapat dibaca.");
  }

  public ErrorCode errorCode() {
    return code;
  }

  FailureMessage message() {
    return new FailureMessage(getMessage(), indonesian);
  }
}
