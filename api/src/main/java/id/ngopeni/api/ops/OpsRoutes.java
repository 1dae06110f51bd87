package id.ngopeni.api.ops;

import id.ngopeni.api.http.Problems;
import id.ngopeni.api.http.RequireRole;
import id.ngopeni.api.http.Responses;
import id.ngopeni.domain.user.Role;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.micrometer.PrometheusScrapingHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Health and the OpenAPI document, readable without a token; the metrics (request counts per
 * route, pool and JVM figures) only for an ADMIN or an AUDITOR.
 */
public final class OpsRoutes {
  private final HealthService health;
  private final String metricsRegistry;
  private final Buffer openApi;

  public OpsRoutes(HealthService health, String metricsRegistry) {
    this.health = health;
    this.metricsRegistry = metricsRegistry;
    this.openApi = loadOpenApi();
  }

  public void mountApi(Router api) {
    api.get("/health/live").handler(ctx -> Responses.json(ctx, 200, new JsonObject().put("status", "UP")));
    api.get("/health/ready").handler(this::ready);
    // The document's one server is /api/v1 (generators ignore path-level servers), so it is served here too.
    api.get("/openapi.yaml").handler(this::openApi);
  }

  /** Mounted behind the access-token check. */
  public void mountSecured(Router api) {
    api.get("/metrics").handler(RequireRole.anyOf(Role.ADMIN, Role.AUDITOR))
        .handler(PrometheusScrapingHandler.create(metricsRegistry));
  }

  public void mountRoot(Router root) {
    root.get("/api/openapi.yaml").handler(this::openApi);
  }

  private void openApi(RoutingContext ctx) {
    ctx.response().putHeader("Content-Type", "application/yaml; charset=utf-8").end(openApi);
  }

  /** Ready when the database answers in time ({@link HealthService}). */
  private void ready(RoutingContext ctx) {
    health.databaseReady()
        .compose(up -> Responses.json(ctx, 200, new JsonObject().put("status", "UP").put("database", "UP")))
        .recover(e -> {
          Problems.Problem down = Problems.databaseUnavailable();
          down.extra().put("status", "DOWN");
          Problems.send(ctx, down);
          return Future.succeededFuture();
        });
  }

  public static Buffer loadOpenApi() {
    try (InputStream in = OpsRoutes.class.getResourceAsStream("/openapi/openapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException("openapi/openapi.yaml is missing from the classpath");
      }
      return Buffer.buffer(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
