package id.ngopeni.persistence.testing;

import id.ngopeni.persistence.db.DatabaseTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real PostgreSQL hot standby streaming from a primary, run with the primary's own (embedded)
 * binaries on a port of its own. Its base backup is taken by {@code pg_basebackup -R} when one of
 * the server's major version is installed (Debian's postgresql-client-NN; CI installs it), else by
 * the low-level API in Java ({@link LowLevelBackup}); either way it then streams from the primary
 * through a replication slot.
 */
public final class StreamingReplica implements AutoCloseable {
  /** How the base backup was taken. */
  public enum Method {
    PG_BASEBACKUP,
    LOW_LEVEL_API
  }

  static final String SLOT = "ngopeni_test_replica";

  private final Path dataDir;
  private final Path binaries;
  private final Path log;
  private final int port;
  private final Method method;
  private boolean running;

  private StreamingReplica(Path dataDir, Path binaries, int port, Method method) {
    this.dataDir = dataDir;
    this.binaries = binaries;
    this.log = dataDir.resolveSibling("replica.log");
    this.port = port;
    this.method = method;
  }

  /**
   * Backs up the primary ({@code superuser} on its server, its data directory and binaries) into
   * {@code dataDir}, configures a standby and starts it. {@code lowLevel} forces the Java backup.
   */
  static StreamingReplica create(DatabaseTarget superuser, int serverMajor, Path binaries, Path primaryData, Path dataDir,
      boolean lowLevel) {
    Optional<Path> basebackup = lowLevel ? Optional.empty() : pgBasebackup(serverMajor);
    Method method = basebackup.isPresent() ? Method.PG_BASEBACKUP : Method.LOW_LEVEL_API;
    if (basebackup.isPresent()) {
      run(List.of(basebackup.get().toString(), "-h", "127.0.0.1", "-p", Integer.toString(superuser.port()), "-U",
          superuser.user(), "-D", dataDir.toString(), "-X", "stream", "-R", "-c", "fast", "-C", "-S", SLOT, "-w"),
          Map.of("PGPASSWORD", superuser.password()), "pg_basebackup");
    } else {
      ReplicatedDatabase.execute(superuser.withDatabase("postgres"), "SELECT pg_create_physical_replication_slot('" + SLOT + "', true)");
      LowLevelBackup.take(superuser, primaryData, dataDir);
    }
    StreamingReplica replica = new StreamingReplica(dataDir, binaries, freePort(), method);
    replica.configure(superuser);
    replica.start();
    return replica;
  }

  public Method method() {
    return method;
  }

  public int port() {
    return port;
  }

  /** Starts (again) and waits until it accepts read-only connections. */
  public void start() {
    run(asServerUser(binaries.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-l", log.toString(), "-o",
        "-p " + port + " -c listen_addresses=localhost -c unix_socket_directories='' -c hot_standby=on"
            + " -c hot_standby_feedback=on -c fsync=off",
        "-w", "-t", "120", "start"), Map.of(), "pg_ctl start (replica)");
    running = true;
  }

  /** Kills it as a crash would ({@code pg_ctl stop -m immediate}): no shutdown checkpoint. */
  public void kill() {
    run(asServerUser(binaries.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "-w", "stop"),
        Map.of(), "pg_ctl stop (replica)");
    running = false;
  }

  /**
   * PostgreSQL refuses to run as root; as zonky does for the primary, a root user runs it in a user
   * namespace of its own ({@code unshare -U}), where it is an unprivileged user owning the files.
   */
  private static List<String> asServerUser(String... command) {
    List<String> line = new ArrayList<>();
    if (io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) {
      line.addAll(List.of("unshare", "-U"));
    }
    line.addAll(List.of(command));
    return line;
  }

  /** A standby of its own with the primary as its upstream, through the slot. */
  private void configure(DatabaseTarget superuser) {
    if (!superuser.password().matches("[A-Za-z0-9_-]+")) {
      throw new IllegalStateException("the primary's superuser password needs quoting in primary_conninfo");
    }
    String conninfo = "host=127.0.0.1 port=" + superuser.port() + " user=" + superuser.user() + " password="
        + superuser.password() + " application_name=" + SLOT;
    try {
      Files.writeString(dataDir.resolve("standby.signal"), "", StandardCharsets.UTF_8);
      // Appended after whatever pg_basebackup -R wrote: the last setting wins.
      Files.writeString(dataDir.resolve("postgresql.auto.conf"),
          "\nprimary_conninfo = '" + conninfo + "'\nprimary_slot_name = '" + SLOT + "'\n",
          StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code pg_basebackup} of {@code major}: Debian's versioned directory first, then the PATH. */
  public static Optional<Path> pgBasebackup(int major) {
    List<Path> candidates = new ArrayList<>();
    candidates.add(Path.of("/usr/lib/postgresql/" + major + "/bin/pg_basebackup"));
    String path = System.getenv("PATH");
    if (path != null) {
      Stream.of(path.split(":")).filter(s -> !s.isBlank()).forEach(dir -> candidates.add(Path.of(dir, "pg_basebackup")));
    }
    Pattern version = Pattern.compile("\\(PostgreSQL\\) (\\d+)");
    for (Path candidate : candidates) {
      if (Files.isExecutable(candidate)) {
        try {
          Matcher m = version.matcher(run(List.of(candidate.toString(), "--version"), Map.of(), "pg_basebackup --version"));
          if (m.find() && Integer.parseInt(m.group(1)) == major) {
            return Optional.of(candidate);
          }
        } catch (RuntimeException e) {
          // Not usable: try the next one.
        }
      }
    }
    return Optional.empty();
  }

  private static String run(List<String> command, Map<String, String> env, String what) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().putAll(env);
      Process process = builder.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(what + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(what + " could not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what + " interrupted", e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the replica logged (for a failing test's message). */
  public String log() {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Override
  public void close() {
    if (running) {
      kill();
    }
  }
}
