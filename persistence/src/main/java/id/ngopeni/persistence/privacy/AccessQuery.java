package id.ngopeni.persistence.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The access log's filters (null: any): rows naming any of {@code personIds} (one person: a
 * worker, a heir, or everyone holding one NIK), of one user, in the period {@code [from, to)}.
 */
public record AccessQuery(List<UUID> personIds, UUID userId, Instant from, Instant to) {
  public AccessQuery {
    personIds = personIds == null ? null : List.copyOf(personIds);
  }
}
