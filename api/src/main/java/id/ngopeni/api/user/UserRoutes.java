package id.ngopeni.api.user;

import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.ETags;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.Responses;
import id.ngopeni.domain.problem.UserError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.api.http.QueryParams;
import id.ngopeni.domain.user.Role;
import id.ngopeni.domain.user.RoleGrant;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * {@code /me} for everyone; {@code /users} for ADMIN; {@code /role-grants}: a second ADMIN
 * confirms or refuses a grant of OPERATOR, APPROVER or ADMIN, and the ADMIN and AUDITOR list them.
 */
public record UserRoutes(UserService service, RoleGrantService grants) implements Feature {
  @Override
  public void mount(Router api) {
    api.get("/me").handler(this::me);
    RequireRole admin = RequireRole.anyOf(Role.ADMIN);
    api.post("/users").handler(admin).handler(this::create);
    api.get("/users").handler(admin).handler(this::list);
    api.get("/users/:id").handler(admin).handler(this::get);
    api.patch("/users/:id").handler(admin).handler(this::update);
    api.get("/role-grants").handler(RequireRole.anyOf(Role.ADMIN, Role.AUDITOR)).handler(this::grants);
    api.post("/role-grants/:id/confirm").handler(admin).handler(ctx -> decide(ctx, true));
    api.post("/role-grants/:id/refuse").handler(admin).handler(ctx -> decide(ctx, false));
  }

  private void me(RoutingContext ctx) {
    service.get(Caller.of(ctx).userId())
        .compose(user -> Responses.versioned(ctx, 200, UserJson.of(user), user.version()))
        .onFailure(ctx::fail);
  }

  private void create(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.object(ctx));
    var request =
        new UserService.NewUser(
            in.string("username", true),
            in.string("password", true),
            in.enumValue("role", Role.class, true),
            in.strings("kelurahanCodes", false));
    service.create(Caller.of(ctx), request, in.finish())
        .compose(saved -> {
          ctx.response().putHeader("Location", "/api/v1/users/" + saved.user().id());
          return Responses.versioned(ctx, 201, json(saved), saved.user().version());
        })
        .onFailure(ctx::fail);
  }

  private void list(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    service.list(Paging.uuidCursor(ctx), limit)
        .compose(slice -> Responses.json(ctx, 200, Paging.page(slice, u -> UserJson.of(u), item -> item.id())))
        .onFailure(ctx::fail);
  }

  private void get(RoutingContext ctx) {
    service.get(pathId(ctx))
        .compose(user -> Responses.versioned(ctx, 200, UserJson.of(user), user.version()))
        .onFailure(ctx::fail);
  }

  private void update(RoutingContext ctx) {
    UUID id = pathId(ctx);
    int version = ETags.requiredVersion(ctx);
    Fields in = new Fields(JsonInput.object(ctx));
    var patch =
        new UserService.Patch(
            in.enumValue("role", Role.class, false),
            in.bool("active", false),
            in.strings("kelurahanCodes", false),
            in.string("password", false));
    service.update(Caller.of(ctx), id, version, patch, in.finish())
        .compose(saved -> Responses.versioned(ctx, 200, json(saved), saved.user().version()))
        .onFailure(ctx::fail);
  }

  /** The user, with {@code roleGrant} when the request asked for one (PENDING until a second admin confirms it). */
  private static JsonObject json(UserService.Saved saved) {
    JsonObject user = UserJson.of(saved.user());
    return saved.grant() == null ? user : user.put("roleGrant", UserJson.grant(saved.grant(), saved.user().username()));
  }

  private void grants(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    RoleGrant.Status status = QueryParams.enumValue(ctx, "status", RoleGrant.Status.class);
    String user = ctx.queryParams().get("userId");
    UUID userId = user == null || user.isEmpty() ? null : id(user, UserService::notFoundProblem);
    grants.list(status, userId, Paging.uuidCursor(ctx), limit)
        .compose(slice -> Responses.json(ctx, 200,
            Paging.page(slice, g -> UserJson.grant(g.grant(), g.username()), g -> g.grant().id())))
        .onFailure(ctx::fail);
  }

  private void decide(RoutingContext ctx, boolean confirm) {
    UUID id = id(ctx.pathParam("id"), RoleGrantService::notFound);
    new Fields(JsonInput.optionalObject(ctx)).requireValid();
    (confirm ? grants.confirm(Caller.of(ctx), id) : grants.refuse(Caller.of(ctx), id))
        .compose(g -> Responses.json(ctx, 200, UserJson.grant(g.grant(), g.username())))
        .onFailure(ctx::fail);
  }

  private static UUID id(String text, java.util.function.Supplier<NotFound> notFound) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw notFound.get();
    }
  }

  static UUID pathId(RoutingContext ctx) {
    try {
      return UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      throw new NotFound(UserError.USER_NOT_FOUND);
    }
  }
}
