package id.ngopeni.persistence.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up check that the configured data keys are the database's (table {@code data_key_check},
 * V41): per encryption key id a known text sealed under it, and (id 0) a digest under the index
 * key. A key that does not open its check, an index key whose digest differs, or a key id the
 * database lists but the key file lacks stops the start with a message saying which — never
 * garbage, never a silent second key. Keys new to the database are registered.
 */
public final class DataKeyCheck {
  static final String TEXT = "ngopeni-data-key-check";
  private static final int INDEX_ID = 0;

  private DataKeyCheck() {}

  /** @throws IllegalStateException naming the key that does not fit */
  public static void verify(Connection c, DataKeys keys) throws SQLException {
    FieldCipher cipher = new FieldCipher(keys);
    List<Integer> listed = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement("SELECT key_id, check_value FROM data_key_check ORDER BY key_id");
        ResultSet rows = st.executeQuery()) {
      while (rows.next()) {
        int id = rows.getInt(1);
        byte[] value = rows.getBytes(2);
        listed.add(id);
        if (id == INDEX_ID) {
          if (!MessageDigest.isEqual(value, new BlindIndex(keys).check())) {
            throw new IllegalStateException("The data keys do not fit this database: its index key is another "
                + "(NIK lookups would find nothing). Configure the installation's key file (NGOPENI_DATA_KEYS_FILE).");
          }
        } else if (id > keys.current()) {
          throw new IllegalStateException("The data keys do not fit this database: it knows data key " + id
              + ", newer than the key file's current key " + keys.current() + " (another instance seals under it)."
              + " Every instance needs the same key file.");
        } else if (!keys.has(id)) {
          throw new IllegalStateException("The data keys do not fit this database: it lists data key " + id
              + ", which the key file lacks (values may still be sealed under it). Put key " + id
              + " back; --rotate-keys re-encrypts under the current key and retires keys no value uses.");
        } else {
          try {
            cipher.open(SealedField.KEY_CHECK, id, value);
          } catch (UnreadableValue e) {
            throw new IllegalStateException("The data keys do not fit this database: data key " + id
                + " in the key file is not the key the database's values were sealed with.");
          }
        }
      }
    }
    try (PreparedStatement insert = c.prepareStatement(
        "INSERT INTO data_key_check (key_id, check_value) VALUES (?, ?) ON CONFLICT (key_id) DO NOTHING")) {
      if (!listed.contains(INDEX_ID)) {
        insert.setInt(1, INDEX_ID);
        insert.setBytes(2, new BlindIndex(keys).check());
        insert.addBatch();
      }
      for (int id : keys.ids()) {
        if (!listed.contains(id)) {
          insert.setInt(1, id);
          insert.setBytes(2, cipher.sealWith(id, SealedField.KEY_CHECK, id, TEXT.getBytes(StandardCharsets.US_ASCII)));
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
  }

  /** Forgets the checks of keys other than {@code keep}: no value is sealed under them any more. */
  public static int retireAllBut(Connection c, int keep) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("DELETE FROM data_key_check WHERE key_id NOT IN (0, ?)")) {
      st.setInt(1, keep);
      return st.executeUpdate();
    }
  }
}
