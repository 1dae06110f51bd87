package id.ngopeni.persistence.testing;

import id.ngopeni.persistence.db.DatabaseRoles;
import id.ngopeni.persistence.db.DatabaseTarget;
import id.ngopeni.persistence.db.EmbeddedDatabase;
import id.ngopeni.persistence.db.Migrations;
import id.ngopeni.persistence.db.SqlIdentifiers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL server per test run, and a fresh database per test class, copied from a
 * template that was migrated once (CREATE DATABASE … TEMPLATE is a file copy: fast).
 *
 * <p>The server is, in order of preference: {@code NGOPENI_TEST_DATABASE_URL}; a Testcontainers
 * PostgreSQL when a Docker engine answers; an embedded PostgreSQL in a temporary directory.
 */
public final class TestDatabases {
  private static final Logger LOG = LoggerFactory.getLogger(TestDatabases.class);
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36);
  private static final List<String> CREATED = new CopyOnWriteArrayList<>();

  private static DatabaseTarget server;
  /** The application role's login on {@link #server} (issue 13.4: the suite's servers run as it). */
  private static String appUser;
  private static String appPassword;
  private static boolean appRoleCreated;
  private static String template;

  private TestDatabases() {}

  /**
   * A new, migrated, empty database for one test class, as its owner (a superuser: for fixtures
   * and for tests that play the attacker). The application connects to it as
   * {@link #application(DatabaseTarget)}.
   */
  public static synchronized DatabaseTarget fresh(String hint) {
    ensureTemplate();
    String name = ("t_" + RUN + "_" + COUNTER.incrementAndGet() + "_" + hint)
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    if (name.length() > 60) {
      name = name.substring(0, 60);
    }
    admin("CREATE DATABASE " + SqlIdentifiers.quote(name) + " TEMPLATE " + SqlIdentifiers.quote(template));
    CREATED.add(name);
    return server.withDatabase(name);
  }

  /** The same database as the application role: no superuser, owner of nothing, the grants of V20. */
  public static synchronized DatabaseTarget application(DatabaseTarget database) {
    ensureServer();
    return new DatabaseTarget(database.host(), database.port(), database.database(), appUser, appPassword);
  }

  /** The server itself (its maintenance database), for tests that create databases of their own. */
  public static synchronized DatabaseTarget server() {
    ensureServer();
    return server;
  }

  private static void ensureTemplate() {
    ensureServer();
    if (template == null) {
      template = "tpl_" + RUN + "_ngopeni";
      admin("CREATE DATABASE " + SqlIdentifiers.quote(template));
      CREATED.add(template);
      Migrations.migrate(server.withDatabase(template), appUser);
    }
  }

  private static void ensureServer() {
    if (server != null) {
      return;
    }
    String url = System.getenv("NGOPENI_TEST_DATABASE_URL");
    if (url != null && !url.isBlank()) {
      server = DatabaseTarget.parse(url);
      LOG.info("Tests use the PostgreSQL server at {}", server);
    } else if (dockerAvailable()) {
      var container = new PostgreSQLContainer("postgres:17-alpine");
      container.start();
      server = DatabaseTarget.parse(container.getJdbcUrl()).withDatabase(container.getDatabaseName());
      server = new DatabaseTarget(server.host(), server.port(), server.database(), container.getUsername(), container.getPassword());
      LOG.info("Tests use a Testcontainers PostgreSQL at {}", server);
    } else {
      EmbeddedDatabase embedded = startEmbedded();
      server = embedded.ownerTarget();
      appUser = embedded.target().user();
      appPassword = embedded.target().password();
      LOG.info("Tests use an embedded PostgreSQL at {}", server);
    }
    if (appUser == null) {
      // A server of someone else's: a role of this run's own, dropped with its databases.
      appUser = "ngopeni_test_app_" + RUN;
      appPassword = java.util.UUID.randomUUID().toString();
      DatabaseTarget maintenance = server.withDatabase("postgres");
      try (Connection c = DriverManager.getConnection(maintenance.jdbcUrl(), maintenance.user(), maintenance.password())) {
        DatabaseRoles.ensureApplicationRole(c, appUser, appPassword);
      } catch (SQLException e) {
        throw new IllegalStateException("could not create the test application role: " + e.getMessage(), e);
      }
      appRoleCreated = true;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropCreated, "drop-test-databases"));
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static EmbeddedDatabase startEmbedded() {
    try {
      Path dir = Files.createTempDirectory("ngopeni-test-pg");
      EmbeddedDatabase db =
          EmbeddedDatabase.start(
              dir.resolve("data"),
              "postgres",
              Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off", "max_connections", "300"));
      Runtime.getRuntime().addShutdownHook(new Thread(db::close, "stop-embedded-test-pg"));
      return db;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void dropCreated() {
    for (int i = CREATED.size() - 1; i >= 0; i--) {
      String name = CREATED.get(i);
      try {
        admin("DROP DATABASE IF EXISTS " + SqlIdentifiers.quote(name) + " WITH (FORCE)");
      } catch (RuntimeException e) {
        // Best effort at exit: an embedded server goes away with its directory anyway.
      }
    }
    if (appRoleCreated) {
      try {
        admin("DROP ROLE IF EXISTS " + SqlIdentifiers.quote(appUser));
      } catch (RuntimeException e) {
        // Best effort, as above.
      }
    }
  }

  private static void admin(String sql) {
    DatabaseTarget maintenance = server.withDatabase("postgres");
    try (Connection c = DriverManager.getConnection(maintenance.jdbcUrl(), maintenance.user(), maintenance.password());
        var st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test database admin statement failed: " + e.getMessage(), e);
    }
  }
}
