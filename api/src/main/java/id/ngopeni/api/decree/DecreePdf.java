package id.ngopeni.api.decree;

import id.ngopeni.domain.decree.DecreeRules;
import id.ngopeni.persistence.decree.DecreeMember;
import id.ngopeni.persistence.decree.StoredDecree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The decree's list as the annex the mayor signs: A4, the decree's header, a ruled table of the
 * cohort (NIK masked to its first four and last four digits), "Halaman i dari n" on every page
 * and the signature block after the last row. Text is written in the standard Helvetica, so a
 * character it cannot encode is printed as '?'.
 */
final class DecreePdf {
  private static final float MARGIN = 40;
  private static final float ROW = 16;
  private static final float SIZE = 9;
  private static final float[] WIDTHS = {30, 95, 175, 95, 120};
  private static final String[] HEADINGS = {"No", "NIK", "Nama", "Kategori", "Kelurahan"};
  private static final float HEADER_BLOCK = 118;
  private static final float SIGNATURE_BLOCK = 120;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  static byte[] of(StoredDecree d, List<DecreeMember> members, int heldBack) {
    return new DecreePdf().write(d, members, heldBack);
  }

  private byte[] write(StoredDecree d, List<DecreeMember> members, int heldBack) {
    PDRectangle a4 = PDRectangle.A4;
    float top = a4.getHeight() - MARGIN;
    float bottom = MARGIN + 24;
    List<int[]> pages = paginate(members.size(), top, bottom);
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int p = 0; p < pages.size(); p++) {
        PDPage page = new PDPage(a4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          float y = top;
          if (p == 0) {
            y = header(cs, d, y, heldBack);
          }
          int from = pages.get(p)[0];
          int to = pages.get(p)[1];
          if (to > from || p == 0) {
            y = table(cs, members, from, to, y);
          }
          if (p == pages.size() - 1) {
            signature(cs, d, y - 24);
          }
          text(cs, regular, SIZE, a4.getWidth() / 2 - 30, MARGIN, "Halaman " + (p + 1) + " dari " + pages.size());
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Row ranges [from, to) per page; the last page keeps room for the signature block. */
  private static List<int[]> paginate(int rows, float top, float bottom) {
    List<int[]> pages = new ArrayList<>();
    int next = 0;
    boolean first = true;
    while (true) {
      float room = top - bottom - (first ? HEADER_BLOCK : 0) - ROW;
      int fit = (int) (room / ROW);
      int end = Math.min(rows, next + fit);
      float used = (end - next + 1) * ROW + (first ? HEADER_BLOCK : 0);
      pages.add(new int[] {next, end});
      first = false;
      next = end;
      if (next >= rows) {
        if (top - bottom - used < SIGNATURE_BLOCK) {
          pages.add(new int[] {rows, rows});
        }
        return pages;
      }
    }
  }

  private float header(PDPageContentStream cs, StoredDecree d, float y, int heldBack) throws IOException {
    text(cs, bold, 11, MARGIN, y - 12, "LAMPIRAN KEPUTUSAN WALI KOTA");
    text(cs, regular, 10, MARGIN, y - 30, "Nomor: " + d.number());
    text(cs, regular, 10, MARGIN, y - 44, "Tanggal: " + d.decreeDate().format(DATE));
    text(cs, bold, 10, MARGIN, y - 64,
        "Daftar penerima bantuan iuran BPJS Ketenagakerjaan tahun " + d.year() + ", sumber dana " + d.fundingSource());
    String rule = d.earmarkRule() == null ? "-" : d.earmarkRule();
    text(cs, regular, 9, MARGIN, y - 80, fit(regular, 9, "Aturan peruntukan: " + rule, 515));
    text(cs, regular, 9, MARGIN, y - 94, "Jumlah penerima: " + d.members() + " orang");
    if (heldBack > 0) {
      // UU 27/2022 Pasal 41: people who asked to restrict processing are not listed.
      text(cs, regular, 9, MARGIN, y - 108, "Tidak dicantumkan karena pembatasan pemrosesan data pribadi: " + heldBack
          + " orang");
    }
    return y - HEADER_BLOCK;
  }

  private float table(PDPageContentStream cs, List<DecreeMember> members, int from, int to, float y) throws IOException {
    row(cs, bold, HEADINGS, y);
    y -= ROW;
    for (int i = from; i < to; i++) {
      DecreeMember m = members.get(i);
      row(cs, regular, new String[] {Integer.toString(i + 1), DecreeRules.maskNik(m.nik()), m.fullName(), m.category(),
          m.kelurahanName()}, y);
      y -= ROW;
    }
    return y;
  }

  /** One ruled row whose top edge is at {@code y}. */
  private void row(PDPageContentStream cs, PDType1Font font, String[] cells, float y) throws IOException {
    float x = MARGIN;
    for (float w : WIDTHS) {
      cs.addRect(x, y - ROW, w, ROW);
      x += w;
    }
    cs.stroke();
    x = MARGIN;
    for (int c = 0; c < cells.length; c++) {
      text(cs, font, SIZE, x + 3, y - ROW + 5, fit(font, SIZE, cells[c], WIDTHS[c] - 6));
      x += WIDTHS[c];
    }
  }

  private void signature(PDPageContentStream cs, StoredDecree d, float y) throws IOException {
    float x = MARGIN + 315;
    text(cs, regular, 10, x, y, "Ditetapkan pada tanggal " + d.decreeDate().format(DATE));
    text(cs, bold, 10, x, y - 16, "WALI KOTA,");
    text(cs, regular, 10, x, y - 80, "( ...................................... )");
  }

  private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(encodable(s));
    cs.endText();
  }

  /** {@code s} cut with "..." to fit {@code width} points. */
  private static String fit(PDType1Font font, float size, String s, float width) throws IOException {
    String t = encodable(s);
    if (font.getStringWidth(t) / 1000 * size <= width) {
      return t;
    }
    while (!t.isEmpty() && font.getStringWidth(t + "...") / 1000 * size > width) {
      t = t.substring(0, t.length() - 1);
    }
    return t + "...";
  }

  /** Printable Latin-1 stays; anything else (control characters, other scripts) becomes '?'. */
  private static String encodable(String s) {
    StringBuilder b = new StringBuilder(s == null ? 0 : s.length());
    if (s != null) {
      s.chars().forEach(c -> b.append((c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF) ? (char) c : '?'));
    }
    return b.toString();
  }
}
