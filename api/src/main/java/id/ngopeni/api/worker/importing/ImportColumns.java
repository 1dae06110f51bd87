package id.ngopeni.api.worker.importing;

import id.ngopeni.domain.problem.ImportError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each column stands, read from the header row. Columns are found by name, in any order
 * and any case, under their own names ({@code full_name}) or the ones Indonesian offices write
 * ("Nama Lengkap", "Tgl Lahir", "L/P", "Kelurahan", "Kategori", "No HP", "Alamat" — see
 * {@link #ALIASES}); phone, address and kecamatan may be left out; columns the import does not
 * know are ignored (offices add a "No." column). Errors name a column as the file's header wrote
 * it: that is what the clerk fixes.
 */
final class ImportColumns {
  static final List<String> NAMES =
      List.of("nik", "full_name", "birth_date", "sex", "kelurahan_code", "category", "phone", "address", "kecamatan");
  static final int KECAMATAN = 8;
  private static final List<String> OPTIONAL = List.of("phone", "address", "kecamatan");

  /** Header words (compared as {@link #headerKey}) and the column each one names. */
  static final Map<String, String> ALIASES = aliases(Map.of(
      "nik", List.of("nik", "no ktp", "nomor ktp", "nomor induk kependudukan"),
      "full_name", List.of("full name", "nama", "nama lengkap", "nama pekerja", "nama peserta"),
      "birth_date", List.of("birth date", "tanggal lahir", "tgl lahir", "tgl lhr"),
      "sex", List.of("sex", "jenis kelamin", "jk", "l p", "jenis kelamin l p"),
      "kelurahan_code", List.of("kelurahan code", "kelurahan", "kode kelurahan", "desa kelurahan", "kelurahan desa", "desa"),
      "category", List.of("category", "kategori", "kategori pekerja", "pekerjaan", "jenis pekerjaan"),
      "phone", List.of("phone", "no hp", "nomor hp", "no telepon", "nomor telepon", "telepon", "hp", "no wa"),
      "address", List.of("address", "alamat", "alamat lengkap"),
      "kecamatan", List.of("kecamatan", "kec", "kode kecamatan")));

  private final int[] index = new int[NAMES.size()];
  private final String[] headers = new String[NAMES.size()];
  private final int width;

  private ImportColumns(Map<String, Integer> found, SourceRow header) {
    for (int i = 0; i < NAMES.size(); i++) {
      index[i] = found.getOrDefault(NAMES.get(i), -1);
      headers[i] = index[i] < 0 ? NAMES.get(i) : header.values().get(index[i]).strip();
    }
    this.width = header.values().size();
  }

  private static Map<String, String> aliases(Map<String, List<String>> byColumn) {
    Map<String, String> out = new HashMap<>();
    byColumn.forEach((column, words) -> words.forEach(w -> out.put(headerKey(w), column)));
    return Map.copyOf(out);
  }

  /** Lower case, letters and digits only, one space between words: "Tgl. Lahir" → "tgl lahir". */
  static String headerKey(String text) {
    return text.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("[^a-z0-9]+", " ").strip();
  }

  /** Reads the header, or fails the file: no row at all, no header, or a required column missing. */
  static ImportColumns fromHeader(SourceRow header) {
    String expected = String.join(",", NAMES.subList(0, KECAMATAN));
    if (header == null) {
      throw new FileProblem(ImportError.FILE_EMPTY, "The file is empty. The first row must name the columns: " + expected + ".",
          "Berkas kosong. Baris pertama harus berisi judul kolom: " + expected + ".");
    }
    Map<String, Integer> found = new HashMap<>();
    List<String> repeated = new ArrayList<>();
    for (int i = 0; i < header.values().size(); i++) {
      String name = ALIASES.get(headerKey(header.values().get(i)));
      if (name != null && found.putIfAbsent(name, i) != null) {
        repeated.add(header.values().get(i).strip());
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
    return new ImportColumns(found, header);
  }

  /** How the file's header names column {@code column} (one of {@link #NAMES}; its own name when absent). */
  String header(int column) {
    return headers[column];
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
