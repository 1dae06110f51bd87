package id.ngopeni.persistence.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that keys the audit chain (HMAC-SHA256). It lives outside the database — a file
 * given by {@code NGOPENI_AUDIT_KEY_FILE}, or {@code audit-chain.key} generated once into the data
 * directory (mode 0600) — so a database dump or a database superuser cannot forge the chain.
 * Every instance of one installation must use the same key. Never logged, never in the repo.
 */
public final class AuditKey {
  static final String FILE_NAME = "audit-chain.key";
  private static final int BYTES = 32;

  private final SecretKeySpec key;

  private AuditKey(byte[] secret) {
    if (secret.length < BYTES) {
      throw new IllegalArgumentException("the audit key must have at least " + BYTES + " bytes");
    }
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** The key in {@code file} if given, else the data directory's, created on first use. */
  public static AuditKey load(Path file, Path dataDir) {
    Path path = file != null ? file : dataDir.resolve(FILE_NAME);
    try {
      if (file == null && !Files.exists(path)) {
        create(path);
      }
      return new AuditKey(Base64.getDecoder().decode(Files.readString(path, StandardCharsets.US_ASCII).strip()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the audit key " + path, e);
    }
  }

  private static void create(Path path) throws IOException {
    byte[] secret = new byte[BYTES];
    new SecureRandom().nextBytes(secret);
    Files.createDirectories(path.toAbsolutePath().getParent());
    try {
      Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(path);
    }
    Files.writeString(path, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  /** HMAC-SHA256(key, previous hash || canonical content). */
  byte[] link(byte[] previousHash, byte[] canonical) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(previousHash);
      return mac.doFinal(canonical);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "AuditKey[secret]";
  }
}
