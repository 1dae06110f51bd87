package id.ngopeni.api;

import id.ngopeni.api.platform.Config;

import id.ngopeni.persistence.db.DatabaseTarget;
import id.ngopeni.persistence.db.EmbeddedDatabase;
import id.ngopeni.persistence.db.Migrations;
import java.util.Map;

/**
 * The database the configuration names — {@code NGOPENI_DATABASE_URL}, else the embedded
 * PostgreSQL in the data dir — brought to the current schema. Closing stops an embedded server.
 */
public record MigratedDatabase(DatabaseTarget target, EmbeddedDatabase embedded) implements AutoCloseable {

  public static MigratedDatabase open(Config config) {
    EmbeddedDatabase embedded = null;
    try {
      DatabaseTarget target;
      if (config.databaseUrl().isPresent()) {
        target = DatabaseTarget.parse(config.databaseUrl().get());
      } else {
        embedded = EmbeddedDatabase.start(config.dataDir().resolve("postgres"), "ngopeni", Map.of());
        target = embedded.target();
      }
      Migrations.migrate(target);
      return new MigratedDatabase(target, embedded);
    } catch (RuntimeException e) {
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }
}
