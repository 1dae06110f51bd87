package id.ngopeni.persistence.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The two database roles (issue 13.4): the schema owner, which runs the migrations, and the
 * application role the pools log in as. The application role is no superuser, owns no table
 * (so it cannot disable a table's triggers) and has only the grants of migration V20.
 */
public final class DatabaseRoles {
  /** The application role of the embedded PostgreSQL. */
  public static final String APPLICATION_ROLE = "ngopeni_app";

  /** Role names that can travel as a Flyway placeholder into a string literal. */
  private static final Pattern ROLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.@-]{0,62}");

  private static final String PRIVILEGES =
      """
      SELECT r.rolsuper,
             (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = 'public' AND c.relowner = r.oid) AS owned,
             has_table_privilege('public.app_user', 'SELECT') AS granted
      FROM pg_roles r WHERE r.rolname = current_user
      """;

  private DatabaseRoles() {}

  /** {@code role}, refused unless it is a plain name (it is quoted into the grants migration). */
  public static String checkedName(String role) {
    if (!ROLE_NAME.matcher(role).matches()) {
      throw new IllegalArgumentException("the database role name must be letters, digits, _ . @ or -");
    }
    return role;
  }

  /**
   * Makes {@code role} a login role with {@code password} and no other attribute: no superuser,
   * no CREATEDB, no CREATEROLE, no replication, no row-security bypass. Run as a superuser.
   */
  public static void ensureApplicationRole(Connection superuser, String role, String password) throws SQLException {
    boolean exists;
    try (var find = superuser.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
      find.setString(1, role);
      try (var rs = find.executeQuery()) {
        exists = rs.next();
      }
    }
    try (var st = superuser.createStatement()) {
      st.execute("SET log_statement = 'none'"); // the statement below carries the password
      st.execute((exists ? "ALTER" : "CREATE") + " ROLE " + SqlIdentifiers.quote(role)
          + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD " + literal(password));
      st.execute("RESET log_statement");
    }
  }

  /**
   * What is wrong with the role {@code app} logs in as, for a warning at start: empty when it is
   * no superuser and owns no table. Throws when it lacks the grants (it could not work).
   */
  public static List<String> concerns(DatabaseTarget app) {
    List<String> concerns = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(app.jdbcUrl(), app.user(), app.password());
        var st = c.createStatement();
        var rs = st.executeQuery(PRIVILEGES)) {
      rs.next();
      if (!rs.getBoolean("granted")) {
        throw new IllegalStateException("the database role " + app.user() + " has no grants on the schema: "
            + "run the grants of docs/DEPLOYMENT.md (Two roles) as the schema owner");
      }
      if (rs.getBoolean("rolsuper")) {
        concerns.add("is a superuser");
      }
      if (rs.getLong("owned") > 0) {
        concerns.add("owns the schema's tables (it could disable the audit trail's triggers)");
      }
      return concerns;
    } catch (SQLException e) {
      throw new IllegalStateException("could not check the database role " + app.user() + ": " + e.getMessage(), e);
    }
  }

  /** A string literal (standard_conforming_strings, on by default): for DDL, which takes no parameters. */
  static String literal(String text) {
    if (text.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("a password cannot hold a NUL character");
    }
    return "'" + text.replace("'", "''") + "'";
  }
}
