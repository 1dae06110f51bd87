package id.ngopeni.api.payout;

import id.ngopeni.api.http.FileCells;
import id.ngopeni.persistence.payout.PayoutBatch;

/**
 * The bank transfer file of a batch: RFC 4180 CSV, one transfer per line, with the transfer
 * reference (berita transfer) the bank shows on the statement and echoes back: random, stored
 * with the batch item ({@code Batching.newTransferReference}), and what the bank's answer is
 * matched by, with the amount. Every text cell passes {@link FileCells}: a stored value with a
 * line break or another control character stops the file ({@code unsafe_file_value}) rather than
 * add a record the bank would pay; formulas are defused for whoever opens the file in a spreadsheet.
 */
final class Disbursement {
  static final String HEADER = "payout_id,bank_code,account_number,account_name,amount,reference";

  private Disbursement() {}

  static String csv(PayoutBatch batch) {
    StringBuilder out = new StringBuilder(HEADER).append("\r\n");
    for (PayoutBatch.Item item : batch.items()) {
      out.append(item.payoutId()).append(',')
          .append(FileCells.csv("bank_code", item.bankCode())).append(',')
          .append(FileCells.csv("account_number", item.accountNumber())).append(',')
          .append(FileCells.csv("account_name", item.accountName())).append(',')
          .append(item.amount()).append(',')
          .append(item.transferReference()).append("\r\n");
    }
    return out.toString();
  }
}
