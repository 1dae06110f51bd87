package id.ngopeni.api.payout;

import id.ngopeni.domain.payout.Reconciliation;
import id.ngopeni.domain.payout.Reconciliation.Answer;
import id.ngopeni.domain.payout.Reconciliation.Outcome;
import id.ngopeni.domain.problem.ImportError;
import id.ngopeni.domain.problem.PayoutError;
import id.ngopeni.domain.problem.ReferenceError;
import id.ngopeni.domain.problem.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The bank's result file, {@code payout_id,status,bank_reference}, one row per transfer.
 * Parsing reports every bad row at once as {@code rows[i].column} (i counts data rows from 0);
 * what a row means for the batch is checked by {@link Reconciliation}.
 */
final class ReconciliationCsv {
  static final String HEADER = "payout_id,status,bank_reference";
  static final int MAX_ROWS = 50_000;

  private ReconciliationCsv() {}

  static List<Answer> parse(String text, Violations violations) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    int last = lines.length;
    while (last > 0 && lines[last - 1].isBlank()) {
      last--;
    }
    if (last == 0 || !normalise(lines[0]).equals(HEADER)) {
      violations.add("header", ImportError.HEADER_INVALID, "The first line must be exactly: " + HEADER);
      return List.of();
    }
    if (last == 1) {
      violations.add("rows", ReferenceError.ROWS_REQUIRED);
      return List.of();
    }
    if (last - 1 > MAX_ROWS) {
      violations.add("rows", PayoutError.TOO_MANY_ROWS, "At most " + MAX_ROWS + " rows per file.");
      return List.of();
    }
    List<Answer> rows = new ArrayList<>();
    for (int i = 1; i < last; i++) {
      int index = i - 1;
      String at = "rows[" + index + "].";
      String[] cells = lines[i].split(",", -1);
      if (cells.length != 3) {
        violations.add(at.substring(0, at.length() - 1), PayoutError.COLUMN_COUNT, "Expected 3 columns, found " + cells.length + ".");
        continue;
      }
      UUID payoutId = null;
      try {
        payoutId = UUID.fromString(unquote(cells[0]));
      } catch (IllegalArgumentException e) {
        violations.add(at + "payout_id", PayoutError.PAYOUT_ID_INVALID);
      }
      Outcome outcome = Outcome.parse(unquote(cells[1])).orElse(null);
      if (outcome == null) {
        violations.add(at + "status", PayoutError.STATUS_INVALID);
      }
      String reference = unquote(cells[2]);
      Reconciliation.checkReference(at + "bank_reference", outcome, reference, violations);
      rows.add(new Answer(index, payoutId, outcome, reference.isEmpty() ? null : reference));
    }
    return rows;
  }

  private static String normalise(String header) {
    return header.replace("\uFEFF", "").replace(" ", "").toLowerCase(Locale.ROOT);
  }

  private static String unquote(String cell) {
    String c = cell.strip();
    if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
      c = c.substring(1, c.length() - 1).replace("\"\"", "\"");
    }
    return c;
  }
}
