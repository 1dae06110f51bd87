package id.ngopeni.domain.bpjs;

import id.ngopeni.domain.problem.BpjsError;
import id.ngopeni.domain.problem.Violations;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * BPJS's monthly participant/billing file, one participant a row. Reference format (CSV or XLSX,
 * columns found by their header, any order): {@code kpj}, {@code nik}, {@code iuran} (the amount
 * billed, whole rupiah: {@code 16800} or {@code 16.800}), {@code status} ({@code AKTIF} or
 * {@code NONAKTIF}), optional {@code tgl_meninggal} (a death BPJS knows of, yyyy-MM-dd) and
 * {@code kepesertaan_lain} ({@code PU}: a wage job elsewhere; {@code PEMDA}: another region pays).
 * A row needs a KPJ or a NIK; it is matched by KPJ first, then NIK.
 */
public final class BillRows {
  public static final Map<String, List<String>> COLUMNS = Map.of(
      "kpj", List.of("kpj", "no_kpj", "nomor_kpj", "nomor_peserta", "no_peserta"),
      "nik", List.of("nik", "no_ktp", "nomor_induk_kependudukan"),
      "amount", List.of("iuran", "amount", "jumlah_iuran", "total_iuran", "tagihan"),
      "status", List.of("status", "status_kepesertaan", "status_peserta"),
      "deathDate", List.of("tgl_meninggal", "tanggal_meninggal", "death_date"),
      "otherCoverage", List.of("kepesertaan_lain", "other_coverage", "keterangan_kepesertaan"));

  public static final List<String> REQUIRED = List.of("nik", "amount", "status");

  /** Other coverage BPJS reports: a wage job elsewhere (PU) or another region paying (PEMDA). */
  public static final Set<String> OTHER_COVERAGE = Set.of("PU", "PEMDA");

  private static final long MAX_AMOUNT = 10_000_000L;

  /** One participant of BPJS's bill. kpj or nik may be null (not both); deathDate and otherCoverage optional. */
  public record BillRow(int row, String kpj, String nik, long amount, boolean active, LocalDate deathDate,
      String otherCoverage) {}

  private BillRows() {}

  /** Reads one data row; its errors go to {@code violations}; null when it has any. */
  public static BillRow read(HeaderMap header, int row, List<String> cells, Violations violations) {
    String at = "rows[" + row + "].";
    boolean ok = true;
    String kpj = Kpj.normalise(header.cell(cells, "kpj"));
    String nik = header.cell(cells, "nik");
    if (!kpj.isEmpty() && !Kpj.isValid(kpj)) {
      violations.add(at + "kpj", BpjsError.KPJ_INVALID);
      ok = false;
    }
    if (nik.isEmpty() && kpj.isEmpty() || !nik.isEmpty() && !Kpj.looksLikeNik(nik)) {
      violations.add(at + "nik", BpjsError.NIK_INVALID_IN_FILE);
      ok = false;
    }
    Long amount = amount(header.cell(cells, "amount"));
    if (amount == null) {
      violations.add(at + "amount", BpjsError.BILL_AMOUNT_INVALID);
      ok = false;
    }
    String status = header.cell(cells, "status").toUpperCase(Locale.ROOT);
    boolean active = status.equals("AKTIF") || status.equals("ACTIVE");
    if (!active && !status.equals("NONAKTIF") && !status.equals("NON AKTIF") && !status.equals("INACTIVE")) {
      violations.add(at + "status", BpjsError.BILL_STATUS_INVALID);
      ok = false;
    }
    LocalDate death = null;
    String deathText = header.cell(cells, "deathDate");
    if (!deathText.isEmpty()) {
      try {
        death = LocalDate.parse(deathText);
      } catch (DateTimeParseException e) {
        violations.add(at + "deathDate", BpjsError.BILL_DATE_INVALID);
        ok = false;
      }
    }
    String other = header.cell(cells, "otherCoverage").toUpperCase(Locale.ROOT);
    if (!other.isEmpty() && !OTHER_COVERAGE.contains(other)) {
      violations.add(at + "otherCoverage", BpjsError.BILL_OTHER_COVERAGE_INVALID);
      ok = false;
    }
    return ok ? new BillRow(row, kpj.isEmpty() ? null : kpj, nik.isEmpty() ? null : nik, amount, active, death,
        other.isEmpty() ? null : other) : null;
  }

  /** Whole rupiah: digits, or digits grouped by dots ({@code 16.800}); at most Rp10.000.000. */
  static Long amount(String cell) {
    String c = cell.startsWith("Rp") ? cell.substring(2).strip() : cell;
    if (c.indexOf('.') >= 0 && c.matches("\\d{1,3}(\\.\\d{3})+")) {
      c = c.replace(".", "");
    }
    if (c.isEmpty() || c.length() > 9 || !c.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return null;
    }
    long value = Long.parseLong(c);
    return value > MAX_AMOUNT ? null : value;
  }
}
