package id.ngopeni.api.privacy;

import id.ngopeni.api.pdf.PdfInk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * A breach notice as a letter: A4, the title in bold, each numbered section's heading in bold,
 * paragraphs wrapped to the page, pages added as the text needs, "Halaman i dari n" at the foot.
 * Standard Helvetica by {@link PdfInk}: what the font has (Latin-1, typographic quotes and dashes,
 * the mask's •) is printed as it is, any other character '?'.
 */
final class BreachNoticePdf {
  private static final float MARGIN = 56;
  private static final float SIZE = 11;
  private static final float LEADING = 15;
  private static final float GAP = 8;

  private final PdfInk fonts = new PdfInk();

  /** One laid-out line: its font and text, or a paragraph gap (null text). */
  private record Line(PDType1Font font, float size, String text) {}

  static byte[] of(List<String> paragraphs) {
    return new BreachNoticePdf().write(paragraphs);
  }

  private byte[] write(List<String> paragraphs) {
    PDRectangle a4 = PDRectangle.A4;
    float width = a4.getWidth() - 2 * MARGIN;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      List<Line> lines = layout(paragraphs, width);
      List<List<Line>> pages = paginate(lines, a4.getHeight() - 2 * MARGIN - LEADING);
      for (int p = 0; p < pages.size(); p++) {
        PDPage page = new PDPage(a4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          PdfInk ink = new PdfInk(cs);
          float y = a4.getHeight() - MARGIN;
          for (Line line : pages.get(p)) {
            if (line.text() == null) {
              y -= GAP;
              continue;
            }
            y -= LEADING;
            ink.text(line.font(), line.size(), MARGIN, y, line.text());
          }
          ink.text(fonts.regular, 9, a4.getWidth() / 2 - 30, MARGIN / 2, "Halaman " + (p + 1) + " dari " + pages.size());
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Line> layout(List<String> paragraphs, float width) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i).strip().replaceAll(" +", " ");
      boolean heading = i == 0 || p.matches("\\d+\\. .*");
      PDType1Font font = heading ? fonts.bold : fonts.regular;
      float size = i == 0 ? 13 : SIZE;
      if (!p.isEmpty()) {
        for (String line : PdfInk.wrap(font, size, p, width)) {
          lines.add(new Line(font, size, line));
        }
      }
      lines.add(new Line(fonts.regular, SIZE, null));
    }
    return lines;
  }

  /** Lines per page, a page never starting with a gap. */
  private static List<List<Line>> paginate(List<Line> lines, float height) {
    List<List<Line>> pages = new ArrayList<>();
    List<Line> page = new ArrayList<>();
    float used = 0;
    for (Line line : lines) {
      float h = line.text() == null ? GAP : LEADING;
      if (used + h > height && !page.isEmpty()) {
        pages.add(page);
        page = new ArrayList<>();
        used = 0;
      }
      if (line.text() == null && page.isEmpty()) {
        continue;
      }
      page.add(line);
      used += h;
    }
    pages.add(page);
    return pages;
  }
}
