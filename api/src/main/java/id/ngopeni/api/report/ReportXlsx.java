package id.ngopeni.api.report;

import id.ngopeni.api.http.FileCells;
import id.ngopeni.api.report.Report.Column;
import id.ngopeni.api.report.Report.Column.Kind;
import id.ngopeni.api.report.Report.Line;
import id.ngopeni.api.report.Report.Section;
import id.ngopeni.domain.Jakarta;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A {@link Report} as an XLSX workbook, one sheet per table: the heading and "Dicetak …" on the
 * first rows, the column names in bold with the panes frozen under them, then typed cells —
 * counts and rupiah as numbers, dates as dates (DD/MM/YYYY), times in WIB — the total row in
 * bold, the notes, and the signature block on the last sheet. Text passes {@link FileCells}.
 */
public final class ReportXlsx {
  static final String MONEY_FORMAT = "\"Rp\"#,##0";

  private ReportXlsx() {}

  public static byte[] of(Report report) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
    try {
      Workbook workbook = new Workbook(bytes, "Ngopeni", "1.0");
      Set<String> names = new HashSet<>();
      List<Section> sections = report.sections();
      if (sections.isEmpty()) {
        int row = heading(workbook.newWorksheet("Laporan"), report);
        signature(workbook.newWorksheet("Tanda tangan"), report, row);
      }
      for (int s = 0; s < sections.size(); s++) {
        Worksheet sheet = workbook.newWorksheet(sheetName(sections.get(s).sheet(), names));
        int row = table(sheet, sections.get(s), heading(sheet, report) + 1);
        if (s == sections.size() - 1) {
          signature(sheet, report, row + 1);
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The heading lines and the printed line from row 0; returns the next row. */
  private static int heading(Worksheet sheet, Report report) {
    int row = 0;
    for (Line line : report.heading()) {
      sheet.value(row, 0, FileCells.checked("heading", line.text()));
      if (line.style() != Line.Style.NORMAL) {
        sheet.style(row, 0).bold().set();
      }
      row++;
    }
    if (report.printedAt() != null) {
      sheet.value(row++, 0, FileCells.checked("printed", ReportText.printed(report.printedAt(), report.printedBy())));
    }
    return row;
  }

  /** The section from {@code first}: heading, column names (panes frozen below), rows, total, notes. */
  private static int table(Worksheet sheet, Section section, int first) {
    sheet.value(first, 0, FileCells.checked("section", section.heading()));
    sheet.style(first, 0).bold().set();
    int header = first + 1;
    List<Column> columns = section.columns();
    for (int c = 0; c < columns.size(); c++) {
      sheet.value(header, c, columns.get(c).label());
      sheet.style(header, c).bold().fillColor("DDE7F0").wrapText(true).set();
      sheet.width(c, Math.max(8, columns.get(c).width()));
    }
    sheet.freezePane(0, header + 1);
    int row = header + 1;
    for (List<Object> cells : section.rows()) {
      cells(sheet, row++, columns, cells, false);
    }
    if (section.total() != null) {
      cells(sheet, row++, columns, section.total(), true);
    }
    for (String note : section.notes()) {
      sheet.value(row++, 0, FileCells.checked("note", note));
    }
    return row;
  }

  private static void cells(Worksheet sheet, int row, List<Column> columns, List<Object> cells, boolean bold) {
    for (int c = 0; c < columns.size() && c < cells.size(); c++) {
      Object value = cells.get(c);
      Kind kind = columns.get(c).kind();
      String format = null;
      if (value == null) {
        continue;
      } else if (value instanceof String text) {
        sheet.value(row, c, FileCells.checked(columns.get(c).label(), text));
      } else {
        switch (kind) {
          case COUNT -> {
            sheet.value(row, c, (Number) value);
            format = "#,##0";
          }
          case MONEY -> {
            sheet.value(row, c, (Number) value);
            format = MONEY_FORMAT;
          }
          case DATE -> {
            sheet.value(row, c, (LocalDate) value);
            format = "dd/mm/yyyy";
          }
          case DATE_TIME -> {
            sheet.value(row, c, ((Instant) value).atZone(Jakarta.ZONE).toLocalDateTime());
            format = "dd/mm/yyyy hh:mm";
          }
          case PERCENT -> {
            sheet.value(row, c, (Number) value);
            format = "0.00";
          }
          case TEXT -> sheet.value(row, c, FileCells.checked(columns.get(c).label(), value.toString()));
        }
      }
      var style = sheet.style(row, c);
      if (format != null) {
        style = style.format(format);
      }
      if (bold) {
        style = style.bold();
      }
      if (format != null || bold) {
        style.set();
      }
    }
  }

  private static void signature(Worksheet sheet, Report report, int first) {
    if (report.signature() == null) {
      return;
    }
    int row = first;
    for (String line : report.signature().above()) {
      sheet.value(row++, 0, line);
    }
    row += 3;
    for (String line : report.signature().below()) {
      sheet.value(row++, 0, line);
    }
  }

  /** At most 31 characters, none of {@code []:*?/\}, unique within the workbook. */
  private static String sheetName(String wanted, Set<String> taken) {
    String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    base = base.isEmpty() ? "Laporan" : base.substring(0, Math.min(28, base.length()));
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
      name = base + " " + n;
    }
    return name;
  }
}
