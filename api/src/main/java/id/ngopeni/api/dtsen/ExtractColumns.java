package id.ngopeni.api.dtsen;

import id.ngopeni.api.worker.importing.SourceRow;
import id.ngopeni.domain.problem.ImportError;
import id.ngopeni.domain.problem.Violations;
import java.util.List;
import java.util.Locale;

/**
 * Where the NIK and the decile stand in an extract, read from its header: in any order and case,
 * under the names DTSEN extracts use ({@code NIK}, {@code DESIL}/{@code Desil}) or English
 * ({@code decile}); other columns are ignored (an extract carries names, addresses and more).
 */
record ExtractColumns(int nik, int decile) {
  static final List<String> NIK_NAMES = List.of("nik", "no_nik", "nomor_nik");
  static final List<String> DECILE_NAMES = List.of("desil", "decile", "desil_nasional", "desil_kesejahteraan");

  /** The columns, or null with {@code header_invalid} on field {@code file}. */
  static ExtractColumns of(SourceRow header, Violations violations) {
    int nik = -1;
    int decile = -1;
    boolean repeated = false;
    if (header != null) {
      for (int i = 0; i < header.values().size(); i++) {
        String name = header.values().get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        if (NIK_NAMES.contains(name)) {
          repeated |= nik >= 0;
          nik = i;
        } else if (DECILE_NAMES.contains(name)) {
          repeated |= decile >= 0;
          decile = i;
        }
      }
    }
    if (header == null) {
      violations.add("file", ImportError.FILE_EMPTY, "The file is empty; its first row must name the columns NIK and DESIL.");
      return null;
    }
    if (nik < 0 || decile < 0 || repeated) {
      violations.add("file", ImportError.HEADER_INVALID, (repeated ? "A column is named twice. " : "")
          + "The first row must name a column NIK and a column DESIL (or decile).");
      return null;
    }
    return new ExtractColumns(nik, decile);
  }

  static String cell(SourceRow row, int index) {
    return index < row.values().size() ? row.values().get(index) : "";
  }
}
