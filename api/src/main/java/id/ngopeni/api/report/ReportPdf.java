package id.ngopeni.api.report;

import id.ngopeni.api.pdf.PdfInk;
import id.ngopeni.api.report.Report.Column;
import id.ngopeni.api.report.Report.Column.Kind;
import id.ngopeni.api.report.Report.Line;
import id.ngopeni.api.report.Report.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A {@link Report} as an A4 PDF (portrait or landscape): the heading on the first page, the title
 * again at the top of every later page, ruled tables whose column names repeat on every page they
 * run over, the totals in bold, the signature block kept whole after the last table, and on every
 * page "Dicetak … oleh …" and "Halaman i dari n". Laid out first, drawn once the page count is known.
 */
public final class ReportPdf {
  private static final float MARGIN = 36;
  private static final float ROW = 14;
  private static final float CELL = 8;
  private static final float SIGNATURE_WIDTH = 230;

  /** Something placed on a page: its height and how to draw it with its top edge at y. */
  private interface Item {
    float height();

    void draw(PdfInk ink, float y) throws IOException;
  }

  private final Report report;
  private final PDRectangle size;
  private final float width;
  private final List<List<Placed>> pages = new ArrayList<>();
  private float y;

  private record Placed(Item item, float y) {}

  private ReportPdf(Report report) {
    this.report = report;
    PDRectangle a4 = PDRectangle.A4;
    this.size = report.landscape() ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4;
    this.width = size.getWidth() - 2 * MARGIN;
  }

  public static byte[] of(Report report) {
    return new ReportPdf(report).write();
  }

