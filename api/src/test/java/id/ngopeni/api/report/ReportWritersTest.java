package id.ngopeni.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.report.Report.Column;
import id.ngopeni.api.report.Report.Column.Kind;
import id.ngopeni.api.report.Report.Line;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;

/**
 * The one report model printed both ways: a long table over several A4 pages (column names again
 * on every page, "Halaman i dari n" and the printed line on each, the signature once at the end),
 * and the same figures as typed XLSX cells under a frozen header row.
 */
class ReportWritersTest {
  private static final Instant PRINTED = Instant.parse("2026-05-31T07:03:00Z");

  private static Report report(int rows) {
    List<List<Object>> lines = new ArrayList<>();
    long sum = 0;
    for (int i = 1; i <= rows; i++) {
      lines.add(Report.row((long) i, "Pekerja " + i, LocalDate.of(2026, 5, 1 + i % 28), 16_800L * i,
          new BigDecimal("32.44"), i % 2 == 0 ? "Ṣiti" : null));
      sum += 16_800L * i;
    }
    List<Column> columns = List.of(Column.of("No", Kind.COUNT, 5), Column.text("Nama", 20), Column.of("Tanggal", Kind.DATE, 11),
        Column.of("Iuran", Kind.MONEY, 12), Column.of("UCJ (%)", Kind.PERCENT, 8), Column.text("Catatan", 10));
    return new Report("uji", List.of(Line.title("LAPORAN UJI"), Line.bold("Bulan Mei 2026")), PRINTED, "rina.operator",
        List.of(new Report.Section("Daftar", "Daftar uji", columns, lines, Report.row("Jumlah", null, null, sum, null, null),
            List.of("Catatan di bawah tabel."))),
        Report.Signature.headOfOffice("Malang, 31 Mei 2026"), false);
  }

  @Test
  void aLongTableRunsOverNumberedPagesWithItsHeaderOnEachAndTheSignatureOnceAtTheEnd() {
    byte[] pdf = ReportPdf.of(report(120));
    List<String> pages = ReportFiles.pdfPages(pdf);
    assertThat(pages.size()).isGreaterThan(2);
    float[] size = ReportFiles.pdfPageSize(pdf);
    assertThat(size[0]).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
    assertThat(size[1]).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
    for (int p = 0; p < pages.size(); p++) {
      String page = pages.get(p);
      assertThat(page).contains("Halaman " + (p + 1) + " dari " + pages.size());
      assertThat(page).contains("Dicetak 31/05/2026 14:03 WIB oleh rina.operator");
      assertThat(page).contains("Iuran");
      assertThat(page.contains("KEPALA DINAS,")).isEqualTo(p == pages.size() - 1);
    }
    String all = String.join("\n", pages);
    assertThat(all).contains("LAPORAN UJI", "Bulan Mei 2026", "Pekerja 120", "Rp16.800", "Rp2.016.000",
        "32,44 %", "?iti", "Jumlah", "Rp121.968.000", "Catatan di bawah tabel.", "NIP.");
    assertThat(all).contains("02/05/2026");
  }

  @Test
  void theSameFiguresAreTypedCellsUnderAFrozenHeaderRow() {
    byte[] xlsx = ReportXlsx.of(report(3));
    List<ReportFiles.Sheet> sheets = ReportFiles.xlsx(xlsx);
    assertThat(sheets).extracting(ReportFiles.Sheet::name).containsExactly("Daftar uji");
    ReportFiles.Sheet sheet = sheets.get(0);
    assertThat(sheet.rows().get(0).get(0).getText()).isEqualTo("LAPORAN UJI");
    assertThat(sheet.rows().get(2).get(0).getText()).isEqualTo("Dicetak 31/05/2026 14:03 WIB oleh rina.operator");
    int header = sheet.indexOf("No");
    assertThat(ReportFiles.frozenRows(xlsx, 1)).isEqualTo(header + 1);
    List<Cell> second = sheet.rows().get(header + 2);
    assertThat(second.get(0).getType()).isEqualTo(CellType.NUMBER);
    assertThat(second.get(0).asNumber()).isEqualByComparingTo("2");
    assertThat(second.get(1).getText()).isEqualTo("Pekerja 2");
    assertThat(second.get(2).getType()).isEqualTo(CellType.NUMBER);
    assertThat(second.get(2).getDataFormatString()).isEqualTo("dd/mm/yyyy");
    assertThat(second.get(2).asDate().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 3));
    assertThat(second.get(3).asNumber()).isEqualByComparingTo("33600");
    assertThat(second.get(3).getDataFormatString()).contains("#,##0");
    assertThat(second.get(4).asNumber()).isEqualByComparingTo("32.44");
    assertThat(second.get(5).getText()).isEqualTo("Ṣiti");
    List<Cell> total = sheet.rowStarting("Jumlah");
    assertThat(total.get(3).asNumber()).isEqualByComparingTo(String.valueOf(16_800L * 6));
    assertThat(sheet.rowStarting("Catatan di bawah tabel.")).isNotEmpty();
    assertThat(sheet.rowStarting("KEPALA DINAS,")).isNotEmpty();
  }
}
