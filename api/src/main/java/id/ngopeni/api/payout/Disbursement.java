package id.ngopeni.api.payout;

import id.ngopeni.api.http.FileCells;
import id.ngopeni.persistence.payout.PayoutBatch;
import java.util.Locale;
import java.util.UUID;

/**
 * The bank transfer file of a batch: RFC 4180 CSV, one transfer per line, with the transfer
 * reference (berita transfer) the bank shows on the statement and echoes back. Every text cell
 * passes {@link FileCells}: a stored value with a line break or another control character stops
 * the file ({@code unsafe_file_value}) rather than add a record the bank would pay; formulas are
 * defused for whoever opens the file in a spreadsheet.
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
          .append(reference(item.payoutId())).append("\r\n");
    }
    return out.toString();
  }

  /** Short and stable: the random tail of the payout's UUIDv7, so it fits any bank's field. */
  static String reference(UUID payoutId) {
    String hex = payoutId.toString().replace("-", "");
    return "NGP-" + hex.substring(20).toUpperCase(Locale.ROOT);
  }
}
