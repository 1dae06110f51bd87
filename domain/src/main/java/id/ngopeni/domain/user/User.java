package id.ngopeni.domain.user;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A person who signs in. The password hash never leaves the persistence layer. */
public record User(
    UUID id,
    String username,
    Role role,
    List<String> kelurahanCodes,
    boolean active,
    int version,
    Instant createdAt,
    Instant updatedAt) {

  public User {
    kelurahanCodes = List.copyOf(kelurahanCodes);
  }

  /** Whether this user may see objects of the given kelurahan. */
  public boolean canSeeKelurahan(String kelurahanCode) {
    return !role.isAreaScoped() || kelurahanCodes.contains(kelurahanCode);
  }
}
