package id.ngopeni.api.payout;

import id.ngopeni.domain.payout.Reconciliation;
import id.ngopeni.domain.payout.Reconciliation.Outcome;
import id.ngopeni.domain.payout.Reconciliation.Row;
import id.ngopeni.domain.problem.ImportError;
import id.ngopeni.domain.problem.PayoutError;
import id.ngopeni.domain.problem.ReferenceError;
import id.ngopeni.domain.problem.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The bank's result file, {@code transfer_reference,amount,status,bank_reference}, one row per
 * transfer: the transfer reference and amount of the transfer file, and what the bank did. A
 * leading {@code payout_id} column is still accepted, but only as a cross-check (the row is
 * matched by reference and amount, and the id must be that reference's payout). Parsing reports
 * every bad row at once as {@code rows[i].column} (i counts data rows from 0); what a row means
 * for the batch is checked by {@link Reconciliation#match}.
 */
final class ReconciliationCsv {
  static final String HEADER = "transfer_reference,amount,status,bank_reference";
  static final String HEADER_WITH_ID = "payout_id," + HEADER;
  static final int MAX_ROWS = 50_000;
  private static final int MAX_AMOUNT_DIGITS = 15;

  private ReconciliationCsv() {}

  static List<Row> parse(String text, Violations violations) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    int last = lines.length;
    while (last > 0 && lines[last - 1].isBlank()) {
      last--;
    }
    String header = last == 0 ? "" : normalise(lines[0]);
    if (!header.equals(HEADER) && !header.equals(HEADER_WITH_ID)) {
      violations.add("header", ImportError.HEADER_INVALID, "The first line must be exactly: " + HEADER);
      return List.of();
    }
    boolean withId = header.equals(HEADER_WITH_ID);
    int columns = withId ? 5 : 4;
    if (last == 1) {
      violations.add("rows", ReferenceError.ROWS_REQUIRED);
      return List.of();
    }
    if (last - 1 > MAX_ROWS) {
      violations.add("rows", PayoutError.TOO_MANY_ROWS, "At most " + MAX_ROWS + " rows per file.");
      return List.of();
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < last; i++) {
      int index = i - 1;
      String at = "rows[" + index + "].";
      String[] cells = lines[i].split(",", -1);
      if (cells.length != columns) {
        violations.add(at.substring(0, at.length() - 1), PayoutError.COLUMN_COUNT,
            "Expected " + columns + " columns, found " + cells.length + ".");
        continue;
      }
      int c = 0;
      UUID payoutId = null;
      if (withId) {
        String id = unquote(cells[c++]);
        try {
          payoutId = id.isEmpty() ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
          violations.add(at + "payout_id", PayoutError.PAYOUT_ID_INVALID);
        }
      }
      String transferReference = unquote(cells[c++]);
      if (transferReference.isEmpty()) {
        violations.add(at + "transfer_reference", PayoutError.TRANSFER_REFERENCE_REQUIRED);
      }
      Long amount = amount(unquote(cells[c++]));
      if (amount == null) {
        violations.add(at + "amount", PayoutError.AMOUNT_INVALID);
      }
      Outcome outcome = Outcome.parse(unquote(cells[c++])).orElse(null);
      if (outcome == null) {
        violations.add(at + "status", PayoutError.STATUS_INVALID);
      }
      String reference = unquote(cells[c]);
      Reconciliation.checkReference(at + "bank_reference", outcome, reference, violations);
      rows.add(new Row(index, payoutId, transferReference.isEmpty() ? null : transferReference, amount, outcome,
          reference.isEmpty() ? null : reference));
    }
    return rows;
  }

  /** Whole rupiah, digits only (as the transfer file wrote them); anything else is null. */
  private static Long amount(String cell) {
    if (cell.isEmpty() || cell.length() > MAX_AMOUNT_DIGITS || !cell.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return null;
    }
    return Long.parseLong(cell);
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
