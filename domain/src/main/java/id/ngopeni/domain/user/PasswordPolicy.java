package id.ngopeni.domain.user;

import id.ngopeni.domain.problem.ErrorCode;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.UserError;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * NIST SP 800-63B style: length over composition rules. 12 to 128 characters, not the
 * username, not one of the commonly used passwords.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private final Set<String> commonPasswords;

  /** @param commonPasswords lower-cased known-bad passwords */
  public PasswordPolicy(Set<String> commonPasswords) {
    this.commonPasswords = Set.copyOf(commonPasswords);
  }

  /** The stable code of the first rule the password breaks, if any. */
  public Optional<ErrorCode> problem(String password, String username) {
    if (password == null || password.isEmpty()) {
      return Optional.of(HttpError.REQUIRED);
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of(UserError.PASSWORD_TOO_SHORT);
    }
    if (length > MAX_LENGTH) {
      return Optional.of(UserError.PASSWORD_TOO_LONG);
    }
    String lower = password.toLowerCase(Locale.ROOT);
    String user = Usernames.canonical(username);
    if (!user.isEmpty() && lower.contains(user)) {
      return Optional.of(UserError.PASSWORD_CONTAINS_USERNAME);
    }
    if (commonPasswords.contains(lower)) {
      return Optional.of(UserError.PASSWORD_TOO_COMMON);
    }
    return Optional.empty();
  }

  public static String message(ErrorCode code) {
    if (code == HttpError.REQUIRED) {
      return "A password is required.";
    } else if (code == UserError.PASSWORD_TOO_SHORT) {
      return "The password must have at least " + MIN_LENGTH + " characters.";
    } else if (code == UserError.PASSWORD_TOO_LONG) {
      return "The password must have at most " + MAX_LENGTH + " characters.";
    } else if (code == UserError.PASSWORD_CONTAINS_USERNAME) {
      return "The password must not contain the username.";
    } else if (code == UserError.PASSWORD_TOO_COMMON) {
      return "This password is too common; choose another.";
    }
    return "The password is not acceptable.";
  }
}
