package id.ngopeni.api.decree;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.persistence.decree.DecreeMember;
import id.ngopeni.persistence.decree.StoredDecree;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The signed list over several pages: every page numbered "i dari n", every row there once, the signature at the end. */
class DecreePdfTest {
  @Test
  void aLongListIsPagedNumberedAndSignedOnce() throws IOException {
    List<DecreeMember> members = IntStream.rangeClosed(1, 130).mapToObj(i -> new DecreeMember(UUID.randomUUID(),
        String.format("3573%012d", i), i == 7 ? "Ṣiti Ａminah" : "Pekerja " + i, "MARBOT", "35.73.02.1001", "Kauman"))
        .toList();
    StoredDecree d = new StoredDecree(UUID.randomUUID(), "DBHCHT", 2027, "188.45/9/2027", LocalDate.of(2027, 1, 5),
        "PMK 72/2024", "ACTIVE_MEMBERSHIPS", null, UUID.randomUUID(), OffsetDateTime.now(), 130);
    try (PDDocument doc = Loader.loadPDF(DecreePdf.of(d, members, 0))) {
      int n = doc.getNumberOfPages();
      assertThat(n).isGreaterThan(2);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= n; p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String page = stripper.getText(doc);
        assertThat(page).contains("Halaman " + p + " dari " + n);
        assertThat(page.contains("WALI KOTA,")).isEqualTo(p == n);
      }
      stripper.setStartPage(1);
      stripper.setEndPage(n);
      String all = stripper.getText(doc);
      assertThat(all).contains("Nomor: 188.45/9/2027", "3573••••••••0130", "Pekerja 130", "?iti ?minah",
          "Aturan peruntukan: PMK 72/2024");
      assertThat(all).doesNotContain("3573000000000130");
    }
  }
}
