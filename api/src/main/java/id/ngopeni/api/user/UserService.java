package id.ngopeni.api.user;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.http.Caller;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.UserError;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.audit.AuditLog;
import io.vertx.core.json.JsonObject;
import id.ngopeni.api.platform.PasswordHasher;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.problem.Forbidden;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.user.PasswordPolicy;
import id.ngopeni.domain.user.Role;
import id.ngopeni.domain.user.User;
import id.ngopeni.domain.user.UserScope;
import id.ngopeni.domain.user.Usernames;
import id.ngopeni.persistence.auth.RefreshTokenRepository;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.user.UserChanges;
import id.ngopeni.persistence.user.UserRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.UUID;

/** User administration use cases (ADMIN only; the routes enforce the role). */
public final class UserService {
  /** A request to create a user, as read from JSON (fields may be null when invalid). */
  public record NewUser(String username, String password, Role role, List<String> kelurahanCodes) {}

  /** A partial change; null fields stay as they are. */
  public record Patch(Role role, Boolean active, List<String> kelurahanCodes, String password) {}

  private final Pool pool;
  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final PasswordHasher hasher;
  private final PasswordPolicy passwords;
  private final AuditLog audit;

  public UserService(AppContext context, UserRepository users, RefreshTokenRepository refreshTokens, PasswordPolicy passwords) {
    this.pool = context.pool();
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.hasher = context.hasher();
    this.passwords = passwords;
    this.audit = context.audit();
  }

  public Future<User> create(Caller admin, NewUser request, Violations violations) {
    if (!violations.has("username")) {
      Usernames.problem(request.username()).ifPresent(code -> violations.add("username", code,
          "3 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit."));
    }
    checkPassword(request.password(), request.username(), violations);
    List<String> codes = request.role() == null ? List.of() : UserScope.check(request.role(), request.kelurahanCodes(), violations);
    violations.throwIfAny();
    return hasher
        .hash(request.password())
        .compose(hash -> pool.withTransaction(tx ->
            users.insert(tx, Ids.newId(), Usernames.canonical(request.username()), hash, request.role(), codes)
                .compose(user -> audit.append(tx, event(admin, "user.created", null, user)).map(seq -> user))));
  }

  public Future<User> get(UUID id) {
    return users.findById(pool, id).map(found -> found.orElseThrow(UserService::notFound));
  }

  public Future<Slice<User>> list(UUID after, int limit) {
    return users.list(pool, after, limit);
  }

  /**
   * Applies a patch to the version the admin last saw. Disabling a user, or changing their
   * role, scope or password, revokes their refresh tokens in the same transaction, and V15's
   * trigger moves their session version there too: their access tokens are refused on the next
   * request on every instance (auth/Sessions).
   */
  public Future<User> update(Caller admin, UUID id, int expectedVersion, Patch patch, Violations violations) {
    return pool.withTransaction(
        tx ->
            users
                .findById(tx, id)
                .compose(
                    found -> {
                      User current = found.orElseThrow(UserService::notFound);
                      Role role = patch.role() != null ? patch.role() : current.role();
                      List<String> requested =
                          patch.kelurahanCodes() != null
                              ? patch.kelurahanCodes()
                              : (role == Role.FIELD_OFFICER ? current.kelurahanCodes() : List.of());
                      List<String> codes = UserScope.check(role, requested, violations);
                      if (patch.password() != null) {
                        checkPassword(patch.password(), current.username(), violations);
                      }
                      violations.throwIfAny();
                      if (current.id().equals(admin.userId())
                          && (Boolean.FALSE.equals(patch.active()) || (patch.role() != null && patch.role() != Role.ADMIN))) {
                        throw new Forbidden(UserError.CANNOT_DEMOTE_SELF);
                      }
                      Future<String> hash = patch.password() == null ? Future.succeededFuture(null) : hasher.hash(patch.password());
                      boolean revoke = patch.password() != null || Boolean.FALSE.equals(patch.active())
                          || role != current.role() || !codes.equals(current.kelurahanCodes());
                      return hash.compose(
                              h -> users.update(tx, id, expectedVersion, new UserChanges(role, patch.active(), codes, h)))
                          .compose(updated -> revoke
                              ? refreshTokens.revokeAllOfUser(tx, id).map(v -> updated)
                              : Future.succeededFuture(updated))
                          .compose(updated -> {
                            JsonObject after = UserJson.of(updated).put("passwordChanged", patch.password() != null);
                            return audit.append(tx, event(admin, "user.updated", UserJson.of(current), updated, after))
                                .map(seq -> updated);
                          });
                    }));
  }

  private static AuditEvent event(Caller actor, String action, User before, User after) {
    return event(actor, action, before == null ? null : UserJson.of(before), after, UserJson.of(after));
  }

  private static AuditEvent event(Caller actor, String action, JsonObject before, User subject, JsonObject after) {
    return new AuditEvent(actor.userId(), actor.role().name(), action, "user", subject.id().toString(), before, after);
  }

  private void checkPassword(String password, String username, Violations violations) {
    if (password == null) {
      if (!violations.has("password")) {
        violations.add("password", HttpError.REQUIRED, PasswordPolicy.message(HttpError.REQUIRED));
      }
      return;
    }
    passwords.problem(password, username).ifPresent(code -> violations.add("password", code, PasswordPolicy.message(code)));
  }

  private static NotFound notFound() {
    return new NotFound(UserError.USER_NOT_FOUND);
  }
}
