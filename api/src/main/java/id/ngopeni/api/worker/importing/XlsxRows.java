package id.ngopeni.api.worker.importing;

import id.ngopeni.domain.problem.ImportError;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX workbook, streamed row by row (fastexcel-reader parses the sheet XML
 * as a stream; the ZIP needs random access, so the file is read from a local temporary copy).
 * Cells become the text a CSV export would hold: a date-formatted number becomes {@code
 * yyyy-MM-dd}, other numbers their plain digits (a NIK typed as a number keeps the 15 digits Excel
 * kept, and then fails validation like any wrong NIK).
 */
final class XlsxRows implements SheetRows {
  private final ReadableWorkbook workbook;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;

  XlsxRows(File file) throws IOException {
    try {
      this.workbook = new ReadableWorkbook(file, new ReadingOptions(true, false));
      this.stream = workbook.getFirstSheet().openStream();
    } catch (IOException | RuntimeException e) {
      throw FileProblem.unreadableXlsx();
    }
    this.rows = stream.iterator();
  }

  @Override
  public SourceRow next() {
    try {
      if (!rows.hasNext()) {
        return null;
      }
      Row row = rows.next();
      List<String> values = new ArrayList<>(row.getCellCount());
      for (int i = 0; i < row.getCellCount(); i++) {
        values.add(text(row.getCell(i)));
      }
      return new SourceRow(row.getRowNum(), values);
    } catch (RuntimeException e) {
      throw new FileProblem(ImportError.FILE_UNREADABLE, "The first sheet of the workbook cannot be read.",
          "Lembar pertama XLSX tidak dapat dibaca.");
    }
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    return switch (cell.getType()) {
      case EMPTY, ERROR -> "";
      case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : plain(cell.asNumber());
      default -> cell.getText();
    };
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  /** Excel stores a date as a day number; only its format says it is one. */
  private static boolean isDate(Cell cell) {
    Integer id = cell.getDataFormatId();
    if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
      return true;
    }
    String format = cell.getDataFormatString();
    if (format == null) {
      return false;
    }
    String f = format.toLowerCase(java.util.Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
    return f.contains("d") && f.contains("y") || f.contains("m") && f.contains("y");
  }

  @Override
  public void close() throws IOException {
    stream.close();
    workbook.close();
  }
}
