package id.ngopeni.persistence.user;

import id.ngopeni.domain.user.Role;
import java.util.List;

/** A partial update: null means "leave as it is". */
public record UserChanges(Role role, Boolean active, List<String> kelurahanCodes, String passwordHash) {}
