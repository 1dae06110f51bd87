package id.ngopeni.api.decree;

import id.ngopeni.api.report.Report;
import id.ngopeni.api.report.Report.Column;
import id.ngopeni.api.report.Report.Line;
import id.ngopeni.api.report.ReportPdf;
import id.ngopeni.api.report.ReportText;
import id.ngopeni.domain.decree.DecreeRules;
import id.ngopeni.persistence.decree.DecreeMember;
import id.ngopeni.persistence.decree.StoredDecree;
import java.util.ArrayList;
import java.util.List;

/**
 * The decree's list as the annex the mayor signs, through the shared {@link ReportPdf}: A4, the
 * decree's header, a ruled table of the cohort (NIK masked to its first four and last four
 * digits), "Halaman i dari n" on every page and the mayor's signature block after the last row.
 * The monthly list the head of office signs, with premiums and a control total, is
 * {@code report.RecipientsReport}.
 */
final class DecreePdf {
  private DecreePdf() {}

  static byte[] of(StoredDecree d, List<DecreeMember> members, int heldBack) {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      DecreeMember m = members.get(i);
      rows.add(Report.row((long) (i + 1), DecreeRules.maskNik(m.nik()), m.fullName(), m.category(), m.kelurahanName()));
    }
    String date = d.decreeDate().format(ReportText.LONG_DATE);
    List<Line> heading = List.of(Line.bold("LAMPIRAN KEPUTUSAN WALI KOTA"), Line.of("Nomor: " + d.number()),
        Line.of("Tanggal: " + date),
        Line.bold("Daftar penerima bantuan iuran BPJS Ketenagakerjaan tahun " + d.year() + ", sumber dana "
            + d.fundingSource()),
        Line.of("Aturan peruntukan: " + (d.earmarkRule() == null ? "-" : d.earmarkRule())),
        Line.of("Jumlah penerima: " + d.members() + " orang"));
    if (heldBack > 0) {
      // UU 27/2022 Pasal 41: people who asked to restrict processing are not listed.
      heading = new ArrayList<>(heading);
      heading.add(Line.of("Tidak dicantumkan karena pembatasan pemrosesan data pribadi: " + heldBack + " orang"));
    }
    Report.Section cohort = new Report.Section("Daftar penerima", "SK " + d.fundingSource() + " " + d.year(),
        List.of(Column.of("No", Column.Kind.COUNT, 4), Column.text("NIK", 13), Column.text("Nama", 24),
            Column.text("Kategori", 13), Column.text("Kelurahan", 16)),
        rows, null, List.of());
    Report.Signature mayor = new Report.Signature(List.of("Ditetapkan pada tanggal " + date, "WALI KOTA,"),
        List.of("( ...................................... )"));
    return ReportPdf.of(new Report("sk-" + d.fundingSource() + "-" + d.year(), heading, null, null, List.of(cohort),
        mayor, false));
  }
}
