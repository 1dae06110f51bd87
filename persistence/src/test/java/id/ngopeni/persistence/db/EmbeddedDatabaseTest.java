package id.ngopeni.persistence.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A cluster made by a version before issue 13.4 trusted every local login. Its first start now
 * gives the superuser a password, rewrites pg_hba.conf and keeps the data; a restart keeps the
 * passwords.
 */
class EmbeddedDatabaseTest {

  @Test
  void aTrustingClusterFromBeforeGetsPasswordsAndKeepsItsData() throws Exception {
    Path dataDir = Files.createTempDirectory("ngopeni-upgrade").resolve("postgres");
    Files.createDirectories(dataDir);
    // What older versions did: zonky's defaults, trust.
    try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
        .setOverrideWorkingDirectory(dataDir.getParent().resolve("pg-binaries").toFile()).start();
        var c = old.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
      st.execute("CREATE TABLE kept (x int)");
    }
    assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).containsPattern("(?m)^host.*trust");

    DatabaseTarget owner;
    try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, "postgres", Map.of("fsync", "off"))) {
      owner = db.ownerTarget();
      assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).isEqualTo(EmbeddedDatabase.PG_HBA);
      assertThatThrownBy(() -> DriverManager.getConnection(owner.jdbcUrl(), "postgres", "").close())
          .isInstanceOf(SQLException.class);
      try (var c = DriverManager.getConnection(owner.jdbcUrl(), owner.user(), owner.password());
          var rs = c.createStatement().executeQuery("SELECT count(*) FROM kept")) {
        assertThat(rs.next()).isTrue();
      }
    }
    try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDir, "postgres", Map.of("fsync", "off"))) {
      assertThat(again.ownerTarget().password()).isEqualTo(owner.password());
      DatabaseTarget app = again.target();
      try (var c = DriverManager.getConnection(app.jdbcUrl(), app.user(), app.password());
          var rs = c.createStatement().executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getBoolean(1)).isFalse();
      }
    }
  }
}
