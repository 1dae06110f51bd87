package id.ngopeni.api.user;

import id.ngopeni.domain.user.RoleGrant;
import id.ngopeni.domain.user.User;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The user as clients see it: never the password hash. */
public final class UserJson {
  private UserJson() {}

  public static JsonObject of(User user) {
    return new JsonObject()
        .put("id", user.id().toString())
        .put("username", user.username())
        .put("role", user.role().name())
        .put("kelurahanCodes", new JsonArray(user.kelurahanCodes()))
        .put("active", user.active())
        .put("version", user.version())
        .put("createdAt", user.createdAt() == null ? null : user.createdAt().toString())
        .put("updatedAt", user.updatedAt() == null ? null : user.updatedAt().toString());
  }

  /** A role grant; {@code username} is the user it is for. */
  public static JsonObject grant(RoleGrant g, String username) {
    return new JsonObject()
        .put("id", g.id().toString())
        .put("userId", g.userId().toString())
        .put("username", username)
        .put("role", g.role().name())
        .put("status", g.status().name())
        .put("activates", g.activates())
        .put("requestedBy", g.requestedBy().toString())
        .put("requestedAt", g.requestedAt() == null ? null : g.requestedAt().toString())
        .put("decidedBy", g.decidedBy() == null ? null : g.decidedBy().toString())
        .put("decidedAt", g.decidedAt() == null ? null : g.decidedAt().toString());
  }
}
