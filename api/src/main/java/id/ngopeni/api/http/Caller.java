package id.ngopeni.api.http;

import id.ngopeni.domain.user.Role;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.UUID;

/**
 * Who is making this request. Built from the access token, then (BearerAuth) given the role,
 * scope and username stored for the user now: a route never acts on the token's own claims.
 * {@code sessionVersion} is the token's {@code sv}, which must still be the user's.
 */
public record Caller(UUID userId, String username, Role role, List<String> kelurahanCodes, long expiresAtEpochSecond,
    long sessionVersion) {
  private static final String KEY = "ngopeni.caller";

  public Caller {
    kelurahanCodes = List.copyOf(kelurahanCodes);
  }

  /** A caller that did not come from an access token (the system, e.g. the demo loader). */
  public Caller(UUID userId, String username, Role role, List<String> kelurahanCodes) {
    this(userId, username, role, kelurahanCodes, 0L, 0L);
  }

  /** The same session with the authority stored for the user now. */
  public Caller withAuthority(String storedUsername, Role storedRole, List<String> storedKelurahanCodes) {
    return new Caller(userId, storedUsername, storedRole, storedKelurahanCodes, expiresAtEpochSecond, sessionVersion);
  }

  /** Set by the bearer authentication handler once the token is verified. */
  public static void attach(RoutingContext ctx, Caller caller) {
    ctx.put(KEY, caller);
  }

  public static Caller of(RoutingContext ctx) {
    Caller caller = ctx.get(KEY);
    if (caller == null) {
      throw new IllegalStateException("route is missing the bearer authentication handler");
    }
    return caller;
  }

  public boolean canSeeKelurahan(String kelurahanCode) {
    return !role.isAreaScoped() || kelurahanCodes.contains(kelurahanCode);
  }
}
