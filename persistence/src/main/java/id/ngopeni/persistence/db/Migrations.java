package id.ngopeni.persistence.db;

import id.ngopeni.persistence.crypto.DataKeys;
import id.ngopeni.persistence.crypto.EncryptIdentifiers;
import id.ngopeni.persistence.crypto.SealClaimDocuments;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the current schema with Flyway (classpath:db/migration). Flyway takes a
 * PostgreSQL advisory lock, so several instances starting at once migrate exactly once.
 *
 * <p>Migrations run as the schema owner; {@code applicationRole} is the role the application
 * logs in as, which migration V20 (and default privileges after it) grants what it needs. The
 * placeholder {@code ${application_role}} names it in a migration.
 *
 * <p>V42 and V44 are Java migrations ({@link EncryptIdentifiers}, {@link SealClaimDocuments}): they
 * seal what an older database holds in clear with the installation's data keys, so those are
 * passed in.
 */
public final class Migrations {
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  /** One role for everything: the application runs as the schema owner (no grants needed). */
  public static void migrate(DatabaseTarget target) {
    migrate(target, target.user());
  }

  /** Without data keys: a database that holds identifiers in clear stops at V42 with a message. */
  public static void migrate(DatabaseTarget owner, String applicationRole) {
    migrate(owner, applicationRole, null);
  }

  public static void migrate(DatabaseTarget owner, String applicationRole, DataKeys keys) {
    MigrateResult result =
        Flyway.configure()
            .dataSource(owner.jdbcUrl(), owner.user(), owner.password())
            .locations("classpath:db/migration")
            .javaMigrations(new EncryptIdentifiers(keys), new SealClaimDocuments(keys))
            .placeholders(Map.of("application_role", DatabaseRoles.checkedName(applicationRole)))
            .failOnMissingLocations(true)
            .load()
            .migrate();
    LOG.info(
        "Database schema at version {} ({} migration(s) applied)",
        result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
        result.migrationsExecuted);
  }
}
