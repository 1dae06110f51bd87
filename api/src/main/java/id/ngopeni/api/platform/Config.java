package id.ngopeni.api.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything configurable, read from environment variables with sane defaults. README.md lists
 * each variable; keep the two in step.
 */
public record Config(
    int httpPort,
    Optional<String> databaseUrl,
    Path dataDir,
    Optional<String> adminPassword,
    Optional<Path> jwtPrivateKeyFile,
    Optional<Path> jwtPublicKeyFile,
    String jwtIssuer,
    String jwtAudience,
    Duration accessTokenTtl,
    Duration refreshTokenTtl,
    List<String> corsOrigins,
    int dbPoolSize,
    int eventLoops,
    boolean demo,
    Duration importLease,
    Duration refreshGrace,
    List<String> trustedProxies,
    boolean insecureCookies,
    Optional<String> migrationUser,
    Optional<String> migrationPassword,
    Optional<String> databaseReadUrl,
    Duration readMaxLag,
    boolean importDuplicateCheck) {

  /** The staleness bound of a read replica when NGOPENI_DATABASE_READ_MAX_LAG_SECONDS is not set. */
  public static final Duration DEFAULT_READ_MAX_LAG = Duration.ofSeconds(5);

  /** Without a read replica. */
  public Config(int httpPort, Optional<String> databaseUrl, Path dataDir, Optional<String> adminPassword,
      Optional<Path> jwtPrivateKeyFile, Optional<Path> jwtPublicKeyFile, String jwtIssuer, String jwtAudience,
      Duration accessTokenTtl, Duration refreshTokenTtl, List<String> corsOrigins, int dbPoolSize, int eventLoops,
      boolean demo, Duration importLease, Duration refreshGrace, List<String> trustedProxies, boolean insecureCookies,
      Optional<String> migrationUser, Optional<String> migrationPassword) {
    this(httpPort, databaseUrl, dataDir, adminPassword, jwtPrivateKeyFile, jwtPublicKeyFile, jwtIssuer, jwtAudience,
        accessTokenTtl, refreshTokenTtl, corsOrigins, dbPoolSize, eventLoops, demo, importLease, refreshGrace,
        trustedProxies, insecureCookies, migrationUser, migrationPassword, Optional.empty(), DEFAULT_READ_MAX_LAG, true);
  }

  /** Without the settings added later: no trusted proxies, Secure cookies. */
  public Config(int httpPort, Optional<String> databaseUrl, Path dataDir, Optional<String> adminPassword,
      Optional<Path> jwtPrivateKeyFile, Optional<Path> jwtPublicKeyFile, String jwtIssuer, String jwtAudience,
      Duration accessTokenTtl, Duration refreshTokenTtl, List<String> corsOrigins, int dbPoolSize, int eventLoops,
      boolean demo, Duration importLease, Duration refreshGrace) {
    this(httpPort, databaseUrl, dataDir, adminPassword, jwtPrivateKeyFile, jwtPublicKeyFile, jwtIssuer, jwtAudience,
        accessTokenTtl, refreshTokenTtl, corsOrigins, dbPoolSize, eventLoops, demo, importLease, refreshGrace, List.of(),
        false);
  }

  /** Without separate database roles: the application runs the migrations as itself. */
  public Config(int httpPort, Optional<String> databaseUrl, Path dataDir, Optional<String> adminPassword,
      Optional<Path> jwtPrivateKeyFile, Optional<Path> jwtPublicKeyFile, String jwtIssuer, String jwtAudience,
      Duration accessTokenTtl, Duration refreshTokenTtl, List<String> corsOrigins, int dbPoolSize, int eventLoops,
      boolean demo, Duration importLease, Duration refreshGrace, List<String> trustedProxies, boolean insecureCookies) {
    this(httpPort, databaseUrl, dataDir, adminPassword, jwtPrivateKeyFile, jwtPublicKeyFile, jwtIssuer, jwtAudience,
        accessTokenTtl, refreshTokenTtl, corsOrigins, dbPoolSize, eventLoops, demo, importLease, refreshGrace,
        trustedProxies, insecureCookies, Optional.empty(), Optional.empty());
  }

  public static Config fromEnvironment(Map<String, String> env, boolean demo) {
    return new Config(
        intVar(env, "NGOPENI_HTTP_PORT", 8080),
        optional(env, "NGOPENI_DATABASE_URL"),
        Path.of(optional(env, "NGOPENI_DATA_DIR").orElse("./ngopeni-data")).toAbsolutePath().normalize(),
        optional(env, "NGOPENI_ADMIN_PASSWORD"),
        optional(env, "NGOPENI_JWT_PRIVATE_KEY_FILE").map(Path::of),
        optional(env, "NGOPENI_JWT_PUBLIC_KEY_FILE").map(Path::of),
        optional(env, "NGOPENI_JWT_ISSUER").orElse("ngopeni"),
        optional(env, "NGOPENI_JWT_AUDIENCE").orElse("ngopeni-api"),
        Duration.ofSeconds(intVar(env, "NGOPENI_ACCESS_TOKEN_SECONDS", 900)),
        Duration.ofDays(intVar(env, "NGOPENI_REFRESH_TOKEN_DAYS", 14)),
        list(env, "NGOPENI_CORS_ORIGINS"),
        intVar(env, "NGOPENI_DB_POOL_SIZE", 16),
        intVar(env, "NGOPENI_EVENT_LOOPS", Math.max(1, Runtime.getRuntime().availableProcessors())),
        demo,
        Duration.ofSeconds(intVar(env, "NGOPENI_IMPORT_LEASE_SECONDS", 120)),
        Duration.ofSeconds(intVar(env, "NGOPENI_REFRESH_GRACE_SECONDS", 20)),
        // Only these peers' X-Forwarded-For is believed (the client address of login limits).
        list(env, "NGOPENI_TRUSTED_PROXIES"),
        // Development over plain http to a host other than localhost: the refresh cookie without Secure.
        booleanVar(env, "NGOPENI_INSECURE_COOKIES", false),
        // The schema owner, for the migrations; NGOPENI_DATABASE_URL's user is then the application's role.
        optional(env, "NGOPENI_MIGRATION_USER"),
        Optional.ofNullable(env.get("NGOPENI_MIGRATION_PASSWORD")),
        // A streaming replica for searches, lists, coverage and CSV exports (ReplicaReads), and how stale it may be.
        optional(env, "NGOPENI_DATABASE_READ_URL"),
        Duration.ofSeconds(intVar(env, "NGOPENI_DATABASE_READ_MAX_LAG_SECONDS", (int) DEFAULT_READ_MAX_LAG.toSeconds())),
        // The background check of imported rows for possible duplicates (DuplicateSweep); off only for benchmarks.
        booleanVar(env, "NGOPENI_IMPORT_DUPLICATE_CHECK", true));
  }

  public Config {
    if (accessTokenTtl.compareTo(Duration.ofMinutes(15)) > 0) {
      // The issue fixes the ceiling: a disabled user keeps access at most this long.
      throw new IllegalArgumentException("NGOPENI_ACCESS_TOKEN_SECONDS must be at most 900");
    }
    if (importLease.toSeconds() < 2) {
      throw new IllegalArgumentException("NGOPENI_IMPORT_LEASE_SECONDS must be at least 2");
    }
    if (refreshGrace.isNegative() || refreshGrace.toSeconds() > 60) {
      throw new IllegalArgumentException("NGOPENI_REFRESH_GRACE_SECONDS must be between 0 and 60");
    }
    trustedProxies = List.copyOf(trustedProxies);
    if (migrationPassword.isPresent() && migrationUser.isEmpty()) {
      throw new IllegalArgumentException("NGOPENI_MIGRATION_PASSWORD needs NGOPENI_MIGRATION_USER");
    }
    if (migrationUser.isPresent() && databaseUrl.isEmpty()) {
      throw new IllegalArgumentException("NGOPENI_MIGRATION_USER needs NGOPENI_DATABASE_URL (the embedded database has its own roles)");
    }
    if (readMaxLag.toSeconds() < 1 || readMaxLag.toSeconds() > 3600) {
      throw new IllegalArgumentException("NGOPENI_DATABASE_READ_MAX_LAG_SECONDS must be between 1 and 3600");
    }
    if (httpPort < 0 || httpPort > 65535) {
      throw new IllegalArgumentException("NGOPENI_HTTP_PORT must be a port number");
    }
  }

  public Config withHttpPort(int port) {
    return new Config(port, databaseUrl, dataDir, adminPassword, jwtPrivateKeyFile, jwtPublicKeyFile, jwtIssuer,
        jwtAudience, accessTokenTtl, refreshTokenTtl, corsOrigins, dbPoolSize, eventLoops, demo, importLease, refreshGrace,
        trustedProxies, insecureCookies, migrationUser, migrationPassword, databaseReadUrl, readMaxLag,
        importDuplicateCheck);
  }

  public Config withTrustedProxies(List<String> proxies) {
    return new Config(httpPort, databaseUrl, dataDir, adminPassword, jwtPrivateKeyFile, jwtPublicKeyFile, jwtIssuer,
        jwtAudience, accessTokenTtl, refreshTokenTtl, corsOrigins, dbPoolSize, eventLoops, demo, importLease, refreshGrace,
        proxies, insecureCookies, migrationUser, migrationPassword, databaseReadUrl, readMaxLag,
        importDuplicateCheck);
  }

  /** The schema owner the migrations run as (NGOPENI_DATABASE_URL's user is the application's role). */
  public Config withMigrationRole(String user, String password) {
    return new Config(httpPort, databaseUrl, dataDir, adminPassword, jwtPrivateKeyFile, jwtPublicKeyFile, jwtIssuer,
        jwtAudience, accessTokenTtl, refreshTokenTtl, corsOrigins, dbPoolSize, eventLoops, demo, importLease, refreshGrace,
        trustedProxies, insecureCookies, Optional.of(user), Optional.of(password), databaseReadUrl, readMaxLag,
        importDuplicateCheck);
  }

  /** Reads that may be a little stale go to the streaming replica at {@code url} when it is at most {@code maxLag} behind. */
  public Config withReadReplica(String url, Duration maxLag) {
    return new Config(httpPort, databaseUrl, dataDir, adminPassword, jwtPrivateKeyFile, jwtPublicKeyFile, jwtIssuer,
        jwtAudience, accessTokenTtl, refreshTokenTtl, corsOrigins, dbPoolSize, eventLoops, demo, importLease, refreshGrace,
        trustedProxies, insecureCookies, migrationUser, migrationPassword, Optional.of(url), maxLag,
        importDuplicateCheck);
  }

  private static List<String> list(Map<String, String> env, String name) {
    return optional(env, name)
        .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of());
  }

  private static boolean booleanVar(Map<String, String> env, String name, boolean fallback) {
    return optional(env, name).map(v -> {
      if (!v.equals("true") && !v.equals("false")) {
        throw new IllegalArgumentException(name + " must be true or false");
      }
      return v.equals("true");
    }).orElse(fallback);
  }

  private static Optional<String> optional(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::trim).filter(s -> !s.isEmpty());
  }

  private static int intVar(Map<String, String> env, String name, int fallback) {
    return optional(env, name)
        .map(
            v -> {
              try {
                return Integer.parseInt(v);
              } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number");
              }
            })
        .orElse(fallback);
  }
}
