package id.ngopeni.domain.problem;

/**
 * Error codes of worker imports: the job and its row errors (worker.importing).
 * Part of the catalogue ({@link ErrorCode}): each code's wire name is its constant's name in lower
 * case; its status, kinds and English message are in {@code error-codes.tsv} beside this class.
 */
public enum ImportError implements ErrorCode {
  IMPORT_NOT_FOUND, COLUMNS_MISMATCH, FILE_EMPTY, FILE_ENCODING, FILE_UNREADABLE, HEADER_MISSING,
  HEADER_INVALID, QUOTE_UNTERMINATED, ROW_TOO_LONG, IMPORT_GAVE_UP, XLSX_CELL_OUT_OF_RANGE, XLSX_ROW_TOO_WIDE,
  XLSX_TOO_LARGE, XLSX_COMPRESSION_RATIO, IMPORT_QUEUE_FULL;

  @Override public Spec spec() { return ErrorCatalogue.spec(this); }

  @Override public String toString() { return code(); }
}
