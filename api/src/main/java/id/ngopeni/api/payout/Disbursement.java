package id.ngopeni.api.payout;

import id.ngopeni.persistence.payout.PayoutBatch;
import java.util.Locale;
import java.util.UUID;

/**
 * The bank transfer file of a batch: RFC 4180 CSV, one transfer per line, with the transfer
 * reference (berita transfer) the bank shows on the statement and echoes back.
 */
final class Disbursement {
  static final String HEADER = "payout_id,bank_code,account_number,account_name,amount,reference";

  private Disbursement() {}

  static String csv(PayoutBatch batch) {
    StringBuilder out = new StringBuilder(HEADER).append("\r\n");
    for (PayoutBatch.Item item : batch.items()) {
      out.append(item.payoutId()).append(',')
          .append(item.bankCode()).append(',')
          .append(item.accountNumber()).append(',')
          .append(field(item.accountName())).append(',')
          .append(item.amount()).append(',')
          .append(reference(item.payoutId())).append("\r\n");
    }
    return out.toString();
  }

  /** Short and stable: the random tail of the payout's UUIDv7, so it fits any bank's field. */
  static String reference(UUID payoutId) {
    String hex = payoutId.toString().replace("-", "");
    return "NGP-" + hex.substring(20).toUpperCase(Locale.ROOT);
  }

  /**
   * Quotes when needed, and defuses spreadsheet formulas: a name an officer typed must never
   * run as a formula when the file is opened in a spreadsheet.
   */
  static String field(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
