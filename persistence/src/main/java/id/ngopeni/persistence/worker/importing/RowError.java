package id.ngopeni.persistence.worker.importing;

/**
 * One failing field of a refused row.
 *
 * @param row the row number in the file, the header being row 1
 * @param field the file's column name ({@code birth_date}), or {@code row} for the row as a whole
 * @param message for the clerk; never holds the NIK
 */
public record RowError(int row, String field, String code, String message) {}
