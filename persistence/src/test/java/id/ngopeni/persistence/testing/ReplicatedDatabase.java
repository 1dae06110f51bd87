package id.ngopeni.persistence.testing;

import id.ngopeni.persistence.db.DatabaseTarget;
import id.ngopeni.persistence.db.EmbeddedDatabase;
import id.ngopeni.persistence.db.ReplicaProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL primary of a test's own, set up for streaming replication
 * ({@code wal_level=replica}, WAL senders, a replication line in pg_hba.conf for its superuser),
 * and a {@link StreamingReplica} of it. The two share their roles and passwords, as any physical
 * replica does. Its own server, not the suite's shared one: the base backup copies a whole cluster.
 */
public final class ReplicatedDatabase implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReplicatedDatabase.class);
  private static final String HBA_REPLICATION =
      """

      # Added by the replica tests: the superuser may stream from this machine (password only).
      host    replication    postgres    127.0.0.1/32    scram-sha-256
      host    replication    postgres    ::1/128         scram-sha-256
      """;

  private final Path dir;
  private final EmbeddedDatabase primary;
  private final int serverMajor;
  private final Path binaries;
  public final StreamingReplica replica;

  private ReplicatedDatabase(Path dir, EmbeddedDatabase primary, int serverMajor, StreamingReplica replica, Path binaries) {
    this.dir = dir;
    this.binaries = binaries;
    this.primary = primary;
    this.serverMajor = serverMajor;
    this.replica = replica;
  }

  /**
   * Starts a primary holding {@code database} and a replica of it; {@code lowLevelBackup} takes
   * the base backup with the low-level API even where pg_basebackup is installed.
   */
  public static ReplicatedDatabase start(String database, boolean lowLevelBackup) {
    Path dir;
    try {
      dir = Files.createTempDirectory("ngopeni-replicated-pg");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    EmbeddedDatabase primary = EmbeddedDatabase.start(dir.resolve("data"), database, Map.of("wal_level", "replica",
        "max_wal_senders", "4", "max_replication_slots", "4", "fsync", "off", "max_connections", "60"));
    try {
      DatabaseTarget superuser = primary.ownerTarget().withDatabase("postgres");
      Files.writeString(dir.resolve("data/pg_hba.conf"), HBA_REPLICATION, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      execute(superuser, "SELECT pg_reload_conf()");
      int major = (int) (queryLong(superuser, "SELECT current_setting('server_version_num')::int") / 10000);
      Path binaries = binaries(dir.resolve("data"));
      StreamingReplica replica = StreamingReplica.create(superuser, major, binaries, dir.resolve("data"),
          dir.resolve("replica"), lowLevelBackup);
      ReplicatedDatabase replicated = new ReplicatedDatabase(dir, primary, major, replica, binaries);
      replicated.awaitCaughtUp(Duration.ofSeconds(120));
      LOG.info("Streaming replica of PostgreSQL {} on port {}, base backup by {}", major, replica.port(), replica.method());
      return replicated;
    } catch (IOException e) {
      primary.close();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      primary.close();
      throw e;
    }
  }

  /**
   * The running primary's bin directory, from the command line it recorded in postmaster.opts
   * (zonky unpacks the binaries once per JVM, wherever the first embedded server asked).
   */
  private static Path binaries(Path dataDir) throws IOException {
    String opts = Files.readString(dataDir.resolve("postmaster.opts"), StandardCharsets.UTF_8).strip();
    String postgres = opts.startsWith("\"") ? opts.substring(1, opts.indexOf('"', 1)) : opts.split("\\s+")[0];
    Path bin = Path.of(postgres).getParent();
    if (!Files.isExecutable(bin.resolve("pg_ctl"))) {
      throw new IllegalStateException("no pg_ctl beside the primary's postgres in " + bin);
    }
    return bin;
  }

  /** The PostgreSQL major version of both servers (the embedded binaries'). */
  public int serverMajor() {
    return serverMajor;
  }

  /** The primary as its superuser (owner of everything): migrations, fixtures. */
  public DatabaseTarget primaryOwner() {
    return primary.ownerTarget();
  }

  /** The primary as the application role. */
  public DatabaseTarget primaryApplication() {
    return primary.target();
  }

  /** The replica as the superuser (same password: the roles are the primary's). */
  public DatabaseTarget replicaOwner() {
    DatabaseTarget owner = primary.ownerTarget();
    return new DatabaseTarget("127.0.0.1", replica.port(), owner.database(), owner.user(), owner.password());
  }

  /** The replica as the application role. */
  public DatabaseTarget replicaApplication() {
    DatabaseTarget app = primary.target();
    return new DatabaseTarget("127.0.0.1", replica.port(), app.database(), app.user(), app.password());
  }

  /** Waits until the replica has replayed everything the primary has inserted (committed) by now. */
  public void awaitCaughtUp(Duration patience) {
    long target = queryLong(primaryOwner(), ReplicaProbe.PRIMARY_POSITION);
    eventually(() -> {
      try {
        return queryLong(replicaOwner(), ReplicaProbe.REPLAYED) >= target;
      } catch (IllegalStateException starting) {
        return false; // not accepting connections yet
      }
    }, patience, () -> "the replica to catch up; its log:\n" + replica.log());
  }

  /** Polls {@code condition} until it holds; fails naming {@code what} after {@code patience}. */
  public static void eventually(BooleanSupplier condition, Duration patience, Supplier<String> what) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up waiting for " + what.get());
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * Stops replaying WAL on the replica: it still answers, with the data of this moment. A pause
   * is only requested until the startup process sees the request, which it does at the next WAL
   * record: small transactions on the primary give it one until the replica says "paused".
   */
  public void pauseReplay() {
    execute(replicaOwner(), "SELECT pg_wal_replay_pause()");
    eventually(() -> {
      execute(primaryOwner(), "SELECT txid_current()");
      try (Connection c = DriverManager.getConnection(replicaOwner().jdbcUrl(), replicaOwner().user(),
              replicaOwner().password());
          Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT pg_get_wal_replay_pause_state()")) {
        rs.next();
        return rs.getString(1).equals("paused");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }, Duration.ofSeconds(60), () -> "the replica's replay to pause");
  }

  public void resumeReplay() {
    execute(replicaOwner(), "SELECT pg_wal_replay_resume()");
  }

  public static void execute(DatabaseTarget target, String sql) {
    try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  public static long queryLong(DatabaseTarget target, String sql) {
    try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      replica.close();
    } finally {
      primary.close();
      // Zonky unpacks the binaries once per JVM: when they are ours, later servers still need them.
      Path kept = binaries.startsWith(dir) ? dir.resolve("pg-binaries") : null;
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).filter(p -> kept == null || !p.startsWith(kept) && !kept.startsWith(p))
            .forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // A temporary directory: best effort.
      }
    }
  }
}
