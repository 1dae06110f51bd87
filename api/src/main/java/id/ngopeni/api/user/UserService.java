package id.ngopeni.api.user;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.ETags;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.UserError;
import id.ngopeni.persistence.audit.AuditEvent;
import io.vertx.core.json.JsonObject;
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
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.user.RoleGrant;
import id.ngopeni.persistence.user.RoleGrantRepository;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.UUID;

/** User administration use cases (ADMIN only; the routes enforce the role). */
public record UserService(AppContext context, UserRepository users, RefreshTokenRepository refreshTokens,
    PasswordPolicy passwords, RoleGrantRepository grants) {
  /** A request to create a user, as read from JSON (fields may be null when invalid). */
  public record NewUser(String username, String password, Role role, List<String> kelurahanCodes) {}

  /** A partial change; null fields stay as they are. */
  public record Patch(Role role, Boolean active, List<String> kelurahanCodes, String password) {}

  /** The user as saved, and the role grant this request asked for ({@code null} if none). */
  public record Saved(User user, RoleGrant grant) {}

  /**
   * Creates a user. With a role that needs a second admin ({@link RoleGrant#needsConfirmation})
   * the user is created inactive with a PENDING grant, and becomes active with the role only
   * when another admin confirms it; the second admin, made while one active admin exists, is
   * confirmed at once.
   */
  public Future<Saved> create(Caller admin, NewUser request, Violations violations) {
    if (!violations.has("username")) {
      Usernames.problem(request.username()).ifPresent(code -> violations.add("username", code,
          "3 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit."));
    }
    checkPassword(request.password(), request.username(), violations);
    List<String> codes = request.role() == null ? List.of() : UserScope.check(request.role(), request.kelurahanCodes(), violations);
    violations.throwIfAny();
    return context.hasher()
        .hash(request.password())
        .compose(hash -> context.pool().withTransaction(tx -> {
          UUID id = Ids.newId();
          String username = Usernames.canonical(request.username());
          if (!RoleGrant.needsConfirmation(request.role())) {
            return users.insert(tx, id, username, hash, request.role(), codes)
                .compose(user -> context.audit().append(tx, event(admin, "user.created", null, user))
                    .map(seq -> new Saved(user, null)));
          }
          return grants.lockAndCountActiveAdmins(tx).compose(admins -> {
            RoleGrant grant =
                RoleGrant.ask(Ids.newId(), id, request.role(), admin.userId(), admins, true, context.clock().instant());
            return users.insert(tx, id, username, hash, request.role(), codes, grant.confirmed())
                .compose(user -> grants.insert(tx, grant)
                    .compose(v -> context.audit().append(tx, event(admin, "user.created", null, user)))
                    .compose(v -> RoleGrantService.audit(context.audit(), tx, admin, grant, user.username()))
                    .map(v -> new Saved(user, grant)));
          });
        }));
  }

  public Future<User> get(UUID id) {
    return users.findById(context.pool(), id).map(found -> found.orElseThrow(UserService::notFound));
  }

  public Future<Slice<User>> list(UUID after, int limit) {
    return users.list(context.pool(), after, limit);
  }

  /**
   * Applies a patch to the version the admin last saw. Disabling a user, or changing their
   * role, scope or password, revokes their refresh tokens in the same transaction, and V15's
   * trigger moves their session version there too: their access tokens are refused on the next
   * request on every instance (auth/Sessions). A new role that needs a second admin is not
   * applied: it becomes a PENDING grant (the rest of the patch applies), and a user created
   * with such a role cannot be activated before a grant of theirs is confirmed.
   */
  public Future<Saved> update(Caller admin, UUID id, int expectedVersion, Patch patch, Violations violations) {
    return context.pool().withTransaction(tx -> users.findById(tx, id).compose(found -> {
      User current = found.orElseThrow(UserService::notFound);
      Role asked = patch.role() != null ? patch.role() : current.role();
      List<String> requested = patch.kelurahanCodes() != null
          ? patch.kelurahanCodes()
          : (asked == Role.FIELD_OFFICER ? current.kelurahanCodes() : List.of());
      List<String> codes = UserScope.check(asked, requested, violations);
      if (patch.password() != null) {
        checkPassword(patch.password(), current.username(), violations);
      }
      violations.throwIfAny();
      if (current.id().equals(admin.userId())
          && (Boolean.FALSE.equals(patch.active()) || (patch.role() != null && patch.role() != Role.ADMIN))) {
        throw new Forbidden(UserError.CANNOT_DEMOTE_SELF);
      }
      Future<RoleGrant> asking = asked != current.role() && RoleGrant.needsConfirmation(asked)
          ? ask(tx, admin, current, asked)
          : Future.succeededFuture(null);
      return asking.compose(grant -> {
        // A role awaiting a second admin is not applied yet, nor the scope that goes with it.
        boolean deferred = grant != null && !grant.confirmed();
        Role role = deferred ? current.role() : asked;
        List<String> scope = deferred ? current.kelurahanCodes() : codes;
        Future<Void> activation = Boolean.TRUE.equals(patch.active()) && RoleGrant.needsConfirmation(role)
            ? grants.awaitsGrant(tx, id).map(awaits -> {
              if (awaits) {
                throw new Conflict(UserError.ROLE_GRANT_REQUIRED);
              }
              return null;
            })
            : Future.succeededFuture();
        Future<String> hash = patch.password() == null ? Future.succeededFuture(null) : context.hasher().hash(patch.password());
        boolean revoke = patch.password() != null || Boolean.FALSE.equals(patch.active())
            || role != current.role() || !scope.equals(current.kelurahanCodes());
        return activation.compose(v -> hash)
            .compose(h -> users.update(tx, id, ETags.matches(expectedVersion, current.version()) ? current.version() : expectedVersion,
                new UserChanges(role, patch.active(), scope, h)))
            .compose(updated -> revoke ? refreshTokens.revokeAllOfUser(tx, id).map(v -> updated) : Future.succeededFuture(updated))
            .compose(updated -> {
              JsonObject after = UserJson.of(updated).put("passwordChanged", patch.password() != null);
              return context.audit().append(tx, event(admin, "user.updated", UserJson.of(current), updated, after))
                  .map(seq -> new Saved(updated, grant));
            });
      });
    }));
  }

  /**
   * Asks for {@code role} for an existing user: a PENDING grant, or a confirmed one for the
   * second admin made while a single active admin exists (then the patch applies the role).
   */
  private Future<RoleGrant> ask(SqlClient tx, Caller admin, User user, Role role) {
    return grants.lockAndCountActiveAdmins(tx).compose(admins -> {
      RoleGrant grant = RoleGrant.ask(Ids.newId(), user.id(), role, admin.userId(), admins, false, context.clock().instant());
      return grants.insert(tx, grant)
          .compose(v -> RoleGrantService.audit(context.audit(), tx, admin, grant, user.username())).map(v -> grant);
    });
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

  static NotFound notFoundProblem() {
    return notFound();
  }

  private static NotFound notFound() {
    return new NotFound(UserError.USER_NOT_FOUND);
  }
}
