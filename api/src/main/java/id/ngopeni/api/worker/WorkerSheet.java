package id.ngopeni.api.worker;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.api.report.Report;
import id.ngopeni.api.report.Report.Column;
import id.ngopeni.api.report.Report.Column.Kind;
import id.ngopeni.api.report.Report.Line;
import id.ngopeni.api.report.ReportFormat;
import id.ngopeni.api.report.ReportText;
import id.ngopeni.api.report.Words;
import id.ngopeni.domain.privacy.Masks;
import id.ngopeni.domain.privacy.Purpose;
import id.ngopeni.domain.privacy.ReadKind;
import id.ngopeni.domain.privacy.RevealPolicy;
import id.ngopeni.persistence.report.ReportRepository;
import id.ngopeni.persistence.subject.RestrictionRepository;
import id.ngopeni.persistence.worker.StoredWorker;
import id.ngopeni.persistence.worker.WorkerFilter;
import id.ngopeni.persistence.worker.WorkerRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code GET /workers/export.xlsx} and {@code export.pdf}: the workers screen's current filters as
 * a list to print or work on — by kelurahan then name, NIK and phone masked unless a role allowed
 * a full export asks for one with a purpose ({@link RevealPolicy}), the coverage in words, a count
 * per coverage. At most {@link id.ngopeni.domain.report.ReportSize} rows (the whole registry
 * streams as CSV); the people in the file are recorded in the access log before it is answered.
 * People who asked to restrict the processing of their data (UU 27/2022 Pasal 41) are left out,
 * and the heading says how many.
 */
public record WorkerSheet(AppContext context, WorkerRepository workers, ReportRepository names,
    RestrictionRepository restrictions, ReadRecorder recorder) {
  Future<Report> report(Reader who, WorkerFilter filter, Purpose purpose, ReportFormat format) {
    if (purpose != null) {
      RevealPolicy.checkFullExport(who.caller().role(), purpose);
    }
    boolean full = purpose != null;
    var db = context.pool();
    return workers.list(db, filter, format.size().maxRows()).compose(slice -> {
      format.size().check(slice.hasMore() ? format.size().maxRows() + 1L : slice.items().size());
      return restrictions.restrictedAmong(db, slice.items().stream().map(StoredWorker::id).toList()).compose(held -> {
        List<StoredWorker> shown = slice.items().stream().filter(w -> !held.contains(w.id())).toList();
        return names.names(db).compose(known -> recorder.record(who, ReadKind.EXPORT,
                shown.stream().map(StoredWorker::id).toList(), full ? WorkerJson.SHOWN_FULL : WorkerJson.SHOWN,
                purpose, new JsonObject().put("export", "workers." + format.name().toLowerCase(java.util.Locale.ROOT))
                    .put("full", full).put("heldBack", held.size()))
            .map(v -> build(shown, held.size(), known, full, purpose, describe(filter, known), who)));
      });
    });
  }

  /** The filters in words; a NIK prefix is never printed. */
  static String describe(WorkerFilter f, Map<String, String> known) {
    StringJoiner out = new StringJoiner(", ");
    if (f.kecamatan() != null) {
      out.add("kecamatan " + known.getOrDefault(f.kecamatan(), f.kecamatan()));
    }
    if (f.kelurahan() != null) {
      out.add("kelurahan " + known.getOrDefault(f.kelurahan(), f.kelurahan()));
    }
    if (f.category() != null) {
      out.add("kategori " + known.getOrDefault(f.category(), f.category()));
    }
    if (f.coverage() != null) {
      out.add("kepesertaan " + Words.of("coverage", f.coverage().name()));
    }
    if (f.nameKey() != null) {
      out.add("nama memuat \"" + f.nameKey() + "\"");
    }
    if (f.nikPrefix() != null) {
      out.add("awal NIK tertentu");
    }
    if (f.scope() != null) {
      out.add("wilayah tugas " + String.join(", ", f.scope().stream().map(c -> known.getOrDefault(c, c)).toList()));
    }
    return out.length() == 0 ? "semua pekerja" : out.toString();
  }

  private Report build(List<StoredWorker> found, int heldBack, Map<String, String> known, boolean full,
      Purpose purpose, String filters, Reader who) {
    List<StoredWorker> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparing((StoredWorker w) -> known.getOrDefault(w.kelurahanCode(), w.kelurahanCode()))
        .thenComparing(StoredWorker::fullName).thenComparing(StoredWorker::id));
    List<List<Object>> rows = new ArrayList<>();
    Map<String, Long> byCoverage = new LinkedHashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      StoredWorker w = sorted.get(i);
      String coverage = Words.of("coverage", w.coverage().status().name());
      byCoverage.merge(coverage, 1L, Long::sum);
      rows.add(Report.row((long) (i + 1), full ? w.nik() : Masks.nik(w.nik()), w.fullName(), w.birthDate(),
          "F".equals(w.sex()) ? "P" : "L", known.getOrDefault(w.kelurahanCode(), w.kelurahanCode()),
          known.getOrDefault(w.kecamatanCode(), w.kecamatanCode()), known.getOrDefault(w.category(), w.category()),
          full ? w.phone() : Masks.phone(w.phone()), coverage, w.coverage().fundingSource(), w.coverage().startDate()));
    }
    StringJoiner counts = new StringJoiner("; ");
    byCoverage.forEach((status, n) -> counts.add(status + " " + ReportText.count(n)));
    List<Line> heading = new ArrayList<>(List.of(Line.title("DAFTAR PEKERJA RENTAN"),
        Line.bold("Filter: " + filters),
        Line.of(full ? "NIK dan telepon LENGKAP, tujuan: " + purpose.name() + " (tercatat di log akses)"
            : "NIK dan telepon disamarkan.")));
    if (heldBack > 0) {
      heading.add(Line.of("Tidak dicantumkan karena pembatasan pemrosesan data pribadi: " + heldBack + " orang"));
    }
    Report.Section list = new Report.Section("Daftar pekerja", "Pekerja",
        List.of(Column.of("No", Kind.COUNT, 6), Column.text("NIK", 17), Column.text("Nama", 26),
            Column.of("Tanggal lahir", Kind.DATE, 11), Column.text("L/P", 4), Column.text("Kelurahan", 15),
            Column.text("Kecamatan", 13), Column.text("Kategori", 18), Column.text("Telepon", 15),
            Column.text("Kepesertaan", 12), Column.text("Sumber dana", 10), Column.of("Sejak", Kind.DATE, 11)),
        rows, Report.row("Jumlah", null, ReportText.count(rows.size()) + " orang"),
        List.of("Menurut kepesertaan: " + (byCoverage.isEmpty() ? "-" : counts.toString())));
    return new Report("pekerja", heading, context.clock().instant(), who.caller().username(), List.of(list), null, true);
  }
}
