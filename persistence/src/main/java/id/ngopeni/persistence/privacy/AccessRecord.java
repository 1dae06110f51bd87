package id.ngopeni.persistence.privacy;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One read of personal data as recorded: the access log's row. {@code fields} and {@code kind}
 * are the wire names of the domain's {@code PersonalField} and {@code ReadKind}; {@code
 * purpose} is null except for reveals and full exports; {@code detail} never holds a NIK.
 */
public record AccessRecord(Long id, Instant at, UUID userId, String username, String role, String kind,
    List<UUID> personIds, List<String> fields, String purpose, String clientIp, JsonObject detail) {
  public AccessRecord {
    personIds = List.copyOf(personIds);
    fields = List.copyOf(fields);
  }
}
