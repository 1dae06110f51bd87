package id.ngopeni.api.testing;

import id.ngopeni.persistence.db.DatabaseTarget;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * A whole database as text, the way a backup holds it: the real {@code pg_dump} when one of the
 * server's major version (or newer, which dumps older servers) is installed
 * ({@code NGOPENI_PG_DUMP}, the {@code PATH}, {@code /usr/lib/postgresql/<major>/bin}), else an
 * equivalent made over SQL: every table of every schema by {@code COPY … TO STDOUT}, the
 * sequences, function bodies, column defaults, view definitions, constraints and comments. A fresh
 * machine with only a JDK and Maven thus still dumps; {@link #via} says which one was made.
 */
public record DatabaseDump(String via, String text) {
  public static DatabaseDump of(DatabaseTarget db) {
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
      int major = serverMajor(c);
      Optional<Path> pgDump = pgDump(major);
      if (pgDump.isPresent()) {
        return new DatabaseDump(pgDump.get() + " (server " + major + ")", run(pgDump.get(), db));
      }
      return new DatabaseDump("SQL (COPY of every table; no pg_dump for server " + major + ")", overSql(c));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int serverMajor(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW server_version_num")) {
      rs.next();
      return Integer.parseInt(rs.getString(1)) / 10_000;
    }
  }

  /** A pg_dump that can dump a server of this major version: the same major first, else a newer one. */
  static Optional<Path> pgDump(int serverMajor) {
    List<Path> candidates = new ArrayList<>();
    String configured = System.getenv("NGOPENI_PG_DUMP");
    if (configured != null && !configured.isBlank()) {
      candidates.add(Path.of(configured));
    }
    candidates.add(Path.of("/usr/lib/postgresql/" + serverMajor + "/bin/pg_dump"));
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isBlank()) {
        candidates.add(Path.of(dir, "pg_dump"));
      }
    }
    Path newer = null;
    for (Path candidate : candidates) {
      int major = version(candidate);
      if (major == serverMajor) {
        return Optional.of(candidate);
      }
      if (major > serverMajor && newer == null) {
        newer = candidate;
      }
    }
    return Optional.ofNullable(newer);
  }

  /** The major version {@code pg_dump --version} names, or 0 when it is not there or does not run. */
  private static int version(Path pgDump) {
    if (!Files.isExecutable(pgDump)) {
      return 0;
    }
    try {
      Process p = new ProcessBuilder(pgDump.toString(), "--version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(30, TimeUnit.SECONDS);
      Matcher m = Pattern.compile("\\) (\\d+)").matcher(out);
      return p.exitValue() == 0 && m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException | InterruptedException | IllegalThreadStateException e) {
      return 0;
    }
  }

  private static String run(Path pgDump, DatabaseTarget db) {
    try {
      Path out = Files.createTempFile("ngopeni-dump", ".sql");
      ProcessBuilder builder = new ProcessBuilder(pgDump.toString(), "--no-password", "-h", db.host(),
          "-p", String.valueOf(db.port()), "-U", db.user(), "-d", db.database(), "-f", out.toString())
          .redirectErrorStream(true);
      builder.environment().put("PGPASSWORD", db.password());
      Process p = builder.start();
      String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new IllegalStateException("pg_dump failed: " + messages);
      }
      String text = Files.readString(out, StandardCharsets.UTF_8);
      Files.delete(out);
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static final String USER_SCHEMAS =
      "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'";

  private static String overSql(Connection c) throws SQLException {
    StringWriter out = new StringWriter();
    List<String> tables = column(c, "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c "
        + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'm') AND " + USER_SCHEMAS + " ORDER BY 1");
    try {
      for (String table : tables) {
        out.write("-- table " + table + "\n");
        ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI()
            .copyOut("COPY (SELECT * FROM " + table + ") TO STDOUT", out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    section(out, "sequences", column(c, "SELECT format('%I.%I = %s', schemaname, sequencename, last_value) FROM pg_sequences"));
    section(out, "functions", column(c, "SELECT pg_get_functiondef(p.oid) FROM pg_proc p "
        + "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.prokind IN ('f', 'p') AND " + USER_SCHEMAS));
    section(out, "column defaults", column(c, "SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d "
        + "JOIN pg_class c ON c.oid = d.adrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + USER_SCHEMAS));
    section(out, "views", column(c, "SELECT pg_get_viewdef(c.oid) FROM pg_class c "
        + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm') AND " + USER_SCHEMAS));
    section(out, "constraints", column(c, "SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k "
        + "JOIN pg_namespace n ON n.oid = k.connamespace WHERE " + USER_SCHEMAS));
    section(out, "comments", column(c, "SELECT description FROM pg_description"));
    return out.toString();
  }

  private static void section(StringWriter out, String name, List<String> lines) {
    out.write("-- " + name + "\n");
    lines.forEach(line -> out.write(line + "\n"));
  }

  private static List<String> column(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
