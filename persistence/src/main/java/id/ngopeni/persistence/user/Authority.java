package id.ngopeni.persistence.user;

import id.ngopeni.domain.user.Role;
import java.util.List;
import java.util.UUID;

/**
 * What a user may do right now, as stored: the row every request's authority is checked
 * against ({@code session_version} is the one its access token must carry).
 */
public record Authority(UUID id, String username, Role role, List<String> kelurahanCodes, boolean active,
    long sessionVersion) {
  public Authority {
    kelurahanCodes = List.copyOf(kelurahanCodes);
  }
}
