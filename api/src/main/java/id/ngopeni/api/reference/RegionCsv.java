package id.ngopeni.api.reference;

import id.ngopeni.domain.problem.ReferenceError;
import id.ngopeni.domain.problem.Violations;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the region file: RFC 4180 records of {@code code,name}, an optional {@code code,name}
 * header, blank lines ignored. Row {@code i} is the i-th data record, 0-based, header not counted.
 */
final class RegionCsv {
  /** One data record as written (fields not yet trimmed or checked). */
  record Row(int index, String code, String name) {}

  private RegionCsv() {}

  /** The rows; malformed records are reported on {@code violations} as {@code rows[i]}. */
  static List<Row> parse(String text, Violations violations) {
    List<List<String>> records = records(text, violations);
    List<Row> rows = new ArrayList<>();
    int start = 0;
    if (!records.isEmpty() && isHeader(records.get(0))) {
      start = 1;
    }
    for (int r = start; r < records.size(); r++) {
      int index = r - start;
      List<String> fields = records.get(r);
      if (fields.size() != 2) {
        violations.add("rows[" + index + "]", ReferenceError.COLUMNS_INVALID);
        continue;
      }
      rows.add(new Row(index, fields.get(0), fields.get(1)));
    }
    return rows;
  }

  private static boolean isHeader(List<String> record) {
    return record.size() == 2 && record.get(0).strip().equalsIgnoreCase("code") && record.get(1).strip().equalsIgnoreCase("name");
  }

  /** Splits into records of fields; a record that is one empty field (a blank line) is dropped. */
  private static List<List<String>> records(String text, Violations violations) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
        endRecord(records, fields);
        fields = new ArrayList<>();
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        field.append(c);
      }
      i++;
    }
    if (quoted) {
      violations.add("rows[" + records.size() + "]", ReferenceError.CSV_MALFORMED);
      return records;
    }
    fields.add(field.toString());
    endRecord(records, fields);
    return records;
  }

  private static void endRecord(List<List<String>> records, List<String> fields) {
    if (!(fields.size() == 1 && fields.get(0).isBlank())) {
      records.add(fields);
    }
  }
}
