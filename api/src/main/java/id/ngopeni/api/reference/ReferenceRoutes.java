package id.ngopeni.api.reference;

import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.Fields;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.Paging;
import id.ngopeni.api.http.Responses;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.domain.bank.Bank;
import id.ngopeni.domain.user.Role;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.function.Function;

/**
 * Reference data: regions, worker categories and funding sources for every signed-in role;
 * adding a category and loading regions for ADMIN. Lists are small and come whole
 * ({@code nextCursor} is always null).
 */
public record ReferenceRoutes(ReferenceService service) implements Feature {
  /** A whole province's kelurahan (a few thousand rows) fits easily. */
  static final long MAX_REGION_FILE = 5L * 1024 * 1024;

  @Override
  public void mount(Router api) {
    RequireRole admin = RequireRole.anyOf(Role.ADMIN);
    api.get("/regions").handler(ctx -> whole(ctx, service.regions(), ReferenceJson::of));
    api.post("/regions/import").handler(admin).handler(this::importRegions);
    api.get("/categories").handler(ctx -> whole(ctx, service.categories(), ReferenceJson::of));
    api.post("/categories").handler(admin).handler(this::addCategory);
    api.get("/funding-sources").handler(ctx -> whole(ctx, service.fundingSources(), ReferenceJson::of));
    // The banks payouts can go to (domain Bank), so no client keeps its own copy.
    api.get("/banks").handler(ctx -> whole(ctx, Future.succeededFuture(List.of(Bank.values())), ReferenceJson::of));
  }

  /** A whole list as one page. */
  private static <T> void whole(RoutingContext ctx, Future<List<T>> list, Function<T, JsonObject> json) {
    list.compose(found -> {
          JsonArray items = new JsonArray();
          found.forEach(item -> items.add(json.apply(item)));
          return Responses.json(ctx, 200, Paging.page(items, null));
        })
        .onFailure(ctx::fail);
  }

  private void importRegions(RoutingContext ctx) {
    Caller caller = Caller.of(ctx);
    RequestText.read(ctx, "text/csv", MAX_REGION_FILE)
        .compose(text -> service.loadRegions(caller, text))
        .compose(count -> Responses.json(ctx, 200, ReferenceJson.of(count)))
        .onFailure(ctx::fail);
  }

  private void addCategory(RoutingContext ctx) {
    Fields in = new Fields(JsonInput.object(ctx));
    var request = new ReferenceService.NewCategory(
        in.string("code", true), in.string("nameId", true), in.string("nameEn", true), in.wholeNumber("sortOrder", false));
    service.addCategory(Caller.of(ctx), request, in.finish())
        .compose(c -> Responses.json(ctx, 201, ReferenceJson.of(c)))
        .onFailure(ctx::fail);
  }
}
