package id.ngopeni.api.http;

import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table in an XLSX sheet: the column names on one row, then one row of text cells per item,
 * every cell through {@link FileCells#checked} (a value that could break the file is refused).
 * Every cell is text: a NIK written as a number would lose its last digits in Excel.
 */
public final class XlsxRows {
  private XlsxRows() {}

  /** Writes the table from row {@code first} (0-based); returns the row after its last. */
  public static <T> int write(Worksheet sheet, int first, List<String> columns, Iterable<T> items,
      Function<T, List<String>> cells) {
    for (int c = 0; c < columns.size(); c++) {
      sheet.value(first, c, columns.get(c));
    }
    int r = first + 1;
    for (T item : items) {
      List<String> row = cells.apply(item);
      for (int c = 0; c < row.size(); c++) {
        sheet.value(r, c, FileCells.checked(columns.get(c), row.get(c)));
      }
      r++;
    }
    return r;
  }
}
