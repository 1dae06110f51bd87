package id.ngopeni.persistence.invoice;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A month's invoice generation requested (table {@code invoice_run}). {@code status} is the stored
 * one: QUEUED, DONE or FAILED; a QUEUED run with {@code startedAt} has been started by an instance.
 * {@code created} is set when DONE, {@code error} (a stable code) when FAILED.
 */
public record StoredInvoiceRun(
    UUID id,
    YearMonth period,
    UUID requestedBy,
    String requestedByRole,
    String status,
    Integer created,
    String error,
    int attempts,
    Instant requestedAt,
    Instant startedAt,
    Instant finishedAt) {
  public boolean queued() {
    return status.equals("QUEUED");
  }
}
