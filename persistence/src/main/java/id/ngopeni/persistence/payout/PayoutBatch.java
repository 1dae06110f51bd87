package id.ngopeni.persistence.payout;

import id.ngopeni.domain.payout.BatchStatus;
import id.ngopeni.domain.payout.Reconciliation;
import id.ngopeni.domain.payout.Reconciliation.Outcome;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A disbursement batch: the payouts sent to the bank in one transfer file, and what the bank
 * answered for each ({@link Item#outcome()}, a {@link Outcome} name, null until reconciled).
 */
public record PayoutBatch(UUID id, String number, BatchStatus status, UUID createdBy, Instant createdAt, Instant reconciledAt, List<Item> items) {
  public PayoutBatch {
    items = List.copyOf(items);
  }

  /**
   * One transfer of the batch, with the transfer reference the transfer file gives it (the
   * bank's answer names it), the payout's maker, the account it goes to as the payout records
   * it, the beneficiary it pays and the worker whose santunan entitlement it pays ({@code claimId}
   * only on payouts from before V22, which paid a claim).
   */
  public record Item(
      UUID payoutId, String payoutNumber, String transferReference, UUID maker, UUID claimId, UUID entitlementId, String bankCode, String accountNumber, String accountName, long amount,
      String outcome, String bankReference, String heirName, String workerName, UUID workerId) {}

  public long total() {
    return items.stream().mapToLong(Item::amount).sum();
  }

  /** Its state and totals, as a list of batches shows them. */
  public BatchSummary summary() {
    return new BatchSummary(id, number, status, createdBy, createdAt, reconciledAt, items.size(), total(), answered(Outcome.PAID),
        answered(Outcome.FAILED));
  }

  /** The payouts of the batch. */
  public Set<UUID> payoutIds() {
    return items.stream().map(Item::payoutId).collect(Collectors.toSet());
  }

  /** Its transfers by transfer reference, as {@link Reconciliation#match} matches the bank's answer to them. */
  public Map<String, Reconciliation.Sent> sent() {
    Map<String, Reconciliation.Sent> sent = new HashMap<>();
    items.forEach(i -> sent.put(i.transferReference(), new Reconciliation.Sent(i.payoutId(), i.amount(), i.outcome() != null)));
    return sent;
  }

  /** Who made its payouts. */
  public Set<UUID> makers() {
    return items.stream().map(Item::maker).collect(Collectors.toSet());
  }

  /** Those of its payouts the bank already answered. */
  public Set<UUID> answered() {
    return items.stream().filter(i -> i.outcome() != null).map(Item::payoutId).collect(Collectors.toSet());
  }

  private long answered(Outcome outcome) {
    return items.stream().filter(i -> outcome.name().equals(i.outcome())).count();
  }
}
