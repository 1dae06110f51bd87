package id.ngopeni.domain.problem;

import static id.ngopeni.domain.problem.ErrorKind.FIELD;
import static id.ngopeni.domain.problem.ErrorKind.IMPORT_FAILURE;
import static id.ngopeni.domain.problem.ErrorKind.PROBLEM;

/** Error codes of worker imports: the job and its row errors (worker.importing); part of the catalogue ({@link ErrorCode}). */
public enum ImportError implements ErrorCode {
  IMPORT_NOT_FOUND("import_not_found", 404, "No such import.", PROBLEM),
  COLUMNS_MISMATCH("columns_mismatch", 422,
      "The row has more columns than the header; perhaps a separator without quotes.", FIELD),
  FILE_EMPTY("file_empty", 422, "The file is empty.", FIELD, IMPORT_FAILURE),
  FILE_ENCODING("file_encoding", 422, "The file is not UTF-8.", IMPORT_FAILURE),
  FILE_UNREADABLE("file_unreadable", 422, "The file cannot be read as XLSX.", IMPORT_FAILURE),
  HEADER_MISSING("header_missing", 422, "The first row must name the columns.", IMPORT_FAILURE),
  HEADER_INVALID("header_invalid", 422, "The column names are wrong.", FIELD, IMPORT_FAILURE),
  QUOTE_UNTERMINATED("quote_unterminated", 422, "A quotation mark is opened but never closed.", IMPORT_FAILURE),
  ROW_TOO_LONG("row_too_long", 422, "A row is too long.", IMPORT_FAILURE),
  IMPORT_GAVE_UP("import_gave_up", 422, "The import stopped repeatedly and was given up.", IMPORT_FAILURE),
  XLSX_CELL_OUT_OF_RANGE("xlsx_cell_out_of_range", 422,
      "A cell lies far right of the header (or beyond column XFD).", IMPORT_FAILURE),
  XLSX_ROW_TOO_WIDE("xlsx_row_too_wide", 422, "A row of the sheet holds too many cells.", IMPORT_FAILURE),
  XLSX_TOO_LARGE("xlsx_too_large", 422, "The workbook is too large once unpacked.", IMPORT_FAILURE),
  XLSX_COMPRESSION_RATIO("xlsx_compression_ratio", 422,
      "The workbook unpacks to far more than a spreadsheet would.", IMPORT_FAILURE),
  IMPORT_QUEUE_FULL("import_queue_full", 429,
      "You have too many imports waiting; try again when one has finished.", PROBLEM);

  private final Spec spec;

  ImportError(String code, int status, String message, ErrorKind first, ErrorKind... more) {
    this.spec = new Spec(code, status, message, first, more);
  }

  @Override
  public Spec spec() {
    return spec;
  }

  @Override
  public String toString() {
    return spec.code();
  }
}
