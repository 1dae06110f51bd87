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
import id.ngopeni.domain.user.Role;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** {@code /me} for everyone; {@code /users} for ADMIN. */
public final class UserRoutes implements Feature {
  private final UserService service;

  public UserRoutes(UserService service) {
    this.service = service;
  }

  @Override
  public void mount(Router api) {
    api.get("/me").handler(this::me);
    RequireRole admin = RequireRole.anyOf(Role.ADMIN);
    api.post("/users").handler(admin).handler(this::create);
    api.get("/users").handler(admin).handler(this::list);
    api.get("/users/:id").handler(admin).handler(this::get);
    api.patch("/users/:id").handler(admin).handler(this::update);
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
        .compose(user -> {
          ctx.response().putHeader("Location", "/api/v1/users/" + user.id());
          return Responses.versioned(ctx, 201, UserJson.of(user), user.version());
        })
        .onFailure(ctx::fail);
  }

  private void list(RoutingContext ctx) {
    int limit = Paging.limit(ctx);
    service.list(Paging.uuidCursor(ctx), limit)
        .compose(slice -> {
          JsonArray items = new JsonArray();
          slice.items().forEach(u -> items.add(UserJson.of(u)));
          String next = Paging.nextCursor(slice, item -> item.id());
          return Responses.json(ctx, 200, Paging.page(items, next));
        })
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
        .compose(user -> Responses.versioned(ctx, 200, UserJson.of(user), user.version()))
        .onFailure(ctx::fail);
  }

  static UUID pathId(RoutingContext ctx) {
    try {
      return UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      throw new NotFound(UserError.USER_NOT_FOUND);
    }
  }
}
