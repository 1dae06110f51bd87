package id.ngopeni.api.http;


import id.ngopeni.domain.problem.UserError;
import id.ngopeni.domain.problem.Forbidden;
import id.ngopeni.domain.user.Role;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * Lets only the given roles through (403 otherwise). The access token carries one {@code role}
 * string, which Vert.x's JWTAuthorization (array-of-permissions claims) does not read.
 */
public final class RequireRole implements Handler<RoutingContext> {
  private final Set<Role> allowed;

  private RequireRole(Set<Role> allowed) {
    this.allowed = allowed;
  }

  public static RequireRole anyOf(Role first, Role... rest) {
    return new RequireRole(EnumSet.of(first, rest));
  }

  /** The roles a domain policy names (e.g. who may reveal identifiers at all). */
  public static RequireRole anyOf(Set<Role> roles) {
    return new RequireRole(EnumSet.copyOf(roles));
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (allowed.contains(Caller.of(ctx).role())) {
      ctx.next();
    } else {
      ctx.fail(new Forbidden(UserError.ROLE_FORBIDDEN));
    }
  }
}
