package id.ngopeni.api;

import id.ngopeni.api.platform.Config;

import id.ngopeni.api.auth.BearerAuth;
import id.ngopeni.api.http.JsonInput;
import id.ngopeni.api.http.ParameterGuard;
import id.ngopeni.api.http.Problems;
import id.ngopeni.api.http.SecurityHeaders;
import id.ngopeni.api.ops.OpsRoutes;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.CorsHandler;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * The whole HTTP surface: the console at {@code /}, the API at {@code /api/v1}. The OpenAPI
 * document ({@code openapi/openapi.yaml}) must list exactly the API routes mounted here;
 * OpenApiContractTest proves it.
 */
public final class ApiRouter {
  /** JSON bodies are small; anything bigger is refused with 413 before it is buffered. */
  public static final long JSON_BODY_LIMIT = 1024 * 1024;

  private ApiRouter() {}

  public static Router create(Vertx vertx, Services services, Config config) {
    Router root = Router.router(vertx);
    root.route().handler(new SecurityHeaders());
    if (!config.corsOrigins().isEmpty()) {
      root.route("/api/*")
          .handler(
              CorsHandler.create()
                  .addOrigins(config.corsOrigins())
                  .allowedMethods(java.util.Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE))
                  .allowedHeaders(java.util.Set.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key"))
                  .exposedHeaders(java.util.Set.of("ETag", "Location", "Retry-After", "Idempotent-Replayed")));
    }

    Router api = createApi(vertx, services);
    services.ops().mountRoot(root);
    root.route("/api/v1/*").subRouter(api);
    root.route("/api/*").handler(ctx -> Problems.notRouted(ctx, 404));
    root.route()
        .method(HttpMethod.GET)
        .method(HttpMethod.HEAD)
        .handler(StaticHandler.create("webroot").setIndexPage("index.html").setCachingEnabled(true).setMaxAgeSeconds(300));
    root.route().failureHandler(Problems::handle);
    root.errorHandler(404, ctx -> Problems.notRouted(ctx, 404));
    root.errorHandler(405, ctx -> Problems.notRouted(ctx, 405));
    return root;
  }

  /** The {@code /api/v1} routes. */
  public static Router createApi(Vertx vertx, Services services) {
    Router api = Router.router(vertx);
    // Query and path parameters are checked before anything reads them (NUL, control
    // characters, oversized values: 400/422, never a 500 from deeper down).
    api.route().handler(new ParameterGuard());
    // JSON bodies are buffered (1 MiB at most). Other bodies (CSV/XLSX imports, multipart
    // documents) are left unread for their route, which streams or limits them itself.
    BodyHandler json = BodyHandler.create(false).setBodyLimit(JSON_BODY_LIMIT);
    api.route().handler(ctx -> {
      String type = ctx.request().getHeader("Content-Type");
      if (type == null || JsonInput.isJson(type)) {
        json.handle(ctx);
      } else {
        ctx.next();
      }
    });
    services.ops().mountApi(api);
    services.auth().mount(api);
    // Everything below needs a valid access token.
    api.route().handler(new BearerAuth(services.tokens(), services.sessions()));
    // The caller's own writes are read back from the primary, not a replica (ReplicaReads).
    api.route().handler(services.readYourWrites());
    services.ops().mountSecured(api);
    // Mounted for every method (it checks for POST itself): a method-specific catch-all route
    // would turn every unknown path into a 405.
    api.route().handler(services.idempotency());
    services.features().forEach(feature -> feature.mount(api));
    api.route().failureHandler(Problems::handle);
    api.errorHandler(404, ctx -> Problems.notRouted(ctx, 404));
    api.errorHandler(405, ctx -> Problems.notRouted(ctx, 405));
    return api;
  }
}
