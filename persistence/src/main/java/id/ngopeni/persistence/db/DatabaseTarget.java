package id.ngopeni.persistence.db;

import io.vertx.pgclient.PgConnectOptions;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where the PostgreSQL database is: parsed from {@code postgresql://user:pass@host:port/db}
 * (also {@code postgres://} and {@code jdbc:postgresql://}). Both the reactive pool and
 * Flyway (JDBC) are built from it. {@link #toString()} never shows the password.
 */
public record DatabaseTarget(String host, int port, String database, String user, String password) {

  public DatabaseTarget {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(user, "user");
    password = password == null ? "" : password;
  }

  public static DatabaseTarget parse(String url) {
    String text = url.trim();
    if (text.startsWith("jdbc:")) {
      text = text.substring("jdbc:".length());
    }
    URI uri = URI.create(text);
    String scheme = uri.getScheme();
    if (!"postgresql".equals(scheme) && !"postgres".equals(scheme)) {
      throw new IllegalArgumentException("database URL must start with postgresql://");
    }
    String user = "postgres";
    String password = "";
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    String database = path.isEmpty() ? user : decode(path);
    String host = uri.getHost() == null ? "localhost" : uri.getHost();
    int port = uri.getPort() < 0 ? 5432 : uri.getPort();
    return new DatabaseTarget(host, port, database, user, password);
  }

  /**
   * A read replica's URL ({@code NGOPENI_DATABASE_READ_URL}), written like the primary's; one
   * without a user logs in with the primary's user and password, which a streaming replica has
   * (it is a copy of the primary's cluster, roles included).
   */
  public static DatabaseTarget parseReplica(String url, DatabaseTarget primary) {
    DatabaseTarget parsed = parse(url);
    URI uri = URI.create(url.trim().replaceFirst("^jdbc:", ""));
    if (uri.getRawUserInfo() != null) {
      return parsed;
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    return new DatabaseTarget(parsed.host(), parsed.port(), path.isEmpty() ? primary.database() : parsed.database(),
        primary.user(), primary.password());
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  public DatabaseTarget withDatabase(String otherDatabase) {
    return new DatabaseTarget(host, port, otherDatabase, user, password);
  }

  /** The full URL, password included: for configuration only, never for logs. */
  public String url() {
    String auth = encode(user) + (password.isEmpty() ? "" : ":" + encode(password));
    return "postgresql://" + auth + "@" + host + ":" + port + "/" + encode(database);
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  public PgConnectOptions connectOptions() {
    return new PgConnectOptions()
        .setHost(host)
        .setPort(port)
        .setDatabase(database)
        .setUser(user)
        .setPassword(password);
  }

  @Override
  public String toString() {
    return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
  }
}
