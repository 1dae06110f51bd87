package id.ngopeni.domain.user;

import id.ngopeni.domain.problem.ErrorCode;
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
      return Optional.of(ErrorCode.REQUIRED);
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of(ErrorCode.PASSWORD_TOO_SHORT);
    }
    if (length > MAX_LENGTH) {
      return Optional.of(ErrorCode.PASSWORD_TOO_LONG);
    }
    String lower = password.toLowerCase(Locale.ROOT);
    String user = Usernames.canonical(username);
    if (!user.isEmpty() && lower.contains(user)) {
      return Optional.of(ErrorCode.PASSWORD_CONTAINS_USERNAME);
    }
    if (commonPasswords.contains(lower)) {
      return Optional.of(ErrorCode.PASSWORD_TOO_COMMON);
    }
    return Optional.empty();
  }

  public static String message(ErrorCode code) {
    return switch (code) {
      case REQUIRED -> "A password is required.";
      case PASSWORD_TOO_SHORT -> "The password must have at least " + MIN_LENGTH + " characters.";
      case PASSWORD_TOO_LONG -> "The password must have at most " + MAX_LENGTH + " characters.";
      case PASSWORD_CONTAINS_USERNAME -> "The password must not contain the username.";
      case PASSWORD_TOO_COMMON -> "This password is too common; choose another.";
      default -> "The password is not acceptable.";
    };
  }
}
