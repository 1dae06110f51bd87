package id.ngopeni.api.payout;

import id.ngopeni.persistence.payout.PayoutBatch;

/**
 * The bank transfer file of a batch: RFC 4180 CSV, one transfer per line, with the transfer
 * reference (berita transfer) the bank shows on the statement and echoes back: random, stored
 * with the batch item ({@code Batching.newTransferReference}), and what the bank's answer is
 * matched by, with the amount.
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
          .append(item.transferReference()).append("\r\n");
    }
    return out.toString();
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
