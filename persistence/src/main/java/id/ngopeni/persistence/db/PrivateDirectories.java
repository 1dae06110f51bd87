package id.ngopeni.persistence.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Directories of the server's own files (the data directory, the embedded PostgreSQL's cluster
 * and binaries) that no other local user may write into: a directory of executables the server
 * runs, writable by others, is a local privilege escalation. Those we create get mode 0700; one
 * that exists already loses its group write and every "other" bit (at most 0750, PostgreSQL's
 * own rule for a cluster directory). Without POSIX permissions (Windows) nothing is done.
 */
public final class PrivateDirectories {
  private static final Logger LOG = LoggerFactory.getLogger(PrivateDirectories.class);
  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_WRITE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
  private static final Set<PosixFilePermission> WRITE_BY_OTHERS =
      EnumSet.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private PrivateDirectories() {}

  /**
   * Makes {@code dir} and its missing parents with mode 0700; an existing {@code dir} loses its
   * group write and "other" bits. Returns {@code dir}.
   */
  public static Path secure(Path dir) {
    if (!POSIX) {
      return createDirectories(dir);
    }
    try {
      if (Files.isDirectory(dir)) {
        Set<PosixFilePermission> was = Files.getPosixFilePermissions(dir);
        if (restrict(dir, OTHERS)) {
          LOG.warn("{} was open to other users ({}): now {}", dir, PosixFilePermissions.toString(was),
              PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        }
      } else {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        // The umask may have taken bits away from the owner: 0700 exactly.
        Files.setPosixFilePermissions(dir, OWNER_ONLY);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("could not make " + dir + " private to its owner", e);
    }
  }

  /** {@code dir} (made if missing) with mode 0700 exactly, whatever it had: for a directory only we use. */
  public static Path ownerOnly(Path dir) {
    secure(dir);
    if (POSIX) {
      try {
        Files.setPosixFilePermissions(dir, OWNER_ONLY);
      } catch (IOException e) {
        throw new UncheckedIOException("could not make " + dir + " private to its owner", e);
      }
    }
    return dir;
  }

  /**
   * Takes group and other write away from everything below {@code root} (symbolic links are
   * left alone, not followed): for trees another library fills and may open up (zonky makes its
   * binaries directory writable by all).
   */
  public static void noWriteByOthers(Path root) {
    if (!POSIX || !Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> tree = Files.walk(root)) {
      List<Path> paths = tree.filter(p -> !Files.isSymbolicLink(p)).toList();
      long closed = 0;
      for (Path path : paths) {
        closed += restrict(path, WRITE_BY_OTHERS) ? 1 : 0;
      }
      LOG.debug("{} paths under {} were writable by other users: no longer", closed, root);
    } catch (IOException e) {
      throw new UncheckedIOException("could not close " + root + " to other users", e);
    }
  }

  /** Takes the {@code taken} bits away from {@code path}; true when it had any. */
  private static boolean restrict(Path path, Set<PosixFilePermission> taken) throws IOException {
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
    if (perms.stream().noneMatch(taken::contains)) {
      return false;
    }
    Set<PosixFilePermission> kept = EnumSet.copyOf(perms);
    kept.removeAll(taken);
    Files.setPosixFilePermissions(path, kept);
    return true;
  }

  private static Path createDirectories(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create " + dir, e);
    }
  }
}
