package id.ngopeni.api.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Text on PDF pages, for every PDF the server writes (reports, the subject's report, breach
 * notices): drawing text and ruled cells on a page, and, before any page exists, measuring,
 * cutting and wrapping text to a width.
 *
 * <p>The fonts are the standard Helvetica, whose encoding (WinAnsi) has printable Latin-1 and a
 * few more: typographic quotes and dashes, and the mask character • of {@code privacy.Masks}.
 * Whatever the font can draw is drawn as it is ({@link #printable}); a character it cannot draw
 * becomes its ASCII look-alike when it has one (a quote, a dash, '*' for •), else '?', never
 * dropped silently. Control characters are '?' too.
 */
public final class PdfInk {
  public final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  public final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  public final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
  private final PDPageContentStream cs;

  /** Look-alikes for characters a font may lack, tried only when it lacks them. */
  private static final Map<Integer, String> LOOK_ALIKES = Map.ofEntries(Map.entry(0x2018, "'"), Map.entry(0x2019, "'"),
      Map.entry(0x201A, "'"), Map.entry(0x201B, "'"), Map.entry(0x201C, "\""), Map.entry(0x201D, "\""),
      Map.entry(0x201E, "\""), Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "-"),
      Map.entry(0x2013, "-"), Map.entry(0x2014, "-"), Map.entry(0x2212, "-"), Map.entry(0x00D7, "x"),
      Map.entry(0x00A0, " "), Map.entry(0x2022, "*"));

  /** Fonts to measure and lay out with, before any page exists. */
  public PdfInk() {
    this(null);
  }

  /** Fonts and a page to draw on. */
  public PdfInk(PDPageContentStream cs) {
    this.cs = cs;
  }

  /** {@code s} at ({@code x}, {@code y}) in {@code font}, as {@link #printable} makes it; nothing for "". */
  public void text(PDFont font, float size, float x, float y, String s) throws IOException {
    String t = printable(font, s);
    if (t.isEmpty()) {
      return;
    }
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(t);
    cs.endText();
  }

  public void rectangle(float x, float y, float w, float h) throws IOException {
    cs.addRect(x, y, w, h);
    cs.stroke();
  }

  /** How wide {@code s} is, in points, once {@link #printable}. */
  public static float width(PDFont font, float size, String s) {
    try {
      return font.getStringWidth(printable(font, s)) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code s} cut with "..." to fit {@code width} points. */
  public static String fit(PDFont font, float size, String s, float width) {
    String t = printable(font, s);
    if (width(font, size, t) <= width) {
      return t;
    }
    while (!t.isEmpty() && width(font, size, t + "...") > width) {
      t = t.substring(0, t.length() - 1);
    }
    return t + "...";
  }

  /** {@code s} in at most {@code lines} lines of {@code width} points, word by word; the last one cut. */
  public static List<String> wrap(PDFont font, float size, String s, float width, int lines) {
    List<String> out = new ArrayList<>();
    String line = "";
    String[] words = printable(font, s).split(" ");
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

  /**
   * {@code s} in as many lines of at most {@code width} points as it needs, broken at spaces (a
   * word longer than a line is cut); "" gives one empty line.
   */
  public static List<String> wrap(PDFont font, float size, String s, float width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : printable(font, s).split(" ", -1)) {
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

  /**
   * What {@code font} can draw of {@code s}: every character it has stays (• included, in
   * Helvetica), one it lacks becomes its look-alike or '?', a control character '?'; null is "".
   */
  public static String printable(PDFont font, String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (c >= 0x20 && c <= 0x7E) {
        b.append((char) c);
      } else if (Character.isISOControl(c)) {
        b.append('?');
      } else if (draws(font, Character.toString(c))) {
        b.appendCodePoint(c);
      } else {
        String alike = LOOK_ALIKES.get(c);
        b.append(alike != null && draws(font, alike) ? alike : "?");
      }
    });
    return b.toString();
  }

  private static boolean draws(PDFont font, String s) {
    try {
      font.encode(s);
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }
}
