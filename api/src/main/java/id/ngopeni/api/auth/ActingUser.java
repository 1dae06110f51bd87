package id.ngopeni.api.auth;

import id.ngopeni.api.http.Caller;
import id.ngopeni.domain.problem.Forbidden;
import id.ngopeni.domain.problem.UserError;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.user.UserAuthorities;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.Arrays;

/**
 * The acting user inside a money-moving transaction (payouts, batches, reconciliation, invoice
 * payment): their row is read in that transaction {@code FOR SHARE} — nobody can disable,
 * demote or re-scope them until it commits — and must still be active, carry the session's
 * version and (when roles are named) one of the roles. The use case then acts with the caller
 * this returns: the stored role and scope, never the token's claims nor a cache.
 */
public final class ActingUser {
  private static final UserAuthorities AUTHORITIES = new UserAuthorities();

  private ActingUser() {}

  /**
   * @param allowed the roles the use case admits; none: the domain decides by the stored role
   *     (the maker–checker rules refuse a self-approval before the role)
   */
  public static Future<Caller> inTransaction(SqlClient tx, Caller caller, Role... allowed) {
    if (caller.userId() == null) {
      return Future.failedFuture(Sessions.ended());
    }
    return AUTHORITIES.findForShare(tx, caller.userId())
        .compose(stored -> Sessions.admit(caller, stored))
        .map(stored -> {
          if (allowed.length > 0 && !Arrays.asList(allowed).contains(stored.role())) {
            throw new Forbidden(UserError.ROLE_FORBIDDEN);
          }
          return stored;
        });
  }
}
