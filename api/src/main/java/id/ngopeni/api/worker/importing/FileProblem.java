package id.ngopeni.api.worker.importing;

/**
 * The file as a whole cannot be imported (no header, wrong encoding, a quote left open…). The job
 * ends FAILED with this code and message; rows already committed stay (the structure is checked
 * in a first pass, before anything is inserted, so in practice nothing is).
 */
final class FileProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  FileProblem(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  String code() {
    return code;
  }
}
