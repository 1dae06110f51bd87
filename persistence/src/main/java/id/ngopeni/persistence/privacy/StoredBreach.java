package id.ngopeni.persistence.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A breach as recorded: the incident, its suspected source, the people affected (a count; the
 * people are {@link AffectedPerson}s), and when each addressee was notified, by whom (null: not
 * yet). {@code dataKinds} are the wire names of the domain's {@code PersonalField}.
 */
public record StoredBreach(UUID id, Instant discoveredAt, String description, String measures, List<String> dataKinds,
    UUID sourceUserId, String sourceUsername, String sourceIp, Instant sourceFrom, Instant sourceTo, int affected,
    Instant subjectsNotifiedAt, String subjectsNotifiedBy, Instant authorityNotifiedAt, String authorityNotifiedBy,
    UUID recordedBy, String recordedByUsername, Instant recordedAt) {
  public StoredBreach {
    dataKinds = List.copyOf(dataKinds);
  }
}
