package id.ngopeni.api.privacy;

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
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A breach notice as a letter: A4, the title in bold, each numbered section's heading in bold,
 * paragraphs wrapped to the page, pages added as the text needs, "Halaman i dari n" at the foot.
 * Standard Helvetica (WinAnsi): typographic quotes and dashes become their ASCII forms, any
 * other character it cannot print becomes '?'.
 */
final class BreachNoticePdf {
  private static final float MARGIN = 56;
  private static final float SIZE = 11;
  private static final float LEADING = 15;
  private static final float GAP = 8;

  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

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
          float y = a4.getHeight() - MARGIN;
          for (Line line : pages.get(p)) {
            if (line.text() == null) {
              y -= GAP;
              continue;
            }
            y -= LEADING;
            text(cs, line.font(), line.size(), MARGIN, y, line.text());
          }
          text(cs, regular, 9, a4.getWidth() / 2 - 30, MARGIN / 2, "Halaman " + (p + 1) + " dari " + pages.size());
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Line> layout(List<String> paragraphs, float width) throws IOException {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = printable(paragraphs.get(i));
      boolean heading = i == 0 || p.matches("\\d+\\. .*");
      PDType1Font font = heading ? bold : regular;
      float size = i == 0 ? 13 : SIZE;
      for (String line : wrap(font, size, p, width)) {
        lines.add(new Line(font, size, line));
      }
      lines.add(new Line(regular, SIZE, null));
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

  /** Words into lines of at most {@code width} points; a word longer than a line is cut. */
  private static List<String> wrap(PDType1Font font, float size, String text, float width) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" +")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(font, size, candidate) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (!line.isEmpty()) {
        out.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (width(font, size, rest) > width) {
        int cut = rest.length() - 1;
        while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
          cut--;
        }
        out.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    if (!line.isEmpty()) {
      out.add(line.toString());
    }
    return out;
  }

  private static float width(PDType1Font font, float size, String s) throws IOException {
    return font.getStringWidth(s) / 1000 * size;
  }

  private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  /** What Helvetica can print: Latin-1 as it is, typographic punctuation as ASCII, the rest '?'. */
  static String printable(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\u2018', '\u2019' -> b.append('\'');
        case '\u201C', '\u201D' -> b.append('"');
        case '\u2013', '\u2014' -> b.append('-');
        case '\u00D7' -> b.append('x');
        default -> b.append((c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF) ? c : '?');
      }
    }
    return b.toString();
  }
}
