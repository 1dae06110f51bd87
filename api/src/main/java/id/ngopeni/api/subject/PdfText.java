package id.ngopeni.api.subject;

import id.ngopeni.api.pdf.PdfInk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * A plain A4 document of numbered section headings and wrapped lines, numbered "Halaman i dari n": laid out into
 * pages first (so n is known), then written with PDFBox. Text is set in the standard Helvetica
 * by {@link PdfInk}: the mask's • stays, a character the font cannot show is printed as '?', never
 * dropped silently; a missing text is "-".
 */
final class PdfText {
  private static final float MARGIN = 48;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
  private static final float BOTTOM = MARGIN + 24;

  private enum Style { TITLE, HEADING, TEXT, NOTE }

  private record Line(Style style, String text, float indent) {}

  /** What a section with nothing in it says, so the person sees nothing was left out. */
  static final String NONE = "Tidak ada.";

  private final PdfInk fonts = new PdfInk();
  private final List<Line> lines = new ArrayList<>();
  private int sections;

  PdfText title(String text) {
    return add(Style.TITLE, text, 0);
  }

  /** The next section's heading, numbered in the order written: "3. Kepesertaan …". */
  PdfText section(String title) {
    lines.add(new Line(Style.TEXT, "", 0));
    return add(Style.HEADING, ++sections + ". " + title, 0);
  }

  /** Each item through {@code line}, or {@link #NONE} when there is none. */
  <T> PdfText each(List<T> items, Consumer<T> line) {
    if (items.isEmpty()) {
      text(NONE);
    }
    items.forEach(line);
    return this;
  }

  PdfText text(String text) {
    return add(Style.TEXT, text, 0);
  }

  /** A line under the previous one, indented. */
  PdfText detail(String text) {
    return add(Style.TEXT, text, 14);
  }

  PdfText note(String text) {
    return add(Style.NOTE, text, 0);
  }

  private PdfText add(Style style, String text, float indent) {
    for (String piece : PdfInk.wrap(font(style), size(style), text == null ? "-" : text, WIDTH - indent)) {
      lines.add(new Line(style, piece, indent));
    }
    return this;
  }

  byte[] bytes() {
    List<List<Line>> pages = new ArrayList<>();
    List<Line> page = new ArrayList<>();
    float y = TOP;
    for (Line line : lines) {
      float h = leading(line.style());
      if (y - h < BOTTOM) {
        pages.add(page);
        page = new ArrayList<>();
        y = TOP;
      }
      page.add(line);
      y -= h;
    }
    pages.add(page);
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int p = 0; p < pages.size(); p++) {
        PDPage pdPage = new PDPage(PDRectangle.A4);
        doc.addPage(pdPage);
        try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
          PdfInk ink = new PdfInk(cs);
          float at = TOP;
          for (Line line : pages.get(p)) {
            at -= leading(line.style());
            ink.text(font(line.style()), size(line.style()), MARGIN + line.indent(), at, line.text());
          }
          ink.text(fonts.regular, 8, PDRectangle.A4.getWidth() / 2 - 30, MARGIN,
              "Halaman " + (p + 1) + " dari " + pages.size());
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PDType1Font font(Style style) {
    return switch (style) {
      case TITLE, HEADING -> fonts.bold;
      case NOTE -> fonts.italic;
      case TEXT -> fonts.regular;
    };
  }

  private static float size(Style style) {
    return switch (style) {
      case TITLE -> 13;
      case HEADING -> 11;
      case TEXT, NOTE -> 9;
    };
  }

  private static float leading(Style style) {
    return size(style) * 1.45f;
  }
}