  private byte[] write() {
    layout();
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int p = 0; p < pages.size(); p++) {
        PDPage page = new PDPage(size);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          PdfInk ink = new PdfInk(cs);
          for (Placed placed : pages.get(p)) {
            placed.item().draw(ink, placed.y());
          }
          footer(ink, p + 1);
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void footer(PdfInk ink, int page) throws IOException {
    if (report.printedAt() != null) {
      ink.text(ink.regular, 7, MARGIN, MARGIN, ReportText.printed(report.printedAt(), report.printedBy()));
    }
    String number = "Halaman " + page + " dari " + pages.size();
    ink.text(ink.regular, 8, MARGIN + width - PdfInk.width(ink.regular, 8, number), MARGIN, number);
  }

  private void layout() {
    newPage();
    for (Line line : report.heading()) {
      add(textItem(line));
    }
    if (report.printedAt() != null) {
      add(text(ReportText.printed(report.printedAt(), report.printedBy()), false, 8, 12));
    }
    for (Section section : report.sections()) {
      add(gap(8));
      Item heading = text(section.heading(), true, 10, 16);
      Item header = header(section);
      // A heading never ends a page: it goes with its column names and first row.
      fitOrBreak(heading.height() + header.height() + ROW);
      add(heading);
      add(header);
      for (List<Object> row : section.rows()) {
        if (!fits(ROW)) {
          newPage();
          add(header);
        }
        add(row(section, row, false));
      }
      if (section.total() != null) {
        fitOrBreak(ROW);
        add(row(section, section.total(), true));
      }
      for (String note : section.notes()) {
        fitOrBreak(12);
        add(text(note, false, 8, 12));
      }
    }
    if (report.signature() != null) {
      add(gap(16));
      Item signature = signature();
      fitOrBreak(signature.height());
      add(signature);
    }
  }

  private void newPage() {
    pages.add(new ArrayList<>());
    y = size.getHeight() - MARGIN;
    if (pages.size() > 1) {
      String title = report.heading().isEmpty() ? "" : report.heading().get(0).text();
      add(text(title, false, 7, 14));
    }
  }

  private boolean fits(float height) {
    return y - height >= MARGIN + 18;
  }

  private void fitOrBreak(float height) {
    if (!fits(height)) {
      newPage();
    }
  }

  private void add(Item item) {
    fitOrBreak(item.height());
    pages.get(pages.size() - 1).add(new Placed(item, y));
    y -= item.height();
  }

  private Item textItem(Line line) {
    return switch (line.style()) {
      case TITLE -> text(line.text(), true, 12, 20);
      case BOLD -> text(line.text(), true, 10, 15);
      case NORMAL -> text(line.text(), false, 9, 13);
    };
  }

  private Item text(String s, boolean bold, float fontSize, float height) {
    return new Item() {
      public float height() {
        return height;
      }

      public void draw(PdfInk ink, float top) throws IOException {
        ink.text(bold ? ink.bold : ink.regular, fontSize, MARGIN, top - height + 4,
            PdfInk.fit(bold ? ink.bold : ink.regular, fontSize, s, width));
      }
    };
  }

  private static Item gap(float height) {
    return new Item() {
      public float height() {
        return height;
      }

      public void draw(PdfInk ink, float top) {}
    };
  }

  /** Column widths in points: the relative widths scaled to the page. */
  private float[] widths(Section section) {
    float sum = 0;
    for (Column c : section.columns()) {
      sum += c.width();
    }
    float[] w = new float[section.columns().size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = section.columns().get(i).width() / sum * width;
    }
    return w;
  }

  /** The column names, wrapped onto two lines where one is too narrow. */
  private Item header(Section section) {
    float[] w = widths(section);
    return new Item() {
      public float height() {
        return 24;
      }

      public void draw(PdfInk ink, float top) throws IOException {
        float x = MARGIN;
        for (int c = 0; c < w.length; c++) {
          ink.rectangle(x, top - 24, w[c], 24);
          List<String> lines = PdfInk.wrap(ink.bold, CELL, section.columns().get(c).label(), w[c] - 6, 2);
          float first = lines.size() == 1 ? top - 15 : top - 10;
          for (int i = 0; i < lines.size(); i++) {
            ink.text(ink.bold, CELL, x + 3, first - i * 9, lines.get(i));
          }
          x += w[c];
        }
      }
    };
  }

  private Item row(Section section, List<Object> cells, boolean bold) {
    float[] w = widths(section);
    return new Item() {
      public float height() {
        return ROW;
      }

      public void draw(PdfInk ink, float top) throws IOException {
        float x = MARGIN;
        var font = bold ? ink.bold : ink.regular;
        for (int c = 0; c < w.length; c++) {
          Kind kind = section.columns().get(c).kind();
          Object value = c < cells.size() ? cells.get(c) : null;
          // A label (a total row's "Jumlah") takes the empty cells after it into one cell.
          float room = w[c];
          while (value instanceof String && c + 1 < w.length && (c + 1 >= cells.size() || cells.get(c + 1) == null)) {
            room += w[++c];
          }
          ink.rectangle(x, top - ROW, room, ROW);
          String s = PdfInk.fit(font, CELL, value instanceof String t ? t : ReportText.cell(kind, value), room - 6);
          boolean right = kind != Kind.TEXT && !(value instanceof String);
          float left = right ? x + room - 3 - PdfInk.width(font, CELL, s) : x + 3;
          ink.text(font, CELL, left, top - ROW + 4, s);
          x += room;
        }
      }
    };
  }

  private Item signature() {
    var s = report.signature();
    float height = 14 * (s.above().size() + s.below().size()) + 50;
    return new Item() {
      public float height() {
        return height;
      }

      public void draw(PdfInk ink, float top) throws IOException {
        float x = MARGIN + width - SIGNATURE_WIDTH;
        float line = top - 12;
        for (int i = 0; i < s.above().size(); i++) {
          ink.text(i == s.above().size() - 1 ? ink.bold : ink.regular, 10, x, line, s.above().get(i));
          line -= 14;
        }
        line -= 50;
        for (String below : s.below()) {
          ink.text(ink.regular, 10, x, line, below);
          line -= 14;
        }
      }
    };
  }
}
