package id.ngopeni.domain.user;

import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.UserError;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Usernames are compared case-insensitively, so they are stored in lower case. */
public final class Usernames {
  private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

  private Usernames() {}

  /** The canonical form used for storage, look-up and lockout counting. */
  public static String canonical(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }

  /** Why the username is not acceptable for a new account, if it is not. */
  public static Optional<ErrorCode> problem(String username) {
    String canonical = canonical(username);
    if (canonical.isEmpty()) {
      return Optional.of(HttpError.REQUIRED);
    }
    return SHAPE.matcher(canonical).matches() ? Optional.empty() : Optional.of(UserError.USERNAME_INVALID);
  }
}
