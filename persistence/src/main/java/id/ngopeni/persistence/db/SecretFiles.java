package id.ngopeni.persistence.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Generated passwords kept in files only their owner can read or write (mode 0600): the
 * embedded PostgreSQL's superuser and application-role passwords. Never logged.
 */
public final class SecretFiles {
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretFiles() {}

  /** The password in {@code file}, made (32 random bytes, base64url) and stored with mode 0600 on first use. */
  public static String readOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try {
          Files.createDirectories(file.getParent());
          Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
          Files.writeString(file, secret, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
          return secret;
        } catch (FileAlreadyExistsException racedWithAnother) {
          // another process made it first: use theirs
        }
      }
      // A file made looser by hand (a copy, an umask) is closed again; the secret stays valid.
      if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
        Files.setPosixFilePermissions(file, OWNER_ONLY);
      }
      String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
      if (secret.isEmpty()) {
        throw new IllegalStateException("the password file " + file + " is empty");
      }
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read or create the password file " + file, e);
    }
  }
}
