package id.ngopeni.api.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.report.ReportFiles;
import id.ngopeni.domain.privacy.Masks;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/** The one text helper of every PDF: what Helvetica can draw stays, the rest is '?' or a look-alike. */
class PdfInkTest {
  private final PdfInk fonts = new PdfInk();

  @Test
  void theMaskTypographyAndLatin1StayAndOtherCharactersBecomeQuestionMarks() {
    assertThat(PdfInk.printable(fonts.regular, "NIK 3573••••••••01 – “Ṣiti” × 2 é\n\u0007"))
        .isEqualTo("NIK 3573••••••••01 – “?iti” × 2 é??");
    assertThat(PdfInk.printable(fonts.italic, "a\u2212b \u2010 😀")).isEqualTo("a-b - ?");
    assertThat(PdfInk.printable(fonts.bold, null)).isEmpty();
  }

  @Test
  void wrappingKeepsEveryWordAndNoLineIsWiderThanAsked() {
    String text = "Pekerja " + Masks.nik("3573010101010001") + " " + "sangatpanjangsekalitanpaspasi".repeat(4)
        + " dan seterusnya";
    List<String> lines = PdfInk.wrap(fonts.regular, 9, text, 120);
    assertThat(lines).hasSizeGreaterThan(2).allSatisfy(l -> assertThat(PdfInk.width(fonts.regular, 9, l)).isLessThanOrEqualTo(120));
    assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    assertThat(PdfInk.wrap(fonts.regular, 9, "", 120)).containsExactly("");
    assertThat(PdfInk.wrap(fonts.bold, 9, "satu dua tiga empat lima enam tujuh", 40, 2)).hasSize(2)
        .last().asString().endsWith("...");
  }

  @Test
  void theMaskDrawnOnAPageIsReadBackAsTheMask() throws Exception {
    String masked = Masks.nik("3573010101010001");
    byte[] pdf;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        PdfInk ink = new PdfInk(cs);
        ink.text(ink.regular, 10, 50, 700, "NIK " + masked);
      }
      doc.save(out);
      pdf = out.toByteArray();
    }
    assertThat(masked).contains("•");
    assertThat(ReportFiles.pdfText(pdf)).contains("NIK " + masked);
  }
}
