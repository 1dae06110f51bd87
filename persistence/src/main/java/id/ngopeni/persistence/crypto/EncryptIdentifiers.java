package id.ngopeni.persistence.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration V42 (issue 17, item 1): seals every identifier a database still holds in clear into
 * the columns V41 added, and computes their blind indexes, with the keys of the instance that
 * migrates (a SQL migration cannot see them); V43 then drops the clear columns. It runs once, in
 * Flyway's transaction: a database converts completely or not at all. A database with nothing to
 * convert (a new one, the tests' template) needs no keys.
 */
public final class EncryptIdentifiers extends SealingMigration {
  private static final int BATCH = 1000;
  private static final String[] TABLES = {"worker", "heir", "payout", "premium_invoice_line", "bpjs_bill_row",
      "dtsen_decile", "idempotency_key", "worker_import_chunk"};

  /** @param keys the installation's data keys, or null when none are configured (then only an empty database migrates) */
  public EncryptIdentifiers(DataKeys keys) {
    super("42", "encrypt identifiers", keys);
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    if (keys == null) {
      for (String table : TABLES) {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
          rs.next();
          if (rs.getBoolean(1)) {
            throw keysNeeded("identifiers");
          }
        }
      }
      return;
    }
    DataCrypto crypto = DataCrypto.of(keys);
    FieldCipher cipher = crypto.cipher();
    BlindIndex index = crypto.index();
    convert(c, "SELECT id, nik, phone FROM worker",
        "UPDATE worker t SET nik_cipher = u.c, nik_hash = u.h, nik_region = u.r, nik_p8 = u.p8, nik_p10 = u.p10, "
            + "nik_p12 = u.p12, phone_cipher = u.ph FROM unnest(?::uuid[], ?::bytea[], ?::bytea[], ?::text[], ?::bytea[], "
            + "?::bytea[], ?::bytea[], ?::bytea[]) AS u(id, c, h, r, p8, p10, p12, ph) WHERE t.id = u.id",
        new String[] {"uuid", "bytea", "bytea", "text", "bytea", "bytea", "bytea", "bytea"}, rs -> {
          UUID id = rs.getObject(1, UUID.class);
          String nik = rs.getString(2);
          return new Object[] {id, cipher.seal(SealedField.WORKER_NIK, id, nik), index.nik(nik), DataCrypto.region(nik),
              index.prefix(8, nik), index.prefix(10, nik), index.prefix(12, nik),
              cipher.seal(SealedField.WORKER_PHONE, id, rs.getString(3))};
        });
    convert(c, "SELECT id, nik FROM heir WHERE nik IS NOT NULL",
        "UPDATE heir t SET nik_cipher = u.c, nik_hash = u.h FROM unnest(?::uuid[], ?::bytea[], ?::bytea[]) AS u(id, c, h) "
            + "WHERE t.id = u.id",
        new String[] {"uuid", "bytea", "bytea"}, rs -> {
          UUID id = rs.getObject(1, UUID.class);
          return new Object[] {id, cipher.seal(SealedField.HEIR_NIK, id, rs.getString(2)), index.nik(rs.getString(2))};
        });
    convert(c, "SELECT id, account_number FROM payout",
        "UPDATE payout t SET account_cipher = u.c FROM unnest(?::uuid[], ?::bytea[]) AS u(id, c) WHERE t.id = u.id",
        new String[] {"uuid", "bytea"}, rs -> {
          UUID id = rs.getObject(1, UUID.class);
          return new Object[] {id, cipher.seal(SealedField.PAYOUT_ACCOUNT, id, rs.getString(2))};
        });
    convert(c, "SELECT invoice_id, membership_id, worker_id, nik FROM premium_invoice_line",
        "UPDATE premium_invoice_line t SET nik_cipher = u.c FROM unnest(?::uuid[], ?::uuid[], ?::bytea[]) AS u(i, m, c) "
            + "WHERE t.invoice_id = u.i AND t.membership_id = u.m",
        new String[] {"uuid", "uuid", "bytea"}, rs -> new Object[] {rs.getObject(1, UUID.class),
            rs.getObject(2, UUID.class), cipher.seal(SealedField.WORKER_NIK, rs.getObject(3, UUID.class), rs.getString(4))});
    convert(c, "SELECT reconciliation_id, row_no, nik FROM bpjs_bill_row WHERE nik ~ '^[0-9]{16}$'",
        "UPDATE bpjs_bill_row t SET nik_hash = u.h FROM unnest(?::uuid[], ?::int4[], ?::bytea[]) AS u(r, n, h) "
            + "WHERE t.reconciliation_id = u.r AND t.row_no = u.n",
        new String[] {"uuid", "int4", "bytea"},
        rs -> new Object[] {rs.getObject(1, UUID.class), rs.getInt(2), index.nik(rs.getString(3))});
    convert(c, "SELECT nik FROM dtsen_decile",
        "UPDATE dtsen_decile t SET nik_hash = u.h FROM unnest(?::text[], ?::bytea[]) AS u(nik, h) WHERE t.nik = u.nik",
        new String[] {"text", "bytea"}, rs -> new Object[] {rs.getString(1), index.nik(rs.getString(1))});
    convert(c, "SELECT user_id, key, response_body FROM idempotency_key WHERE response_body IS NOT NULL",
        "UPDATE idempotency_key t SET response_body = u.b FROM unnest(?::uuid[], ?::text[], ?::bytea[]) AS u(id, k, b) "
            + "WHERE t.user_id = u.id AND t.key = u.k",
        new String[] {"uuid", "text", "bytea"}, rs -> {
          UUID user = rs.getObject(1, UUID.class);
          String key = rs.getString(2);
          return new Object[] {user, key, cipher.seal(SealedField.IDEMPOTENT_ANSWER, user + ":" + key, rs.getBytes(3))};
        });
    convert(c, "SELECT import_id, seq, data FROM worker_import_chunk",
        "UPDATE worker_import_chunk t SET data = u.d FROM unnest(?::uuid[], ?::int4[], ?::bytea[]) AS u(id, s, d) "
            + "WHERE t.import_id = u.id AND t.seq = u.s",
        new String[] {"uuid", "int4", "bytea"}, rs -> {
          UUID id = rs.getObject(1, UUID.class);
          int seq = rs.getInt(2);
          return new Object[] {id, seq, cipher.seal(SealedField.IMPORT_CHUNK, id + ":" + seq, rs.getBytes(3))};
        });
    DataKeyCheck.verify(c, keys);
  }

  /** One row's new column values, in the order of the update's arrays. */
  private interface Row {
    Object[] values(ResultSet rs) throws SQLException;
  }

  /** Reads {@code select} through a cursor and writes each batch of rows with one {@code update} over arrays. */
  private static void convert(Connection c, String select, String update, String[] types, Row row) throws SQLException {
    try (PreparedStatement read = c.prepareStatement(select); PreparedStatement write = c.prepareStatement(update)) {
      read.setFetchSize(BATCH);
      try (ResultSet rs = read.executeQuery()) {
        List<Object[]> batch = new ArrayList<>(BATCH);
        while (rs.next()) {
          batch.add(row.values(rs));
          if (batch.size() == BATCH) {
            write(c, write, types, batch);
          }
        }
        write(c, write, types, batch);
      }
    }
  }

  private static void write(Connection c, PreparedStatement write, String[] types, List<Object[]> batch) throws SQLException {
    if (batch.isEmpty()) {
      return;
    }
    for (int col = 0; col < types.length; col++) {
      Object[] column = switch (types[col]) {
        case "uuid" -> new UUID[batch.size()];
        case "text" -> new String[batch.size()];
        case "int4" -> new Integer[batch.size()];
        default -> new byte[batch.size()][];
      };
      for (int i = 0; i < batch.size(); i++) {
        column[i] = batch.get(i)[col];
      }
      write.setArray(col + 1, c.createArrayOf(types[col], column));
    }
    write.executeUpdate();
    batch.clear();
  }
}
