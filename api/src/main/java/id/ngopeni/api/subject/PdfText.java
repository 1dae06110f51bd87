package id.ngopeni.api.subject;

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
 * A plain A4 document of headings and wrapped lines, numbered "Halaman i dari n": laid out into
 * pages first (so n is known), then written with PDFBox. Text is set in the standard Helvetica
 * (WinAnsi): a character it cannot show is printed as '?', never dropped silently.
 */
final class PdfText {
  private static final float MARGIN = 48;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
  private static final float BOTTOM = MARGIN + 24;

  private enum Style { TITLE, HEADING, TEXT, NOTE }

  private record Line(Style style, String text, float indent) {}

  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
  private final List<Line> lines = new ArrayList<>();

  PdfText title(String text) {
    return add(Style.TITLE, text, 0);
  }

  PdfText heading(String text) {
    lines.add(new Line(Style.TEXT, "", 0));
    return add(Style.HEADING, text, 0);
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
    for (String piece : wrap(encodable(text), font(style), size(style), WIDTH - indent)) {
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
          float at = TOP;
          for (Line line : pages.get(p)) {
            at -= leading(line.style());
            show(cs, font(line.style()), size(line.style()), MARGIN + line.indent(), at, line.text());
          }
          show(cs, regular, 8, PDRectangle.A4.getWidth() / 2 - 30, MARGIN, "Halaman " + (p + 1) + " dari " + pages.size());
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void show(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
      throws IOException {
    if (s.isEmpty()) {
      return;
    }
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  private PDType1Font font(Style style) {
    return switch (style) {
      case TITLE, HEADING -> bold;
      case NOTE -> italic;
      case TEXT -> regular;
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

  /** The text in lines no wider than {@code width}, broken at spaces (a word longer than a line is cut). */
  private static List<String> wrap(String text, PDType1Font font, float size, float width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ", -1)) {
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
    out.add(line.toString());
    return out;
  }

  private static float width(PDType1Font font, float size, String s) {
    try {
      return font.getStringWidth(s) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Printable Latin-1 and the mask dot (WinAnsi has both) stay; anything else becomes '?'. */
  static String encodable(String s) {
    StringBuilder b = new StringBuilder(s == null ? 1 : s.length());
    if (s == null) {
      return "-";
    }
    s.codePoints().forEach(c -> b.append((c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF) || c == '•' || c == '–'
        || c == '—' ? Character.toString(c) : "?"));
    return b.toString();
  }
}
