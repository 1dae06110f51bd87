package id.ngopeni.api.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** Reads the files the reports produce as a person's software would: PDF text per page, XLSX cells with their types. */
public final class ReportFiles {
  private ReportFiles() {}

  /** The text of each page (PDFBox's extraction), first page first. */
  public static List<String> pdfPages(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String pdfText(byte[] pdf) {
    return String.join("\n", pdfPages(pdf));
  }

  /** The page size of the first page in points (width, height). */
  public static float[] pdfPageSize(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var box = doc.getPage(0).getMediaBox();
      return new float[] {box.getWidth(), box.getHeight()};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One sheet: its name and its rows (a missing row is an empty list), cells with their formats. */
  public record Sheet(String name, List<List<Cell>> rows) {
    /** The first row whose first cell's text is {@code text}. */
    public List<Cell> rowStarting(String text) {
      return rows.stream().filter(r -> !r.isEmpty() && r.get(0) != null && text.equals(r.get(0).getText()))
          .findFirst().orElseThrow(() -> new AssertionError("no row starting with " + text + " in " + name));
    }

    /** The 0-based index of the first row whose first cell's text is {@code text}. */
    public int indexOf(String text) {
      return rows.indexOf(rowStarting(text));
    }
  }

  public static List<Sheet> xlsx(byte[] file) {
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file), new ReadingOptions(true, false))) {
      List<Sheet> sheets = new ArrayList<>();
      for (var sheet : wb.getSheets().toList()) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Row row : sheet.read()) {
          while (rows.size() < row.getRowNum() - 1) {
            rows.add(List.of());
          }
          List<Cell> cells = new ArrayList<>();
          for (int c = 0; c < row.getCellCount(); c++) {
            cells.add(row.getCell(c));
          }
          rows.add(cells);
        }
        sheets.add(new Sheet(sheet.getName(), rows));
      }
      return sheets;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows above the frozen pane of the sheet ({@code sheetN.xml}'s pane ySplit), 0 when none. */
  public static int frozenRows(byte[] file, int sheetNumber) {
    try {
      java.nio.file.Path copy = java.nio.file.Files.createTempFile("report", ".xlsx");
      try {
        java.nio.file.Files.write(copy, file);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(copy.toFile())) {
          ZipEntry entry = zip.getEntry("xl/worksheets/sheet" + sheetNumber + ".xml");
          if (entry == null) {
            throw new AssertionError("no sheet " + sheetNumber);
          }
          String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
          Matcher m = Pattern.compile("<pane[^>]*ySplit=\"(\\d+)\"[^>]*state=\"frozen\"").matcher(xml);
          return m.find() ? Integer.parseInt(m.group(1)) : 0;
        }
      } finally {
        java.nio.file.Files.deleteIfExists(copy);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
