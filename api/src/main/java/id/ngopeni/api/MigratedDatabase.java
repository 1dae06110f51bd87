package id.ngopeni.api;

import id.ngopeni.api.platform.Config;

import id.ngopeni.persistence.crypto.DataKeyCheck;
import id.ngopeni.persistence.crypto.DataKeys;
import id.ngopeni.persistence.db.DatabaseRoles;
import id.ngopeni.persistence.db.DatabaseTarget;
import id.ngopeni.persistence.db.EmbeddedDatabase;
import id.ngopeni.persistence.db.Migrations;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database the configuration names — {@code NGOPENI_DATABASE_URL}, else the embedded
 * PostgreSQL in the data dir — brought to the current schema. Closing stops an embedded server.
 *
 * <p>Two roles (issue 13.4): the migrations run as the schema owner ({@code NGOPENI_MIGRATION_USER}
 * and {@code _PASSWORD}, or the embedded server's superuser); {@link #target()}, where the
 * application connects, is the application role ({@code NGOPENI_DATABASE_URL}'s user, or the
 * embedded {@code ngopeni_app}). Without a migration user the URL's role does both, with a warning.
 *
 * <p>The data keys seal identifiers an older database still holds in clear (migration V42), and
 * are then checked against the database ({@link DataKeyCheck}): keys that do not fit stop here.
 */
public record MigratedDatabase(DatabaseTarget target, EmbeddedDatabase embedded) implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MigratedDatabase.class);

  public static MigratedDatabase open(Config config, DataKeys keys) {
    return open(config, keys, owner -> { });
  }

  /** As above, then {@code asOwner} runs with the schema owner's target (e.g. to store the retention periods). */
  public static MigratedDatabase open(Config config, DataKeys keys, Consumer<DatabaseTarget> asOwner) {
    EmbeddedDatabase embedded = null;
    try {
      DatabaseTarget target;
      DatabaseTarget owner;
      if (config.databaseUrl().isPresent()) {
        target = DatabaseTarget.parse(config.databaseUrl().get());
        owner = config.migrationUser()
            .map(user -> new DatabaseTarget(target.host(), target.port(), target.database(), user,
                config.migrationPassword().orElse("")))
            .orElse(target);
      } else {
        embedded = EmbeddedDatabase.start(config.dataDir().resolve("postgres"), "ngopeni", Map.of());
        target = embedded.target();
        owner = embedded.ownerTarget();
      }
      Migrations.migrate(owner, target.user(), keys);
      checkKeys(target, keys);
      asOwner.accept(owner);
      List<String> concerns = DatabaseRoles.concerns(target);
      if (!concerns.isEmpty()) {
        LOG.warn("The application's database role {} {}: give it a role of its own and set NGOPENI_MIGRATION_USER "
            + "(docs/DEPLOYMENT.md, Two roles)", target.user(), String.join(" and ", concerns));
      }
      return new MigratedDatabase(target, embedded);
    } catch (RuntimeException e) {
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  private static void checkKeys(DatabaseTarget target, DataKeys keys) {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password())) {
      DataKeyCheck.verify(c, keys);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("could not check the data keys against the database: " + e.getSQLState(), e);
    }
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }
}
