package id.ngopeni.persistence.payout;

import id.ngopeni.domain.payout.BatchStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A batch as a list shows it: its state and totals, without its transfers.
 *
 * @param number its number for people, {@code BTH-2026-000007} (V53)
 * @param count transfers in the batch
 * @param total their amount in rupiah
 * @param paid transfers the bank answered PAID
 * @param failed transfers the bank answered FAILED
 */
public record BatchSummary(
    UUID id, String number, BatchStatus status, UUID createdBy, Instant createdAt, Instant reconciledAt, long count, long total, long paid,
    long failed) {}
