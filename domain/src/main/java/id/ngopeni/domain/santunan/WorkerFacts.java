package id.ngopeni.domain.santunan;

import id.ngopeni.domain.membership.FundingSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a programme's eligibility looks at: the worker's category and their memberships' spans.
 *
 * @param memberships every membership of the worker, in any status
 */
public record WorkerFacts(UUID workerId, String category, List<Span> memberships) {
  public WorkerFacts {
    memberships = List.copyOf(memberships);
  }

  /** One membership: who pays it, from when to when (both inclusive; {@code end} null while active). */
  public record Span(FundingSource source, LocalDate start, LocalDate end) {
    boolean covers(LocalDate date) {
      return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }
  }

  /** The membership that was active on {@code date}, if any. */
  public Optional<Span> activeOn(LocalDate date) {
    return memberships.stream().filter(s -> s.covers(date)).findFirst();
  }
}
