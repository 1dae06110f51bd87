package id.ngopeni.api.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Drawing on one PDF page in the standard Helvetica: text, text cut or wrapped to a width, ruled
 * cells. Helvetica encodes Latin-1 only, so any other character (another script, a control
 * character) is printed as '?'.
 */
final class PdfInk {
  final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final PDPageContentStream cs;

  PdfInk(PDPageContentStream cs) {
    this.cs = cs;
  }

  void text(PDType1Font font, float size, float x, float y, String s) throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(encodable(s));
    cs.endText();
  }

  void rectangle(float x, float y, float w, float h) throws IOException {
    cs.addRect(x, y, w, h);
    cs.stroke();
  }

  float width(PDType1Font font, float size, String s) throws IOException {
    return font.getStringWidth(encodable(s)) / 1000 * size;
  }

  /** {@code s} cut with "..." to fit {@code width} points. */
  String fit(PDType1Font font, float size, String s, float width) throws IOException {
    String t = encodable(s);
    if (width(font, size, t) <= width) {
      return t;
    }
    while (!t.isEmpty() && width(font, size, t + "...") > width) {
      t = t.substring(0, t.length() - 1);
    }
    return t + "...";
  }

  /** {@code s} in at most {@code lines} lines of {@code width} points, word by word; the last one cut. */
  List<String> wrap(PDType1Font font, float size, String s, float width, int lines) throws IOException {
    List<String> out = new ArrayList<>();
    String line = "";
    String[] words = encodable(s).split(" ");
    int i = 0;
    for (; i < words.length && out.size() < lines - 1; i++) {
      String next = line.isEmpty() ? words[i] : line + " " + words[i];
      if (width(font, size, next) <= width || line.isEmpty()) {
        line = next;
      } else {
        out.add(fit(font, size, line, width));
        line = words[i];
      }
    }
    StringBuilder rest = new StringBuilder(line);
    for (; i < words.length; i++) {
      rest.append(rest.length() == 0 ? "" : " ").append(words[i]);
    }
    out.add(fit(font, size, rest.toString(), width));
    return out;
  }

  /** The mask character of {@code privacy.Masks} (•), printed as '*'. */
  private static final char MASK = '\u2022';

  /** Printable Latin-1 stays, a mask's • is printed as '*'; anything else (control characters, other scripts) becomes '?'. */
  static String encodable(String s) {
    StringBuilder b = new StringBuilder(s == null ? 0 : s.length());
    if (s != null) {
      s.chars().forEach(c -> b.append(c == MASK ? '*' : (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF) ? (char) c : '?'));
    }
    return b.toString();
  }
}
