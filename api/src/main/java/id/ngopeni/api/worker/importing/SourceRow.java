package id.ngopeni.api.worker.importing;

import java.util.List;

/**
 * One row of an uploaded sheet as text, whatever the file format.
 *
 * @param number the row number a clerk sees in a spreadsheet: the header is row 1
 */
public record SourceRow(int number, List<String> values) {
  public boolean isBlank() {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
