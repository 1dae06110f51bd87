package id.ngopeni.api;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.platform.Config;
import id.ngopeni.api.privacy.RetentionSettings;
import id.ngopeni.persistence.privacy.RetentionPeriodStore;

import id.ngopeni.api.auth.AuthRoutes;
import id.ngopeni.api.auth.AuthService;
import id.ngopeni.api.http.ClientAddress;
import id.ngopeni.api.auth.CommonPasswords;
import id.ngopeni.api.auth.JwtKeys;
import id.ngopeni.api.auth.Sessions;
import id.ngopeni.api.platform.PasswordHasher;
import id.ngopeni.api.auth.TokenService;
import id.ngopeni.api.ops.HealthService;
import id.ngopeni.api.ops.OpsRoutes;
import id.ngopeni.api.ops.ReplicaMetrics;
import id.ngopeni.api.http.ReadYourWrites;
import id.ngopeni.persistence.ops.HealthRepository;
import id.ngopeni.api.http.Idempotency;
import id.ngopeni.persistence.idempotency.IdempotencyRepository;
import id.ngopeni.persistence.audit.AuditKey;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.crypto.DataCrypto;
import id.ngopeni.persistence.crypto.DataKeys;
import id.ngopeni.domain.user.LoginThrottlePolicy;
import id.ngopeni.domain.user.PasswordPolicy;
import id.ngopeni.persistence.auth.LoginThrottleRepository;
import id.ngopeni.persistence.auth.RefreshTokenRepository;
import id.ngopeni.persistence.db.DatabaseTarget;
import id.ngopeni.persistence.db.HoldingPool;
import id.ngopeni.persistence.db.Pools;
import id.ngopeni.persistence.db.PrivateDirectories;
import id.ngopeni.persistence.db.ReplicaReads;
import id.ngopeni.persistence.user.UserRepository;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MetricsDomain;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
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
  private static final long HOUSEKEEPING_MS = 60 * 60 * 1000L;
  /**
   * Reads queued on one pipelined connection before the reads client opens another. Measured
   * (docs/PERFORMANCE.md, read path): 8 → 32 took GET /workers/{id} from 12,300 to 16,000 req/s
   * at 16 connections and from 17,500 to 23,600 at 64; 64 on two connections was no better.
   */
  private static final int READ_PIPELINING = 32;
  /** How often the read replica's freshness is probed (ReplicaHealth). */
  private static final Duration REPLICA_PROBE = Duration.ofSeconds(1);

  /** A quarter of the transactional pool, at least two: pipelining makes each one go far. */
  private static int readConnections(Config config) {
    return Math.max(2, config.dbPoolSize() / 4);
  }

  private final MigratedDatabase database;
  private final Vertx vertx;
  private final Pool pool;
  private final SqlClient reads;
  private final ReplicaReads replicas;
  private final String deploymentId;
  private final int port;
  private final Services services;
  private final DataCrypto crypto;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Application(MigratedDatabase database, Vertx vertx, Pool pool, SqlClient reads, ReplicaReads replicas,
      String deploymentId, int port, Services services, DataCrypto crypto) {
    this.replicas = replicas;
    this.services = services;
    this.crypto = crypto;
    this.database = database;
    this.vertx = vertx;
    this.pool = pool;
    this.reads = reads;
    this.deploymentId = deploymentId;
    this.port = port;
  }

  public static Application start(Config config, PrintStream console) {
    long started = System.nanoTime();
    MigratedDatabase database = null;
    Vertx vertx = null;
    try {
      PrivateDirectories.secure(config.dataDir()); // keys, uploads, embedded PostgreSQL: 0700 when made here
      DataKeys dataKeys = dataKeys(config);
      RetentionSettings retention = RetentionSettings.fromEnvironment(System.getenv());
      List<RetentionPeriodStore.Change> retentionChanges = new ArrayList<>();
      database = MigratedDatabase.open(config, dataKeys,
          owner -> retentionChanges.addAll(RetentionPeriodStore.store(owner, retention.byKey())));
      DataCrypto crypto = DataCrypto.of(dataKeys);
      HoldingPool.register(); // before the Vertx instance: it sizes each context's locals
      ReplicaReads.register(); // likewise
      DatabaseTarget target = database.target();

      String registry = "ngopeni-" + Integer.toHexString(System.identityHashCode(config));
      vertx =
          Vertx.builder()
              .with(new VertxOptions()
                  .setEventLoopPoolSize(config.eventLoops())
                  // epoll on Linux (netty-transport-native-epoll), NIO elsewhere.
                  .setPreferNativeTransport(true)
                  .setMetricsOptions(metricsOptions(registry)))
              .withMetrics(new MicrometerMetricsFactory())
              .build();
      HoldingPool pool = new HoldingPool(Pools.create(vertx, target, config.dbPoolSize()));
      SqlClient reads = Pools.reads(vertx, target, readConnections(config), READ_PIPELINING);
      ReplicaReads replicas = replicas(config, vertx, target, reads);
      ReplicaMetrics.register(registry, replicas);

      JwtKeys keys = JwtKeys.load(config.jwtPrivateKeyFile(), config.jwtPublicKeyFile(), config.dataDir());
      TokenService tokens = new TokenService(vertx, keys, config.jwtIssuer(), config.jwtAudience(), config.accessTokenTtl());
      PasswordHasher hasher = new PasswordHasher(vertx);
      PasswordPolicy passwords = new PasswordPolicy(CommonPasswords.load());
      UserRepository users = new UserRepository();
      RefreshTokenRepository refreshTokens = new RefreshTokenRepository();
      IdempotencyRepository idempotencyKeys = new IdempotencyRepository(crypto.cipher());
      AppContext context = new AppContext(vertx, pool, reads, config, Clock.systemUTC(), hasher,
          new AuditLog(auditKey(config)), crypto, replicas);
      Services services =
          new Services(
              tokens,
              Sessions.start(vertx, target.connectOptions(), reads),
              new AuthRoutes(
                  new AuthService(pool, users, refreshTokens, new LoginThrottleRepository(), LoginThrottlePolicy.DEFAULT,
                      hasher, tokens, config.refreshTokenTtl(), config.refreshGrace()),
                  new ClientAddress(config.trustedProxies()), config.insecureCookies()),
              new OpsRoutes(new HealthService(pool, new HealthRepository()), registry),
              new Idempotency(pool, idempotencyKeys),
              Features.build(context, users, refreshTokens, passwords, keys, retention, retentionChanges),
              new ReadYourWrites(replicas));

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
      // Housekeeping shared through the database: expired idempotency keys and refresh tokens.
      vertx.setPeriodic(HOUSEKEEPING_MS, HOUSEKEEPING_MS, id ->
          idempotencyKeys.purgeExpired(pool).compose(n -> refreshTokens.purgeExpired(pool))
              .onFailure(e -> LOG.warn("Housekeeping failed: {}", e.toString())));
      LOG.info("Ngopeni ready in {} ms: console http://localhost:{}/  API http://localhost:{}/api/v1 ({} transport)",
          (System.nanoTime() - started) / 1_000_000, port, port, vertx.isNativeTransportEnabled() ? "native" : "NIO");
      return new Application(database, vertx, pool, reads, replicas, deploymentId, port, services, crypto);
    } catch (RuntimeException e) {
      if (vertx != null) {
        vertx.close().await();
      }
      if (database != null) {
        database.close();
      }
      throw e;
    }
  }

  /**
   * The read replica of {@code NGOPENI_DATABASE_READ_URL} (credentials as in the primary's URL; a
   * URL without a user takes the primary's), or none. Its state is probed from now on; an
   * unreachable replica does not stop the start, its reads go to the primary until it answers.
   */
  private static ReplicaReads replicas(Config config, Vertx vertx, DatabaseTarget primary, SqlClient reads) {
    if (config.databaseReadUrl().isEmpty()) {
      return ReplicaReads.none();
    }
    DatabaseTarget replica = DatabaseTarget.parseReplica(config.databaseReadUrl().get(), primary);
    LOG.info("Searches, lists, coverage and CSV exports may read from the replica at {} (at most {} s behind)", replica,
        config.readMaxLag().toSeconds());
    return ReplicaReads.start(vertx, Pools.replica(vertx, replica, config.dbPoolSize()), reads, config.readMaxLag(),
        REPLICA_PROBE);
  }

  /** {@code NGOPENI_AUDIT_KEY_FILE}, else the data directory's generated key (see AuditKey). */
  static AuditKey auditKey(Config config) {
    String file = System.getenv("NGOPENI_AUDIT_KEY_FILE");
    return AuditKey.load(file == null || file.isBlank() ? null : java.nio.file.Path.of(file), config.dataDir());
  }

  /**
   * The data keys (persistence/crypto/DataKeys): {@code NGOPENI_DATA_KEYS_FILE}, else the text of
   * {@code NGOPENI_DATA_KEYS}, else the data directory's, generated on first start.
   */
  static DataKeys dataKeys(Config config) {
    String file = System.getenv("NGOPENI_DATA_KEYS_FILE");
    return DataKeys.load(file == null || file.isBlank() ? null : java.nio.file.Path.of(file),
        System.getenv("NGOPENI_DATA_KEYS"), config.dataDir());
  }

  /**
   * HTTP server, pool and JVM metrics for /metrics. Not the raw socket counters of the database
   * connections (NET_CLIENT): the pools already report what matters, and the two pools would
   * register the same per-client gauge twice.
   */
  private static MicrometerMetricsOptions metricsOptions(String registry) {
    return new MicrometerMetricsOptions()
        .setEnabled(true)
        .setJvmMetricsEnabled(true)
        .setRegistryName(registry)
        .addDisabledMetricsCategory(MetricsDomain.NET_CLIENT)
        // Tells the two database clients' metrics apart (their metrics names).
        .addLabels(Label.NAMESPACE)
        .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true));
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

  /** This instance's crypto of personal data at rest (for fixtures that write rows themselves). */
  public DataCrypto crypto() {
    return crypto;
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
      services.sessions().close();
      replicas.close().await();
      reads.close().await();
      pool.close().await();
      vertx.close().await();
    } catch (RuntimeException e) {
      LOG.warn("Shutdown was not clean: {}", e.toString());
    } finally {
      database.close();
    }
    LOG.info("Ngopeni stopped");
  }
}
