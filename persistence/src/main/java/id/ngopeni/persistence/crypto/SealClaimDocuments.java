package id.ngopeni.persistence.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration V44 (issue 17, item 1): a claim's documents are scans of KTPs, family cards and bank
 * books, a NIK or an account number on each: their bytes are sealed too, one document at a time
 * (up to 10 MiB each), and the size check moves to the sealed length (plain size + {@link
 * FieldCipher#OVERHEAD}). Like V42 it needs the data keys only when there is something to seal.
 */
public final class SealClaimDocuments extends SealingMigration {
  public SealClaimDocuments(DataKeys keys) {
    super("44", "seal claim documents", keys);
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (Statement st = c.createStatement()) {
      st.execute("ALTER TABLE claim_document DROP CONSTRAINT claim_document_size_matches");
    }
    try (PreparedStatement read = c.prepareStatement("SELECT id, content FROM claim_document");
        PreparedStatement write = c.prepareStatement("UPDATE claim_document SET content = ? WHERE id = ?")) {
      read.setFetchSize(4);
      try (ResultSet rs = read.executeQuery()) {
        FieldCipher cipher = keys == null ? null : new FieldCipher(keys);
        while (rs.next()) {
          if (cipher == null) {
            throw keysNeeded("claim documents");
          }
          UUID id = rs.getObject(1, UUID.class);
          write.setBytes(1, cipher.seal(SealedField.CLAIM_DOCUMENT, id, rs.getBytes(2)));
          write.setObject(2, id);
          write.executeUpdate();
        }
      }
    }
    try (Statement st = c.createStatement()) {
      st.execute("ALTER TABLE claim_document ADD CONSTRAINT claim_document_size_matches CHECK (octet_length(content) = size + "
          + FieldCipher.OVERHEAD + ")");
    }
  }
}
