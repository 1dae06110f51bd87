package id.ngopeni.persistence.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of personal data at rest (issue 17): AES-256 encryption keys by id (1–255), one of them
 * current (new values are sealed with it, older ids still open), and one HMAC-SHA256 key for the
 * blind index and the keyed NIK prefixes. They live outside the database: a file given by
 * {@code NGOPENI_DATA_KEYS_FILE}, the same text in {@code NGOPENI_DATA_KEYS} (entries separated by
 * new lines or {@code ;}), or {@code data-keys.properties} generated once into the data directory
 * (mode 0600), like the audit and token keys. Every instance of one installation needs the same
 * keys. Never logged, never in the repository.
 *
 * <pre>
 * current=2
 * enc.1=&lt;32 bytes, base64&gt;
 * enc.2=&lt;32 bytes, base64&gt;
 * index=&lt;32 bytes, base64&gt;
 * </pre>
 */
public final class DataKeys {
  public static final String FILE_NAME = "data-keys.properties";
  static final int KEY_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<Integer, SecretKey> encryption;
  private final int current;
  private final SecretKey index;

  private DataKeys(Map<Integer, SecretKey> encryption, int current, SecretKey index) {
    if (!encryption.containsKey(current)) {
      throw new IllegalArgumentException("data keys: current=" + current + " names no enc." + current + " entry");
    }
    this.encryption = Collections.unmodifiableMap(new TreeMap<>(encryption));
    this.current = current;
    this.index = index;
  }

  /**
   * The configured keys: {@code file} if given, else {@code inline} (the environment's text), else
   * the data directory's file, generated on first use.
   */
  public static DataKeys load(Path file, String inline, Path dataDir) {
    if (file != null) {
      return parse(read(file), file.toString());
    }
    if (inline != null && !inline.isBlank()) {
      return parse(inline, "NGOPENI_DATA_KEYS");
    }
    Path path = dataDir.resolve(FILE_NAME);
    if (!Files.exists(path)) {
      try {
        write(path, generate().format(), false);
      } catch (FileAlreadyExistsException raced) {
        // another process made it first: use theirs
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the data key file " + path, e);
      }
    }
    return parse(read(path), path.toString());
  }

  /** A new ring: encryption key 1 (current) and an index key, all random. */
  public static DataKeys generate() {
    return new DataKeys(Map.of(1, aes(random())), 1, hmac(random()));
  }

  /** This ring with one more encryption key (the next id), made current; the index key stays. */
  public DataKeys withNewKey() {
    int next = encryption.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    if (next > 255) {
      throw new IllegalStateException("data keys: ids 1-255 are all used; retire old keys from the file first");
    }
    Map<Integer, SecretKey> keys = new TreeMap<>(encryption);
    keys.put(next, aes(random()));
    return new DataKeys(keys, next, index);
  }

  /** Adds a new current key to the key file {@code path} (kept at mode 0600); returns its id. */
  public static int addKeyTo(Path path) {
    DataKeys next = parse(read(path), path.toString()).withNewKey();
    try {
      write(path, next.format(), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the data key file " + path, e);
    }
    return next.current();
  }

  static DataKeys parse(String text, String source) {
    Map<Integer, SecretKey> keys = new TreeMap<>();
    Integer current = null;
    SecretKey index = null;
    for (String line : text.split("[;\\r\\n]+")) {
      String entry = line.strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      int eq = entry.indexOf('=');
      if (eq < 0) {
        throw malformed(source, "an entry without '='");
      }
      String name = entry.substring(0, eq).strip();
      String value = entry.substring(eq + 1).strip();
      if (name.equals("current")) {
        current = number(value, source, "current");
      } else if (name.equals("index")) {
        index = hmac(decode(value, source, "index"));
      } else if (name.startsWith("enc.")) {
        int id = number(name.substring(4), source, name);
        if (keys.put(id, aes(decode(value, source, name))) != null) {
          throw malformed(source, name + " twice");
        }
      } else {
        throw malformed(source, "an unknown entry " + name);
      }
    }
    if (current == null || index == null || keys.isEmpty()) {
      throw malformed(source, "it needs current=, index= and at least one enc.<id>=");
    }
    try {
      return new DataKeys(keys, current, index);
    } catch (IllegalArgumentException e) {
      throw malformed(source, e.getMessage());
    }
  }

  /** The ring as the key file holds it. */
  String format() {
    StringBuilder out = new StringBuilder()
        .append("# Ngopeni data keys (AES-256 by id, HMAC-SHA256 index key). Secret: keep at mode 0600, back up\n")
        .append("# apart from the database's backups. Add a key with --add-data-key, then run --rotate-keys.\n")
        .append("current=").append(current).append('\n');
    encryption.forEach((id, key) -> out.append("enc.").append(id).append('=').append(encode(key)).append('\n'));
    return out.append("index=").append(encode(index)).append('\n').toString();
  }

  public int current() {
    return current;
  }

  public Set<Integer> ids() {
    return encryption.keySet();
  }

  public boolean has(int id) {
    return encryption.containsKey(id);
  }

  SecretKey key(int id) {
    return encryption.get(id);
  }

  SecretKey indexKey() {
    return index;
  }

  @Override
  public String toString() {
    return "DataKeys[ids=" + encryption.keySet() + ", current=" + current + "]";
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the data key file " + path, e);
    }
  }

  /** Writes the file with mode 0600; {@code replace} swaps it atomically for an existing one. */
  private static void write(Path path, String text, boolean replace) throws IOException {
    Path target = path.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path file = replace ? Files.createTempFile(target.getParent(), ".data-keys", ".tmp") : target;
    try {
      if (!replace) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
    } catch (UnsupportedOperationException notPosix) {
      if (!replace) {
        Files.createFile(file);
      }
    }
    Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    if (replace) {
      Files.move(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
  }

  private static byte[] random() {
    byte[] bytes = new byte[KEY_BYTES];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static SecretKey aes(byte[] bytes) {
    return new SecretKeySpec(bytes, "AES");
  }

  private static SecretKey hmac(byte[] bytes) {
    return new SecretKeySpec(bytes, "HmacSHA256");
  }

  private static String encode(SecretKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  private static byte[] decode(String value, String source, String name) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw malformed(source, name + " is not base64");
    }
    if (bytes.length != KEY_BYTES) {
      throw malformed(source, name + " must hold " + KEY_BYTES + " bytes");
    }
    return bytes;
  }

  private static int number(String value, String source, String name) {
    try {
      int n = Integer.parseInt(value);
      if (n < 1 || n > 255) {
        throw malformed(source, name + " must be a key id from 1 to 255");
      }
      return n;
    } catch (NumberFormatException e) {
      throw malformed(source, name + " must be a key id from 1 to 255");
    }
  }

  private static IllegalArgumentException malformed(String source, String why) {
    return new IllegalArgumentException("the data keys in " + source + " cannot be used: " + why);
  }
}
