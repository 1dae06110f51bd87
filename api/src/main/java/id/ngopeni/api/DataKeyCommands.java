package id.ngopeni.api;

import id.ngopeni.api.platform.Config;
import id.ngopeni.persistence.crypto.DataKeys;
import id.ngopeni.persistence.crypto.KeyRotation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The data-key commands (issue 17, item 1): {@code --add-data-key} adds a new encryption key to
 * the key file and makes it current; {@code --rotate-keys} re-encrypts every value not under the
 * current key ({@link KeyRotation}), printing its progress, and may be stopped and run again at
 * any time. The rotation: add a key, restart every instance (they then seal under it), run
 * {@code --rotate-keys} (beside running instances on an external database; with the embedded one,
 * stop the server first: its data directory has one owner), then drop the old key from the file.
 */
final class DataKeyCommands {
  /** Rows per batch (each its own transaction): {@code NGOPENI_ROTATION_BATCH}, default 500. */
  static final int BATCH = 500;

  private DataKeyCommands() {}

  /** @return the exit code: 0 added, 2 when the keys do not come from a file */
  static int addKey(Config config, PrintStream out) {
    String file = System.getenv("NGOPENI_DATA_KEYS_FILE");
    if ((file == null || file.isBlank()) && System.getenv("NGOPENI_DATA_KEYS") != null) {
      out.println("The data keys come from NGOPENI_DATA_KEYS: add the key to that variable's text yourself "
          + "(enc.<next id>=<32 random bytes, base64> and current=<next id>).");
      return 2;
    }
    Path path = file == null || file.isBlank() ? config.dataDir().resolve(DataKeys.FILE_NAME) : Path.of(file);
    DataKeys.load(path, null, config.dataDir());
    int id = DataKeys.addKeyTo(path);
    out.println("Data key " + id + " added to " + path + " and made current. Restart every instance with this key file,"
        + " then run --rotate-keys.");
    return 0;
  }

  /** @return the exit code: 0 every value under the current key, 1 some left (written meanwhile under an older key) */
  static int rotate(Config config, PrintStream out) {
    DataKeys keys = Application.dataKeys(config);
    String batch = System.getenv("NGOPENI_ROTATION_BATCH");
    int size = batch == null || batch.isBlank() ? BATCH : Integer.parseInt(batch.strip());
    try (MigratedDatabase database = MigratedDatabase.open(config, keys);
        Connection c = DriverManager.getConnection(database.target().jdbcUrl(), database.target().user(),
            database.target().password())) {
      out.println("Re-encrypting under data key " + keys.current() + " in batches of " + size + ".");
      KeyRotation.Result result = new KeyRotation(keys, size, out::println).run(c);
      out.println(result.resealed() + " value(s) re-encrypted.");
      return result.remaining() == 0 ? 0 : 1;
    } catch (SQLException e) {
      throw new IllegalStateException("key rotation stopped: " + e.getSQLState(), e);
    }
  }
}
