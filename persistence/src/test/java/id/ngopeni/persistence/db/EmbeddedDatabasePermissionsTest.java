package id.ngopeni.persistence.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL's binaries are executables the server runs: no other local user may
 * write where they are, nor into the data directory around them, even though zonky makes its
 * binaries directory writable by all.
 */
class EmbeddedDatabasePermissionsTest {

  @Test
  void nothingTheServerMakesInItsDataDirectoryIsWritableByOthers() throws Exception {
    Path dataDir = Files.createTempDirectory("ngopeni-perms").resolve("ngopeni-data");
    // A resolver of this test's own: zonky extracts once per resolver and JVM, and must extract here.
    PgBinaryResolver binaries = (os, arch) -> DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(os, arch);
    try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir.resolve("postgres"), "postgres", Map.of("fsync", "off"),
        0, binaries)) {
      assertThat(db.target().user()).isEqualTo(DatabaseRoles.APPLICATION_ROLE);
      assertThat(Files.getPosixFilePermissions(dataDir)).isEqualTo(PrivateDirectories.OWNER_ONLY);
      Path binariesDir = dataDir.resolve("pg-binaries");
      assertThat(Files.getPosixFilePermissions(binariesDir)).isEqualTo(PrivateDirectories.OWNER_ONLY);
      List<Path> extracted;
      // zonky made its own directory writable by all while extracting: only reachable through pg-binaries.
      try (Stream<Path> tree = Files.walk(binariesDir.resolve("zonky"))) {
        extracted = tree.filter(p -> p.getFileName().toString().equals("postgres")).toList();
      }
      assertThat(extracted).as("the server binary was extracted under pg-binaries/zonky").isNotEmpty();
      assertNoneWritableByOthers(dataDir);
    }
  }

  @Test
  void anOlderWorldWritableLayoutIsClosedAtStart() throws Exception {
    Path dataDir = Files.createTempDirectory("ngopeni-perms-old").resolve("ngopeni-data");
    Path binariesDir = dataDir.resolve("pg-binaries");
    Files.createDirectories(binariesDir.resolve("PG-left-over"));
    for (Path dir : List.of(dataDir, binariesDir, binariesDir.resolve("PG-left-over"))) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    }
    try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir.resolve("postgres"), "postgres", Map.of("fsync", "off"))) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwxr-x---");
      assertThat(Files.getPosixFilePermissions(binariesDir)).isEqualTo(PrivateDirectories.OWNER_ONLY);
      assertNoneWritableByOthers(dataDir);
    }
  }

  private static void assertNoneWritableByOthers(Path root) throws Exception {
    List<String> open;
    try (Stream<Path> tree = Files.walk(root)) {
      open = tree.filter(p -> !Files.isSymbolicLink(p)).filter(p -> {
        try {
          var perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
          return perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).map(p -> root.relativize(p) + " " + perms(p)).toList();
    }
    assertThat(open).as("paths writable by group or others").isEmpty();
  }

  private static String perms(Path p) {
    try {
      return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
