package id.ngopeni.persistence.testing;

import id.ngopeni.persistence.db.DatabaseTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * A base backup taken with PostgreSQL's documented low-level API ("Making a Base Backup Using
 * the Low Level API"): {@code pg_backup_start} on a connection held open, the data directory
 * copied file by file while the server runs, {@code pg_backup_stop}, and its label written as
 * {@code backup_label} in the copy. For machines without a {@code pg_basebackup} of the server's
 * major version; the WAL the copy needs is kept by the replication slot made first and streamed
 * to the replica when it starts.
 */
final class LowLevelBackup {
  /** Left out of the copy, as pg_basebackup leaves them out (their contents, for directories). */
  private static final Set<String> SKIPPED_DIRECTORY_CONTENTS = Set.of("pg_wal", "pg_stat_tmp", "pg_replslot",
      "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans");
  private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "pg_internal.init",
      "backup_label", "tablespace_map", "postgresql.auto.conf.tmp", "current_logfiles.tmp", "epg-lock");

  private LowLevelBackup() {}

  /** Copies the running cluster at {@code source} (served by {@code superuser}'s server) into {@code target}. */
  static void take(DatabaseTarget superuser, Path source, Path target) {
    DatabaseTarget maintenance = superuser.withDatabase("postgres");
    try (Connection c = DriverManager.getConnection(maintenance.jdbcUrl(), maintenance.user(), maintenance.password());
        Statement st = c.createStatement()) {
      boolean fifteen = serverVersion(st) >= 150000;
      st.execute(fifteen ? "SELECT pg_backup_start('ngopeni-test-replica', true)"
          : "SELECT pg_start_backup('ngopeni-test-replica', true, false)");
      copy(source, target);
      try (ResultSet stop = st.executeQuery(fifteen ? "SELECT labelfile, spcmapfile FROM pg_backup_stop(false)"
          : "SELECT labelfile, spcmapfile FROM pg_stop_backup(false, false)")) {
        stop.next();
        Files.writeString(target.resolve("backup_label"), stop.getString("labelfile"), StandardCharsets.UTF_8);
        String map = stop.getString("spcmapfile");
        if (map != null && !map.isEmpty()) {
          Files.writeString(target.resolve("tablespace_map"), map, StandardCharsets.UTF_8);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("low-level base backup failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("low-level base backup could not copy " + source, e);
    }
  }

  static int serverVersion(Statement st) throws SQLException {
    try (ResultSet rs = st.executeQuery("SHOW server_version_num")) {
      rs.next();
      return Integer.parseInt(rs.getString(1));
    }
  }

  /** The data directory as it is now; files that vanish meanwhile (a dropped table) are skipped. */
  private static void copy(Path source, Path target) throws IOException {
    Files.createDirectories(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Files.walkFileTree(source, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Path copy = target.resolve(source.relativize(dir).toString());
        Files.createDirectories(copy);
        if (!dir.equals(source) && SKIPPED_DIRECTORY_CONTENTS.contains(dir.getFileName().toString())
            && dir.getParent().equals(source)) {
          if (dir.getFileName().toString().equals("pg_wal")) {
            Files.createDirectories(copy.resolve("archive_status"));
          }
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (SKIPPED_FILES.contains(file.getFileName().toString())) {
          return FileVisitResult.CONTINUE;
        }
        try {
          Files.copy(file, target.resolve(source.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException gone) {
          // Removed while we copied: the WAL replayed from the backup's start removes it too.
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof NoSuchFileException) {
          return FileVisitResult.CONTINUE;
        }
        throw e;
      }
    });
  }
}
