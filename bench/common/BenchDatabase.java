import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The local PostgreSQL server the bench programs load and measure (trust auth): BENCH_PGHOST
 * (127.0.0.1), BENCH_PGPORT (5432), BENCH_PGUSER (postgres).
 */
public final class BenchDatabase {
  public static final String HOST = Bench.env("BENCH_PGHOST", "127.0.0.1");
  public static final String PORT = Bench.env("BENCH_PGPORT", "5432");
  public static final String USER = Bench.env("BENCH_PGUSER", "postgres");

  private BenchDatabase() {}

  /** The database {@code db} as Ngopeni's NGOPENI_DATABASE_URL names it. */
  public static String url(String db) {
    return "postgresql://" + USER + "@" + HOST + ":" + PORT + "/" + db;
  }

  public static Connection connect(String db) throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + db, USER, "");
  }

  /** Runs {@code statements} on {@code db} (use {@code postgres} to drop or create a database). */
  public static void execute(String db, String statements) throws SQLException {
    try (Connection c = connect(db); Statement s = c.createStatement()) {
      s.execute(statements);
    }
  }
}
