package id.ngopeni.persistence.bpjs;

import id.ngopeni.domain.bpjs.Settlement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A reconciliation with its figures: per funding source, the month's {@link Settlement} (what the
 * city invoiced, what the month costs once reconciled, what is still open, the overpayment
 * carried in) and the overpayment recorded for this month, if any.
 */
public record ReconciliationSummary(UUID id, LocalDate period, int rows, int matched, long matchedAmount,
    Map<String, Integer> differencesByKind, int open, List<SourceTotal> sources, UUID createdBy, Instant createdAt) {

  /** @param overpaid the surplus recorded for this month and carried to the next; null before */
  public record SourceTotal(String fundingSource, Settlement settlement, Long overpaid) {}
}
