package id.ngopeni.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.api.Application;
import id.ngopeni.api.platform.Config;
import id.ngopeni.api.testing.TestServer;
import id.ngopeni.persistence.db.DatabaseTarget;
import id.ngopeni.persistence.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.4: the embedded PostgreSQL was an open superuser (trust on loopback, {@code COPY … TO
 * PROGRAM} ran a shell command). Now nobody logs in without a password, the passwords are in
 * files of mode 0600, and the application runs as a role that is no superuser, owns no table and
 * cannot touch the audit trail other than by appending — and so does every server of the suite.
 */
class DatabaseRolesTest {

  @Test
  void theEmbeddedServerTakesPasswordsOnlyAndTheApplicationIsNoSuperuser() throws Exception {
    Path dataDir = Files.createTempDirectory("ngopeni-roles");
    Config config = new Config(0, Optional.empty(), dataDir, Optional.of(TestServer.ADMIN_PASSWORD), Optional.empty(),
        Optional.empty(), "ngopeni", "ngopeni-api", Duration.ofMinutes(15), Duration.ofDays(14), List.of(), 4, 1, false,
        Duration.ofMinutes(2), Duration.ofSeconds(20));
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    try (Application app = Application.start(config, new PrintStream(console, true, StandardCharsets.UTF_8))) {
      Path superuserFile = dataDir.resolve("postgres-superuser.password");
      Path appFile = dataDir.resolve("postgres-app.password");
      for (Path file : List.of(superuserFile, appFile)) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString()).isEqualTo("rw-------");
      }
      String superuserPassword = Files.readString(superuserFile).strip();
      String appPassword = Files.readString(appFile).strip();
      assertThat(superuserPassword).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(appPassword);
      assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain(superuserPassword).doesNotContain(appPassword);
      assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf")))
          .doesNotContainPattern("(?m)^[^#]*\\btrust\\b").contains("scram-sha-256");

      int port = port(dataDir);
      DatabaseTarget superuser = new DatabaseTarget("localhost", port, "ngopeni", "postgres", superuserPassword);
      DatabaseTarget application = new DatabaseTarget("localhost", port, "ngopeni", "ngopeni_app", appPassword);
      // What the attacker did: log in as postgres (or as anyone) on the port from the log, no password.
      assertRefused(() -> connect(new DatabaseTarget("localhost", port, "ngopeni", "postgres", "")));
      assertRefused(() -> connect(new DatabaseTarget("localhost", port, "ngopeni", "ngopeni_app", "")));
      assertRefused(() -> connect(new DatabaseTarget("localhost", port, "ngopeni", "postgres", appPassword)));
      try (Connection c = connect(superuser)) {
        assertThat(query(c, "SHOW password_encryption")).containsExactly("scram-sha-256");
        assertThat(query(c, "SHOW unix_socket_directories")).containsExactly("");
        assertThat(query(c, "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname IN ('postgres', 'ngopeni_app')"))
            .containsExactly("t", "t");
        // The running instance's connections (the pools and the LISTEN connection) are the application role's.
        assertThat(query(c, "SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = 'ngopeni' AND backend_type = 'client backend' AND pid <> pg_backend_pid()"))
            .containsExactly("ngopeni_app");
      }
      assertCannotEscalate(application);
    }
  }

  @Test
  void theSuitesServersRunAsTheApplicationRoleToo() throws Exception {
    try (TestServer server = new TestServer("database_roles")) {
      server.adminToken();
      DatabaseTarget application = TestDatabases.application(server.database);
      assertThat(application.user()).isNotEqualTo(server.database.user());
      try (Connection owner = connect(server.database)) {
        assertThat(query(owner, "SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = current_database() "
            + "AND backend_type = 'client backend' AND pid <> pg_backend_pid()")).containsExactly(application.user());
      }
      assertCannotEscalate(application);
    }
  }

  /** Everything the attacker did as the superuser, tried as the application role: all refused. */
  private static void assertCannotEscalate(DatabaseTarget application) throws SQLException {
    try (Connection c = connect(application)) {
      assertThat(query(c, "SELECT current_user")).containsExactly(application.user());
      assertThat(query(c, "SELECT rolsuper::text || rolcreaterole::text || rolcreatedb::text FROM pg_roles "
          + "WHERE rolname = current_user")).containsExactly("falsefalsefalse");
      assertThat(query(c, "SELECT count(*) FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)"))
          .containsExactly("0");
      // It appends to the trail and reads it, as the application does.
      assertThat(query(c, "SELECT count(*) >= 0 FROM audit_entry")).containsExactly("t");
      c.setAutoCommit(false);
      try (var st = c.createStatement()) {
        st.execute("SELECT seq FROM audit_head FOR UPDATE");
      }
      c.rollback();
      c.setAutoCommit(true);
      assertDenied(c, "COPY (SELECT 1) TO PROGRAM 'id > /dev/null'");
      assertDenied(c, "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update");
      assertDenied(c, "ALTER TABLE audit_entry DISABLE TRIGGER ALL");
      assertDenied(c, "SET session_replication_role = replica");
      assertDenied(c, "UPDATE audit_entry SET action = action");
      assertDenied(c, "DELETE FROM audit_entry");
      assertDenied(c, "TRUNCATE audit_entry");
      assertDenied(c, "DELETE FROM audit_head");
      // The access log (issue 17): appended and read, never changed or emptied.
      assertThat(query(c, "SELECT count(*) >= 0 FROM personal_data_access")).containsExactly("t");
      c.setAutoCommit(false);
      try (var st = c.createStatement()) {
        st.execute("INSERT INTO personal_data_access (at, user_id, role, kind, person_ids, fields, client_ip) "
            + "VALUES (now(), gen_random_uuid(), 'AUDITOR', 'SEARCH', ARRAY[gen_random_uuid()], ARRAY['name'], '127.0.0.1')");
      }
      c.rollback();
      c.setAutoCommit(true);
      assertDenied(c, "UPDATE personal_data_access SET purpose = 'PAYOUT'");
      assertDenied(c, "DELETE FROM personal_data_access");
      assertDenied(c, "TRUNCATE personal_data_access");
      assertDenied(c, "DROP TABLE personal_data_access");
      assertDenied(c, "ALTER TABLE personal_data_access DISABLE TRIGGER personal_data_access_no_update");
      assertDenied(c, "DROP TABLE audit_entry");
      assertDenied(c, "CREATE TABLE loot (x text)");
      assertDenied(c, "CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'");
      assertDenied(c, "UPDATE flyway_schema_history SET checksum = 0");
      assertDenied(c, "CREATE ROLE mallory SUPERUSER LOGIN");
      assertDenied(c, "SELECT pg_read_file('postgresql.conf')");
    }
  }

  private static int port(Path dataDir) throws Exception {
    // postmaster.pid: line 4 is the port.
    return Integer.parseInt(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(3).strip());
  }

  private static Connection connect(DatabaseTarget target) throws SQLException {
    return DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
  }

  private interface Attempt {
    Connection run() throws SQLException;
  }

  private static void assertRefused(Attempt attempt) {
    assertThatThrownBy(() -> attempt.run().close()).isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("28P01", "08004", "28000"));
  }

  private static void assertDenied(Connection c, String sql) {
    assertThatThrownBy(() -> {
      try (var st = c.createStatement()) {
        st.execute(sql);
      }
    }).as(sql).isInstanceOf(SQLException.class)
        // 42501 insufficient_privilege (permission denied, must be owner, must be superuser)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(sql + ": " + e.getMessage()).isEqualTo("42501"));
  }

  private static List<String> query(Connection c, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }
}
