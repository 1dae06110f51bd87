package id.ngopeni.api.report;

import id.ngopeni.api.report.Report.Column;
import id.ngopeni.api.report.Report.Column.Kind;
import id.ngopeni.api.report.Report.Line;
import id.ngopeni.api.report.Report.Section;
import id.ngopeni.domain.privacy.Masks;
import id.ngopeni.persistence.report.ReportRepository.InvoiceHead;
import id.ngopeni.persistence.report.ReportRepository.RecipientLine;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The monthly list of the people a funding source pays premiums for, as the head of office signs
 * it: the month's premium invoice line by line (NIK masked), with the
 * control total — how many people and how much — held against the invoice's own count and total,
 * and the head of office's signature block. The yearly annex the mayor signs is the decree's list
 * ({@code GET /decrees/{id}/list}); this is the month's.
 */
final class RecipientList {
  private RecipientList() {}

  static Report build(YearMonth month, String source, InvoiceHead invoice, List<RecipientLine> lines, Instant printedAt,
      String printedBy) {
    List<List<Object>> rows = new ArrayList<>();
    long sum = 0;
    for (int i = 0; i < lines.size(); i++) {
      RecipientLine l = lines.get(i);
      sum += l.amount();
      rows.add(Report.row((long) (i + 1), Masks.nik(l.nik()), l.fullName(), l.kelurahanName(), l.category(),
          String.join(" + ", l.programs()), l.declaredIncome(), l.amount()));
    }
    boolean agrees = lines.size() == invoice.lineCount() && sum == invoice.total();
    String control = "Jumlah kontrol: " + ReportText.count(lines.size()) + " orang, iuran "
        + ReportText.cell(Kind.MONEY, sum) + (agrees ? " (sama dengan tagihan iuran bulan ini)."
            : " - TIDAK SAMA dengan tagihan iuran: " + ReportText.count(invoice.lineCount()) + " orang, "
                + ReportText.cell(Kind.MONEY, invoice.total()) + ".");
    String paid = "PAID".equals(invoice.status())
        ? "Dibayar " + invoice.paidOn().format(ReportText.DATE) + ", referensi " + invoice.paymentReference()
        : Words.of("premium_invoice.status", invoice.status());
    List<Line> heading = List.of(
        Line.title("DAFTAR NOMINATIF PENERIMA BANTUAN IURAN BPJS KETENAGAKERJAAN"),
        Line.bold("Bulan " + month.format(ReportText.MONTH) + ", sumber dana " + source + " (" + invoice.sourceName() + ")"),
        Line.of("Tagihan iuran: " + paid),
        Line.bold(control));
    Section list = new Section("Daftar penerima", "Penerima " + source,
        List.of(Column.of("No", Kind.COUNT, 5), Column.text("NIK", 17), Column.text("Nama", 28),
            Column.text("Kelurahan", 16), Column.text("Kategori", 18), Column.text("Program", 11),
            Column.of("Upah dilaporkan", Kind.MONEY, 14), Column.of("Iuran", Kind.MONEY, 12)),
        rows, Report.row("Jumlah", null, ReportText.count(lines.size()) + " orang", null, null, null, null, sum),
        List.of(control));
    String place = "......................, " + printedAt.atZone(id.ngopeni.domain.Jakarta.ZONE).toLocalDate()
        .format(ReportText.LONG_DATE);
    return new Report("penerima-" + source.toLowerCase(Locale.ROOT) + "-" + month, heading, printedAt, printedBy,
        List.of(list), Report.Signature.headOfOffice(place), true);
  }
}
