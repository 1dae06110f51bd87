package id.ngopeni.api.report;

import java.time.Instant;
import java.util.List;

/**
 * A printed report as one model, written to PDF by {@link ReportPdf} and to XLSX by {@link
 * ReportXlsx}, so both carry the same figures: the heading lines (title first), who printed it and
 * when, one or more tables with their totals, and an optional signature block.
 *
 * @param name the download's file name without extension, e.g. {@code cakupan-2026-05}
 * @param printedAt when it was made; {@code null} leaves the "printed at/by" line out (the decree
 *     annex, a document the mayor signs)
 * @param printedBy the username of who asked for it
 */
public record Report(String name, List<Line> heading, Instant printedAt, String printedBy, List<Section> sections,
    Signature signature, boolean landscape) {

  public Report {
    heading = List.copyOf(heading);
    sections = List.copyOf(sections);
  }

  /** A row of cells (nulls allowed: an empty cell). */
  public static List<Object> row(Object... cells) {
    return java.util.Arrays.asList(cells);
  }

  /** One line of the heading. */
  public record Line(String text, Style style) {
    public enum Style { TITLE, BOLD, NORMAL }

    public static Line title(String text) {
      return new Line(text, Style.TITLE);
    }

    public static Line bold(String text) {
      return new Line(text, Style.BOLD);
    }

    public static Line of(String text) {
      return new Line(text, Style.NORMAL);
    }
  }

  /**
   * One table: its heading (also the XLSX sheet's name), its columns, its rows (cells of the
   * column's kind or null), the total row (null: none) and notes printed under it.
   */
  public record Section(String heading, String sheet, List<Column> columns, List<List<Object>> rows, List<Object> total,
      List<String> notes) {
    public Section {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
      notes = List.copyOf(notes);
    }
  }

  /** A column: its label, the kind of its cells and its relative width. */
  public record Column(String label, Kind kind, float width) {
    /**
     * TEXT: String; COUNT: Long; MONEY: Long whole rupiah; DATE: LocalDate; DATE_TIME: Instant
     * (shown in WIB); PERCENT: BigDecimal percentage points (32.44).
     */
    public enum Kind { TEXT, COUNT, MONEY, DATE, DATE_TIME, PERCENT }

    public static Column text(String label, float width) {
      return new Column(label, Kind.TEXT, width);
    }

    public static Column of(String label, Kind kind, float width) {
      return new Column(label, kind, width);
    }
  }

  /** The block the document is signed in: the lines above the space, then the lines below it. */
  public record Signature(List<String> above, List<String> below) {
    public Signature {
      above = List.copyOf(above);
      below = List.copyOf(below);
    }

    /** The head of office's block: place and date, the office, a space to sign, name and NIP. */
    public static Signature headOfOffice(String placeAndDate) {
      return new Signature(List.of(placeAndDate, "Mengetahui,", "KEPALA DINAS,"),
          List.of("( ...................................... )", "NIP. ......................................"));
    }
  }
}
