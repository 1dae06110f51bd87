package id.ngopeni.persistence.bpjs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A reconciliation with its figures: per funding source, what the city invoiced and what it pays
 * once reconciled (matched lines plus the resolved differences' amounts), and what is still open.
 */
public record ReconciliationSummary(UUID id, LocalDate period, int rows, int matched, long matchedAmount,
    Map<String, Integer> differencesByKind, int open, List<SourceTotal> sources, UUID createdBy, Instant createdAt) {

  public record SourceTotal(String fundingSource, long invoiced, long toPay, int open) {}
}
