package id.ngopeni.domain.problem;

/**
 * Error codes of sign-in and users (auth, user).
 * Part of the catalogue ({@link ErrorCode}): each code's wire name is its constant's name in lower
 * case; its status, kinds and English message are in {@code error-codes.tsv} beside this class.
 */
public enum UserError implements ErrorCode {
  INVALID_CREDENTIALS, TOKEN_MISSING, TOKEN_INVALID, REFRESH_TOKEN_MISSING, REFRESH_TOKEN_INVALID, LOGIN_LOCKED,
  ROLE_FORBIDDEN, USER_NOT_FOUND, USERNAME_TAKEN, CANNOT_DEMOTE_SELF, USERNAME_INVALID, PASSWORD_TOO_SHORT,
  PASSWORD_TOO_LONG, PASSWORD_CONTAINS_USERNAME, PASSWORD_TOO_COMMON, KELURAHAN_REQUIRED, KELURAHAN_NOT_ALLOWED,
  SESSION_ENDED, LOGIN_SLOWED, ROLE_GRANT_NOT_FOUND, ROLE_GRANT_SELF_CONFIRMATION, ROLE_GRANT_DECIDED,
  ROLE_GRANT_PENDING, ROLE_GRANT_REQUIRED;

  @Override public Spec spec() { return ErrorCatalogue.spec(this); }

  @Override public String toString() { return code(); }
}
