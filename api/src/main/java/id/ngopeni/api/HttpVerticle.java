package id.ngopeni.api;

import id.ngopeni.api.platform.Config;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.concurrent.TimeUnit;

/** One HTTP server per event loop; Vert.x spreads connections over the instances. */
public final class HttpVerticle extends VerticleBase {
  private final Services services;
  private final Config config;
  private HttpServer server;

  public HttpVerticle(Services services, Config config) {
    this.services = services;
    this.config = config;
  }

  @Override
  public Future<?> start() {
    var options =
        new HttpServerOptions()
            .setPort(config.httpPort())
            .setCompressionSupported(true)
            .setMaxHeaderSize(16 * 1024)
            .setIdleTimeout(120)
            .setIdleTimeoutUnit(TimeUnit.SECONDS);
    server = vertx.createHttpServer(options).requestHandler(ApiRouter.create(vertx, services, config));
    return server.listen();
  }

  /** Stop accepting, let requests in flight finish (up to 10 s), then close. */
  @Override
  public Future<?> stop() {
    return server == null ? Future.succeededFuture() : server.shutdown(10, TimeUnit.SECONDS);
  }

  int actualPort() {
    return server.actualPort();
  }
}
