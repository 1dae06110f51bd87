package id.ngopeni.api.report;

import id.ngopeni.api.report.Report.Column;
import id.ngopeni.api.report.Report.Column.Kind;
import id.ngopeni.api.report.Report.Line;
import id.ngopeni.api.report.Report.Section;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.report.ReportPeriod;
import id.ngopeni.persistence.report.ReportRepository.ClaimLine;
import id.ngopeni.persistence.report.ReportRepository.PayoutLine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The claim register (the cases the city assists, filed in a period) and the payout register (the
 * city's santunan payouts made in a period): one line per claim or payout, its worker and
 * beneficiary by name, statuses and types in words, amounts in rupiah, with totals and a count per
 * status.
 */
final class Registers {
  private Registers() {}

  /** Who asked, for which period and status, and where (a field officer's kelurahan, else null). */
  record Scope(ReportPeriod period, String status, List<String> area, Instant printedAt, String printedBy) {}

  static Report claims(Scope s, List<ClaimLine> lines) {
    List<List<Object>> rows = new ArrayList<>();
    long entitled = 0;
    long paid = 0;
    Map<String, long[]> byStatus = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      ClaimLine c = lines.get(i);
      entitled += c.entitlementTotal();
      paid += c.paidTotal();
      tally(byStatus, Words.of("claim.status", c.status()), c.entitlementTotal());
      rows.add(Report.row((long) (i + 1), day(c.filedAt()), c.workerName(), c.kelurahanName(),
          Words.of("claim.type", c.type()), c.incidentDate(), Words.of("claim.status", c.status()), c.entitlementTotal(),
          c.paidTotal(), c.handedOverOn(), c.bpjsCaseNumber()));
    }
    List<Column> columns = List.of(Column.of("No", Kind.COUNT, 5), Column.of("Diajukan", Kind.DATE, 11),
        Column.text("Pekerja", 24), Column.text("Kelurahan", 15), Column.text("Jenis", 24),
        Column.of("Tanggal kejadian", Kind.DATE, 11), Column.text("Status", 16),
        Column.of("Hak sesuai aturan", Kind.MONEY, 15), Column.of("Dibayar BPJS", Kind.MONEY, 15),
        Column.of("Diserahkan ke BPJS", Kind.DATE, 11), Column.text("Nomor kasus BPJS", 16));
    Section register = new Section("Register klaim", "Klaim", columns, rows,
        Report.row("Jumlah", null, lines.size() + " klaim", null, null, null, null, entitled, paid, null, null),
        List.of("Menurut status: " + counts(byStatus, false)));
    return new Report("register-klaim-" + s.period().from() + "-" + s.period().to(),
        heading("REGISTER KLAIM JAMINAN SOSIAL KETENAGAKERJAAN YANG DIDAMPINGI KOTA", "pengajuan", "claim.status", s),
        s.printedAt(), s.printedBy(), List.of(register), null, true);
  }

  static Report payouts(Scope s, List<PayoutLine> lines) {
    List<List<Object>> rows = new ArrayList<>();
    long total = 0;
    Map<String, long[]> byStatus = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      PayoutLine p = lines.get(i);
      total += p.amount();
      tally(byStatus, Words.of("payout.status", p.status()), p.amount());
      rows.add(Report.row((long) (i + 1), day(p.createdAt()), p.workerName(), p.heirName(),
          Words.of("relationship", p.heirRelationship()), p.programme() == null ? "Klaim (riwayat)" : p.programme(),
          p.amount(), Words.of("payout.status", p.status()), p.decidedBy(), day(p.decidedAt()), p.bankReference()));
    }
    List<Column> columns = List.of(Column.of("No", Kind.COUNT, 5), Column.of("Dibuat", Kind.DATE, 11),
        Column.text("Pekerja", 22), Column.text("Penerima", 22), Column.text("Hubungan", 13),
        Column.text("Program santunan", 22), Column.of("Jumlah", Kind.MONEY, 15), Column.text("Status", 16),
        Column.text("Diputuskan oleh", 13), Column.of("Tanggal keputusan", Kind.DATE, 11),
        Column.text("Referensi bank", 14));
    Section register = new Section("Register pembayaran santunan", "Pembayaran", columns, rows,
        Report.row("Jumlah", null, lines.size() + " pembayaran", null, null, null, total, null, null, null, null),
        List.of("Menurut status: " + counts(byStatus, true)));
    return new Report("register-pembayaran-" + s.period().from() + "-" + s.period().to(),
        heading("REGISTER PEMBAYARAN SANTUNAN KOTA", "pembuatan", "payout.status", s),
        s.printedAt(), s.printedBy(), List.of(register), null, true);
  }

  private static List<Line> heading(String title, String what, String statusPrefix, Scope s) {
    List<Line> lines = new ArrayList<>();
    lines.add(Line.title(title));
    lines.add(Line.bold("Periode " + what + ": " + s.period().from().format(ReportText.DATE) + " s.d. "
        + s.period().to().format(ReportText.DATE)));
    lines.add(Line.of("Status: " + (s.status() == null ? "semua" : Words.of(statusPrefix, s.status()))));
    if (s.area() != null) {
      lines.add(Line.of("Wilayah: kelurahan " + String.join(", ", s.area()) + " (wilayah tugas petugas)"));
    }
    return lines;
  }

  private static LocalDate day(Instant at) {
    return at == null ? null : at.atZone(Jakarta.ZONE).toLocalDate();
  }

  private static void tally(Map<String, long[]> byStatus, String status, long amount) {
    long[] t = byStatus.computeIfAbsent(status, k -> new long[2]);
    t[0]++;
    t[1] += amount;
  }

  /** "Diajukan 3, Di BPJS 1" (with the amounts when {@code money}); "-" when empty. */
  private static String counts(Map<String, long[]> byStatus, boolean money) {
    StringJoiner out = new StringJoiner("; ");
    byStatus.forEach((status, t) -> out.add(status + " " + t[0]
        + (money ? " (" + ReportText.cell(Kind.MONEY, t[1]) + ")" : "")));
    return byStatus.isEmpty() ? "-" : out.toString();
  }
}
