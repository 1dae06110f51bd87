package id.ngopeni.persistence.payout;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A disbursement batch: the payouts sent to the bank in one transfer file, and what the bank
 * answered for each ({@link Item#outcome()} null until reconciled).
 *
 * @param status OPEN until every item has an outcome, then RECONCILED
 */
public record PayoutBatch(UUID id, String status, UUID createdBy, Instant createdAt, Instant reconciledAt, List<Item> items) {
  public PayoutBatch {
    items = List.copyOf(items);
  }

  /**
   * One transfer of the batch, with the account it goes to as the payout records it, the heir
   * it pays and the worker whose claim it is.
   */
  public record Item(
      UUID payoutId, UUID claimId, String bankCode, String accountNumber, String accountName, long amount,
      String outcome, String bankReference, String heirName, String workerName) {}

  public long total() {
    return items.stream().mapToLong(Item::amount).sum();
  }

  /** Its state and totals, as a list of batches shows them. */
  public BatchSummary summary() {
    return new BatchSummary(id, status, createdBy, createdAt, reconciledAt, items.size(), total(), answered("PAID"),
        answered("FAILED"));
  }

  private long answered(String outcome) {
    return items.stream().filter(i -> outcome.equals(i.outcome())).count();
  }
}
