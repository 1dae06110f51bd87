package id.ngopeni.domain.bpjs;

import id.ngopeni.domain.problem.BpjsError;
import id.ngopeni.domain.problem.Violations;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of a BPJS file holds what, found by the header row's names rather than by their
 * order: BPJS branches send the same data under different headings and orders. Names compare
 * without case, spaces, underscores, dots or dashes; each field has a few accepted names.
 */
public final class HeaderMap {
  private final Map<String, Integer> index;

  private HeaderMap(Map<String, Integer> index) {
    this.index = index;
  }

  /**
   * @param aliases field → the names it may appear under (normalised by {@link #key})
   * @param required the fields a file must have; every missing one is reported as {@code header.<field>}
   */
  public static HeaderMap of(List<String> header, Map<String, List<String>> aliases, List<String> required,
      Violations violations) {
    Map<String, String> fieldOfName = new HashMap<>();
    aliases.forEach((field, names) -> names.forEach(n -> fieldOfName.put(key(n), field)));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String field = fieldOfName.get(key(header.get(i)));
      if (field != null && index.putIfAbsent(field, i) != null) {
        violations.add("header." + field, BpjsError.BPJS_COLUMN_REPEATED);
      }
    }
    for (String field : required) {
      if (!index.containsKey(field)) {
        violations.add("header." + field, BpjsError.BPJS_COLUMN_MISSING,
            "Column missing; accepted names: " + String.join(", ", aliases.get(field)) + ".");
      }
    }
    return new HeaderMap(index);
  }

  public boolean has(String field) {
    return index.containsKey(field);
  }

  /** The row's cell for the field, stripped; empty when the column or the cell is absent. */
  public String cell(List<String> row, String field) {
    Integer i = index.get(field);
    if (i == null || i >= row.size() || row.get(i) == null) {
      return "";
    }
    return row.get(i).strip();
  }

  static String key(String name) {
    return name == null ? "" : name.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[\\s_.\\-/]", "");
  }
}
