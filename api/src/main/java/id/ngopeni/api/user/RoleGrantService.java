package id.ngopeni.api.user;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.UserError;
import id.ngopeni.domain.user.RoleGrant;
import id.ngopeni.domain.user.User;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.auth.RefreshTokenRepository;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.user.RoleGrantRepository;
import id.ngopeni.persistence.user.StoredRoleGrant;
import id.ngopeni.persistence.user.UserChanges;
import id.ngopeni.persistence.user.UserRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Role grants ({@link RoleGrant}): a second ADMIN confirms or refuses them; the ADMIN and the
 * AUDITOR list them. Confirming applies the role (and activates a user created with it) in the
 * same transaction, revoking the user's sessions; every step is in the audit trail.
 */
public record RoleGrantService(AppContext context, RoleGrantRepository grants, UserRepository users,
    RefreshTokenRepository refreshTokens) {
  public Future<Slice<StoredRoleGrant>> list(RoleGrant.Status status, UUID userId, UUID before, int limit) {
    return grants.list(context.pool(), status, userId, before, limit);
  }

  /** PENDING → CONFIRMED by a second admin: the user gets the role (and is activated if created with it). */
  public Future<StoredRoleGrant> confirm(Caller admin, UUID id) {
    return context.pool().withTransaction(tx -> locked(tx, id).compose(stored -> {
      RoleGrant next = stored.grant().confirm(admin.userId(), context.clock().instant());
      return decide(tx, next)
          .compose(v -> users.findById(tx, next.userId()).map(Optional::orElseThrow))
          .compose(user -> apply(tx, admin, user, next))
          .compose(v -> append(context.audit(), tx, admin, "role_grant.confirmed", stored.grant(), next, stored.username()))
          .map(v -> new StoredRoleGrant(next, stored.username()));
    }));
  }

  /** PENDING → REFUSED by a second admin: nothing changes for the user (one created with the role stays inactive). */
  public Future<StoredRoleGrant> refuse(Caller admin, UUID id) {
    return context.pool().withTransaction(tx -> locked(tx, id).compose(stored -> {
      RoleGrant next = stored.grant().refuse(admin.userId(), context.clock().instant());
      return decide(tx, next)
          .compose(v -> append(context.audit(), tx, admin, "role_grant.refused", stored.grant(), next, stored.username()))
          .map(v -> new StoredRoleGrant(next, stored.username()));
    }));
  }

  /** The audit entries of a grant just asked for: asked, and confirmed when made alone (the second admin). */
  static Future<Void> audit(AuditLog audit, SqlClient tx, Caller admin, RoleGrant grant, String username) {
    RoleGrant asked = new RoleGrant(grant.id(), grant.userId(), grant.role(), RoleGrant.Status.PENDING, grant.requestedBy(),
        grant.requestedAt(), null, null, grant.activates());
    Future<Void> first = append(audit, tx, admin, "role_grant.asked", null, asked, username);
    return !grant.confirmed() ? first
        : first.compose(v -> append(audit, tx, admin, "role_grant.confirmed", asked, grant, username));
  }

  private Future<StoredRoleGrant> locked(SqlClient tx, UUID id) {
    return grants.lock(tx, id).map(found -> found.orElseThrow(RoleGrantService::notFound));
  }

  private Future<Void> decide(SqlClient tx, RoleGrant next) {
    return grants.decide(tx, next).map(won -> {
      if (!won) {
        throw new Conflict(UserError.ROLE_GRANT_DECIDED);
      }
      return null;
    });
  }

  private Future<Void> apply(SqlClient tx, Caller admin, User user, RoleGrant grant) {
    // The granted roles see the whole city: no kelurahan scope.
    UserChanges changes = new UserChanges(grant.role(), grant.activates() ? Boolean.TRUE : null, List.of(), null);
    return users.update(tx, user.id(), user.version(), changes)
        .compose(updated -> refreshTokens.revokeAllOfUser(tx, user.id()).map(v -> updated))
        .compose(updated -> context.audit().append(tx, new AuditEvent(admin.userId(), admin.role().name(), "user.updated",
            "user", user.id().toString(), UserJson.of(user), UserJson.of(updated).put("roleGrantId", grant.id().toString()))))
        .mapEmpty();
  }

  private static Future<Void> append(AuditLog audit, SqlClient tx, Caller admin, String action, RoleGrant before,
      RoleGrant after, String username) {
    JsonObject was = before == null ? null : UserJson.grant(before, username);
    return audit.append(tx, new AuditEvent(admin.userId(), admin.role().name(), action, "role_grant", after.id().toString(),
        was, UserJson.grant(after, username))).mapEmpty();
  }

  static NotFound notFound() {
    return new NotFound(UserError.ROLE_GRANT_NOT_FOUND);
  }
}
