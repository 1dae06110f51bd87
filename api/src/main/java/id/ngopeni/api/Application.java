package id.ngopeni.api;

import id.ngopeni.api.auth.AuthService;
import id.ngopeni.api.auth.CommonPasswords;
import id.ngopeni.api.auth.JwtKeys;
import id.ngopeni.api.auth.PasswordHasher;
import id.ngopeni.api.auth.TokenService;
import id.ngopeni.api.ops.OpsRoutes;
import id.ngopeni.api.audit.AuditRoutes;
import id.ngopeni.api.user.UserRoutes;
import id.ngopeni.api.user.UserService;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.domain.user.LoginThrottlePolicy;
import id.ngopeni.domain.user.PasswordPolicy;
import id.ngopeni.persistence.auth.LoginThrottleRepository;
import id.ngopeni.persistence.auth.RefreshTokenRepository;
import id.ngopeni.persistence.db.DatabaseTarget;
import id.ngopeni.persistence.db.EmbeddedDatabase;
import id.ngopeni.persistence.db.Migrations;
import id.ngopeni.persistence.db.Pools;
import id.ngopeni.persistence.user.UserRepository;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;
import io.vertx.sqlclient.Pool;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Ngopeni instance: database (embedded or external), migrations, Vert.x, pool and
 * HTTP servers. {@link #close()} undoes it in reverse order.
 */
public final class Application implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  private final EmbeddedDatabase embedded;
  private final Vertx vertx;
  private final Pool pool;
  private final String deploymentId;
  private final int port;
  private final Services services;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Application(EmbeddedDatabase embedded, Vertx vertx, Pool pool, String deploymentId, int port, Services services) {
    this.services = services;
    this.embedded = embedded;
    this.vertx = vertx;
    this.pool = pool;
    this.deploymentId = deploymentId;
    this.port = port;
  }

  public static Application start(Config config, PrintStream console) {
    long started = System.nanoTime();
    EmbeddedDatabase embedded = null;
    Vertx vertx = null;
    try {
      DatabaseTarget target;
      if (config.databaseUrl().isPresent()) {
        target = DatabaseTarget.parse(config.databaseUrl().get());
      } else {
        embedded = EmbeddedDatabase.start(config.dataDir().resolve("postgres"), "ngopeni", Map.of());
        target = embedded.target();
      }
      Migrations.migrate(target);

      String registry = "ngopeni-" + Integer.toHexString(System.identityHashCode(config));
      vertx =
          Vertx.builder()
              .with(new VertxOptions()
                  .setEventLoopPoolSize(config.eventLoops())
                  .setMetricsOptions(new MicrometerMetricsOptions()
                      .setEnabled(true)
                      .setJvmMetricsEnabled(true)
                      .setRegistryName(registry)
                      .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true))))
              .withMetrics(new MicrometerMetricsFactory())
              .build();
      Pool pool = Pools.create(vertx, target, config.dbPoolSize());

      JwtKeys keys = JwtKeys.load(config.jwtPrivateKeyFile(), config.jwtPublicKeyFile(), config.dataDir());
      TokenService tokens = new TokenService(vertx, keys, config.jwtIssuer(), config.jwtAudience(), config.accessTokenTtl());
      PasswordHasher hasher = new PasswordHasher(vertx);
      PasswordPolicy passwords = new PasswordPolicy(CommonPasswords.load());
      UserRepository users = new UserRepository();
      RefreshTokenRepository refreshTokens = new RefreshTokenRepository();
      AppContext context = new AppContext(vertx, pool, config, Clock.systemUTC(), hasher, new AuditLog());
      Services services =
          new Services(
              tokens,
              new AuthService(pool, users, refreshTokens, new LoginThrottleRepository(), LoginThrottlePolicy.DEFAULT,
                  hasher, tokens, config.refreshTokenTtl()),
              new OpsRoutes(pool, registry),
              features(context, users, refreshTokens, passwords));

      AdminBootstrap.run(context, users, passwords, config.adminPassword(), console).await();

      List<HttpVerticle> servers = new CopyOnWriteArrayList<>();
      String deploymentId =
          vertx
              .deployVerticle(
                  () -> {
                    HttpVerticle verticle = new HttpVerticle(services, config);
                    servers.add(verticle);
                    return verticle;
                  },
                  new DeploymentOptions().setInstances(config.eventLoops()))
              .await();
      int port = servers.get(0).actualPort();
      LOG.info("Ngopeni ready in {} ms: console http://localhost:{}/  API http://localhost:{}/api/v1",
          (System.nanoTime() - started) / 1_000_000, port, port);
      return new Application(embedded, vertx, pool, deploymentId, port, services);
    } catch (RuntimeException e) {
      if (vertx != null) {
        vertx.close().await();
      }
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  /** Every business capability's routes, in mounting order. */
  private static List<Feature> features(AppContext context, UserRepository users, RefreshTokenRepository refreshTokens,
      PasswordPolicy passwords) {
    List<Feature> features = new ArrayList<>();
    features.add(new UserRoutes(new UserService(context, users, refreshTokens, passwords)));
    features.add(new AuditRoutes(context));
    // registry: workers, heirs, reference data
    // registry: bulk import
    features.add(id.ngopeni.api.registry.importing.WorkerImports.start(context));
    // coverage and money: tariffs, memberships, budgets, invoices, coverage
    // claims and payouts
    return features;
  }

  public int port() {
    return port;
  }

  public Vertx vertx() {
    return vertx;
  }

  public Services services() {
    return services;
  }

  /** Graceful: stop accepting, finish requests in flight, close the pool, stop PostgreSQL. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    LOG.info("Ngopeni shutting down");
    try {
      vertx.undeploy(deploymentId).await();
      pool.close().await();
      vertx.close().await();
    } catch (RuntimeException e) {
      LOG.warn("Shutdown was not clean: {}", e.toString());
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
    LOG.info("Ngopeni stopped");
  }
}
