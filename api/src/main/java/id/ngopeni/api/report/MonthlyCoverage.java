package id.ngopeni.api.report;

import id.ngopeni.api.report.Report.Column;
import id.ngopeni.api.report.Report.Column.Kind;
import id.ngopeni.api.report.Report.Line;
import id.ngopeni.api.report.Report.Section;
import id.ngopeni.persistence.report.ReportRepository.BaselineNote;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The monthly coverage report: the city's covered workers and their monthly premium as of the
 * month's last day (today while it runs), by kelurahan (with the baseline's workforce, BPJS's
 * participants, UCJ %, target and gap), by category and by funding source, each with its total;
 * where the baseline comes from and when it was recorded; what reaching the target costs. The
 * figures are {@code GET /coverage}'s, to the rupiah.
 */
final class MonthlyCoverage {
  private MonthlyCoverage() {}

  /** The three groupings as {@code GET /coverage} answers them. */
  record Figures(JsonObject byKelurahan, JsonObject byCategory, JsonObject bySource) {}

  static Report build(YearMonth month, LocalDate asOf, Figures f, Map<String, String> kecamatanOf, BaselineNote baseline,
      Instant printedAt, String printedBy) {
    List<Line> heading = List.of(
        Line.title("LAPORAN CAKUPAN JAMINAN SOSIAL KETENAGAKERJAAN PEKERJA RENTAN"),
        Line.bold("Bulan " + month.format(ReportText.MONTH) + ", keadaan per " + asOf.format(ReportText.DATE)),
        Line.of(baselineLine(month.getYear(), baseline)));
    List<Column> areaColumns = List.of(Column.text("Kecamatan", 14), Column.text("Kelurahan", 16),
        Column.of("Dibiayai kota", Kind.COUNT, 10), Column.of("Angkatan kerja", Kind.COUNT, 11),
        Column.of("Peserta BPJS dilaporkan", Kind.COUNT, 11), Column.of("UCJ (%)", Kind.PERCENT, 8),
        Column.of("Target", Kind.COUNT, 10), Column.of("Kekurangan", Kind.COUNT, 10),
        Column.of("Iuran per bulan", Kind.MONEY, 15));
    List<List<Object>> areas = new ArrayList<>();
    for (JsonObject r : rows(f.byKelurahan())) {
      areas.add(Report.row(kecamatanOf.getOrDefault(r.getString("key"), ""), r.getString("name"),
          r.getLong("covered"), r.getLong("workforce"), r.getLong("reportedParticipants"), percent(r),
          r.getLong("target"), r.getLong("gap"), r.getLong("monthlyPremium")));
    }
    JsonObject t = f.byKelurahan().getJsonObject("total");
    List<Object> areaTotal = Report.row("Kota", "", t.getLong("covered"), t.getLong("workforce"),
        t.getLong("reportedParticipants"), percent(t), t.getLong("target"), t.getLong("gap"), t.getLong("monthlyPremium"));
    List<String> notes = new ArrayList<>();
    notes.add("UCJ = peserta BPJS yang dilaporkan dibagi angkatan kerja; tanpa laporan BPJS dihitung dari peserta"
        + " yang dibiayai kota.");
    JsonObject projection = f.byKelurahan().getJsonObject("projection");
    if (projection != null) {
      notes.add("Untuk mencapai target: " + ReportText.count(projection.getLong("workersNeeded")) + " pekerja lagi, "
          + ReportText.cell(Kind.MONEY, projection.getLong("monthlyCostNeeded")) + " per bulan, "
          + ReportText.cell(Kind.MONEY, projection.getLong("annualCostNeeded")) + " per tahun (iuran minimum "
          + ReportText.cell(Kind.MONEY, projection.getLong("minimumMonthlyPremium")) + ").");
    }
    Section byArea = new Section("Menurut kelurahan", "Kelurahan", areaColumns, areas, areaTotal, notes);
    return new Report("cakupan-" + month, heading, printedAt, printedBy,
        List.of(byArea, simple("Menurut kategori pekerja", "Kategori", "Kategori", f.byCategory()),
            simple("Menurut sumber dana", "Sumber dana", "Sumber dana", f.bySource())),
        null, true);
  }

  private static Section simple(String heading, String sheet, String label, JsonObject report) {
    List<List<Object>> rows = new ArrayList<>();
    for (JsonObject r : rows(report)) {
      rows.add(Report.row(r.getString("key"), r.getString("name"), r.getLong("covered"), r.getLong("monthlyPremium")));
    }
    JsonObject t = report.getJsonObject("total");
    return new Section(heading, sheet, List.of(Column.text("Kode", 14), Column.text(label, 40),
        Column.of("Dibiayai kota", Kind.COUNT, 12), Column.of("Iuran per bulan", Kind.MONEY, 16)),
        rows, Report.row("Jumlah", "", t.getLong("covered"), t.getLong("monthlyPremium")), List.of());
  }

  private static List<JsonObject> rows(JsonObject report) {
    return report.getJsonArray("rows").stream().map(JsonObject.class::cast).toList();
  }

  private static BigDecimal percent(JsonObject row) {
    Object p = row.getValue("ucjPercent");
    return p == null ? null : new BigDecimal(p.toString());
  }

  static String baselineLine(int year, BaselineNote b) {
    if (b.areas() == 0) {
      return "Data dasar tahun " + year + " (angkatan kerja BPS, target, peserta BPJS): belum dicatat.";
    }
    return "Data dasar tahun " + year + " (angkatan kerja BPS, target, peserta BPJS): " + b.areas()
        + " wilayah, terakhir dicatat " + ReportText.dateTime(b.updatedAt())
        + (b.updatedBy() == null ? "" : " oleh " + b.updatedBy()) + ".";
  }
}
