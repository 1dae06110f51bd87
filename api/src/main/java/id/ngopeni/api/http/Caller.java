package id.ngopeni.api.http;

import id.ngopeni.domain.user.Role;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.UUID;

/** Who is making this request, as proven by the access token. */
public record Caller(UUID userId, String username, Role role, List<String> kelurahanCodes, long expiresAtEpochSecond) {
  private static final String KEY = "ngopeni.caller";

  public Caller {
    kelurahanCodes = List.copyOf(kelurahanCodes);
  }

  /** A caller that did not come from an access token (the system, e.g. the demo loader). */
  public Caller(UUID userId, String username, Role role, List<String> kelurahanCodes) {
    this(userId, username, role, kelurahanCodes, 0L);
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
