package id.ngopeni.api.worker.importing;

import id.ngopeni.domain.problem.ImportError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each column stands, read from the header row. Columns are found by name, in any order
 * and any case; phone and address may be left out; columns the import does not know are ignored
 * (offices add a "No." column).
 */
final class ImportColumns {
  static final List<String> NAMES =
      List.of("nik", "full_name", "birth_date", "sex", "kelurahan_code", "category", "phone", "address");
  private static final List<String> OPTIONAL = List.of("phone", "address");

  private final int[] index = new int[NAMES.size()];
  private final int width;

  private ImportColumns(Map<String, Integer> found, int width) {
    for (int i = 0; i < NAMES.size(); i++) {
      index[i] = found.getOrDefault(NAMES.get(i), -1);
    }
    this.width = width;
  }

  /** Reads the header, or fails the file: no row at all, no header, or a required column missing. */
  static ImportColumns fromHeader(SourceRow header) {
    String expected = String.join(",", NAMES);
    if (header == null) {
      throw new FileProblem(ImportError.FILE_EMPTY, "The file is empty. The first row must name the columns: " + expected + ".",
          "Berkas kosong. Baris pertama harus berisi judul kolom: " + expected + ".");
    }
    Map<String, Integer> found = new HashMap<>();
    List<String> repeated = new ArrayList<>();
    for (int i = 0; i < header.values().size(); i++) {
      String name = header.values().get(i).strip().toLowerCase(Locale.ROOT);
      if (NAMES.contains(name) && found.putIfAbsent(name, i) != null) {
        repeated.add(name);
      }
    }
    if (found.isEmpty()) {
      throw new FileProblem(ImportError.HEADER_MISSING, "The first row must name the columns: " + expected + ".",
          "Baris pertama harus berisi judul kolom: " + expected + ".");
    }
    List<String> missing = NAMES.stream().filter(n -> !found.containsKey(n) && !OPTIONAL.contains(n)).toList();
    if (!missing.isEmpty() || !repeated.isEmpty()) {
      String columns = String.join(", ", missing.isEmpty() ? repeated : missing);
      String english = (missing.isEmpty() ? "repeated columns: " : "missing columns: ") + columns;
      String indonesian = (missing.isEmpty() ? "kolom ganda: " : "kolom tidak ada: ") + columns;
      throw new FileProblem(ImportError.HEADER_INVALID, "The column names are wrong (" + english + "). Expected: " + expected + ".",
          "Judul kolom salah (" + indonesian + "). Yang diharapkan: " + expected + ".");
    }
    return new ImportColumns(found, header.values().size());
  }

  /** The value of column {@code name} (one of {@link #NAMES}) in the row; null when absent. */
  String value(SourceRow row, int column) {
    int i = index[column];
    return i < 0 || i >= row.values().size() ? null : row.values().get(i);
  }

  /** True when the row holds values beyond the header's last column: its columns have shifted. */
  boolean overflows(SourceRow row) {
    for (int i = width; i < row.values().size(); i++) {
      if (!row.values().get(i).isBlank()) {
        return true;
      }
    }
    return false;
  }
}
