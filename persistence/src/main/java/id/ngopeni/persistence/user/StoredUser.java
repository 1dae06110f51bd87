package id.ngopeni.persistence.user;

import id.ngopeni.domain.user.User;

/**
 * A user together with the password hash, which only the login use case may see, and the
 * session version its access tokens must carry.
 */
public record StoredUser(User user, String passwordHash, long sessionVersion) {}
