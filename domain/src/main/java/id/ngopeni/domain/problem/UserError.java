package id.ngopeni.domain.problem;

import static id.ngopeni.domain.problem.ErrorKind.FIELD;
import static id.ngopeni.domain.problem.ErrorKind.PROBLEM;

/** Error codes of sign-in and users (auth, user); part of the catalogue ({@link ErrorCode}). */
public enum UserError implements ErrorCode {
  INVALID_CREDENTIALS("invalid_credentials", 401, "The username or password is wrong.", PROBLEM),
  TOKEN_MISSING("token_missing", 401, "Send Authorization: Bearer <access token>.", PROBLEM),
  TOKEN_INVALID("token_invalid", 401, "The access token is missing, invalid or expired.", PROBLEM),
  REFRESH_TOKEN_MISSING("refresh_token_missing", 401, "Send the refresh token.", PROBLEM),
  REFRESH_TOKEN_INVALID("refresh_token_invalid", 401,
      "The refresh token is invalid, expired or already used.", PROBLEM),
  LOGIN_LOCKED("login_locked", 429, "Too many failed logins; try again later.", PROBLEM),
  ROLE_FORBIDDEN("role_forbidden", 403, "Your role may not do this.", PROBLEM),
  USER_NOT_FOUND("user_not_found", 404, "No such user.", PROBLEM),
  USERNAME_TAKEN("username_taken", 409, "That username is already taken.", PROBLEM),
  CANNOT_DEMOTE_SELF("cannot_demote_self", 403, "You cannot disable or demote your own account.", PROBLEM),
  USERNAME_INVALID("username_invalid", 422,
      "3 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit.", FIELD),
  PASSWORD_TOO_SHORT("password_too_short", 422, "The password is too short.", FIELD),
  PASSWORD_TOO_LONG("password_too_long", 422, "The password is too long.", FIELD),
  PASSWORD_CONTAINS_USERNAME("password_contains_username", 422, "The password must not contain the username.", FIELD),
  PASSWORD_TOO_COMMON("password_too_common", 422, "This password is too common; choose another.", FIELD),
  KELURAHAN_REQUIRED("kelurahan_required", 422, "A field officer needs at least one kelurahan.", FIELD),
  KELURAHAN_NOT_ALLOWED("kelurahan_not_allowed", 422, "Only field officers are limited to kelurahan.", FIELD),
  SESSION_ENDED("session_ended", 401,
      "This session has ended (signed out, or the account was changed or disabled). Sign in again.", PROBLEM),
  LOGIN_SLOWED("login_slowed", 429, "Too many failed logins from your address; wait and try again.", PROBLEM),
  ROLE_GRANT_NOT_FOUND("role_grant_not_found", 404, "No such role grant.", PROBLEM),
  ROLE_GRANT_SELF_CONFIRMATION("role_grant_self_confirmation", 403,
      "A role grant is confirmed or refused by a second admin: neither the one who asked nor the user.", PROBLEM),
  ROLE_GRANT_DECIDED("role_grant_decided", 409, "This role grant was already confirmed or refused.", PROBLEM),
  ROLE_GRANT_PENDING("role_grant_pending", 409,
      "A role grant for this user awaits a second admin; confirm or refuse it first.", PROBLEM),
  ROLE_GRANT_REQUIRED("role_grant_required", 409,
      "This user's role takes effect, and the account becomes active, only once a second admin confirms it.", PROBLEM);

  private final Spec spec;

  UserError(String code, int status, String message, ErrorKind first, ErrorKind... more) {
    this.spec = new Spec(code, status, message, first, more);
  }

  @Override
  public Spec spec() {
    return spec;
  }

  @Override
  public String toString() {
    return spec.code();
  }
}
