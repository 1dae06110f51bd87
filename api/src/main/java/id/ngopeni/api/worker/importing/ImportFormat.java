package id.ngopeni.api.worker.importing;

import id.ngopeni.api.http.MediaTypes;
import java.util.Optional;

/** What an upload's Content-Type says the file is. */
public enum ImportFormat {
  CSV,
  XLSX;

  public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** CSV under the names browsers and office tools send it with; XLSX under its one name. */
  public static Optional<ImportFormat> ofContentType(String header) {
    return switch (MediaTypes.of(header)) {
      case "text/csv", "application/csv", "text/comma-separated-values" -> Optional.of(CSV);
      case XLSX_TYPE -> Optional.of(XLSX);
      default -> Optional.empty();
    };
  }
}
