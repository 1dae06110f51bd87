package id.ngopeni.persistence.worker.importing;

import id.ngopeni.domain.problem.ErrorCode;

/**
 * One failing field of a refused row.
 *
 * @param row the row number in the file, the header being row 1
 * @param field the file's column name ({@code birth_date}), or {@code row} for the row as a whole
 * @param message for the clerk; never holds the NIK
 */
public record RowError(int row, String field, ErrorCode errorCode, String message) {
  /** With the catalogue's message. */
  public RowError(int row, String field, ErrorCode errorCode) {
    this(row, field, errorCode, errorCode.message());
  }

  /** The code's wire name, e.g. {@code kelurahan_unknown}. */
  public String code() {
    return errorCode.code();
  }
}
