package id.ngopeni.persistence.crypto;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Java migration that seals what an older database holds in clear, with the installation's data
 * keys (a SQL migration cannot see them); in Flyway's transaction, so a database converts
 * completely or not at all. Without keys only a database with nothing to seal may pass.
 */
abstract class SealingMigration implements JavaMigration {
  private final String version;
  private final String description;
  /** The installation's data keys, or null when none are configured. */
  final DataKeys keys;

  SealingMigration(String version, String description, DataKeys keys) {
    this.version = version;
    this.description = description;
    this.keys = keys;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(version);
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    return Integer.parseInt(version) * 1000 + 1;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  /** What stops the migration when something must be sealed and no keys are configured. */
  FlywayException keysNeeded(String what) {
    return new FlywayException("Migration V" + version + " seals the " + what + " this database holds in clear and needs "
        + "the data keys: configure NGOPENI_DATA_KEYS_FILE or the data directory (README.md, Data keys)");
  }
}
