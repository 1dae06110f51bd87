package id.ngopeni.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.persistence.db.DatabaseTarget;
import id.ngopeni.persistence.db.Migrations;
import id.ngopeni.persistence.db.SqlIdentifiers;
import id.ngopeni.persistence.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 1: a database from before the encryption (schema V40, identifiers in clear)
 * converts once when an instance with data keys migrates it: V42 seals every NIK, phone, heir NIK,
 * idempotent answer and uploaded chunk, indexes the NIKs, V43 drops the clear columns and V44
 * seals the claims' documents. Without keys the migration stops with a message instead of dropping
 * data.
 */
class EncryptIdentifiersTest {
  private static final UUID WORKER = UUID.fromString("0192f000-0000-7000-8000-000000000001");
  private static final UUID HEIR = UUID.fromString("0192f000-0000-7000-8000-000000000002");
  private static final UUID USER = UUID.fromString("0192f000-0000-7000-8000-000000000003");
  private static final UUID IMPORT = UUID.fromString("0192f000-0000-7000-8000-000000000004");
  private static final UUID CLAIM = UUID.fromString("0192f000-0000-7000-8000-000000000005");
  private static final UUID DOCUMENT = UUID.fromString("0192f000-0000-7000-8000-000000000006");
  private static final byte[] KTP = ("%PDF-1.4\n% KTP " + "3573054101800001" + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
  private static final String NIK = "3573054101800001";
  private static final String HEIR_NIK = "3573050101780002";

  @Test
  void anOlderDatabaseConvertsOnceAndKeepsNoIdentifierInClear() throws SQLException {
    DatabaseTarget db = olderDatabase("encrypt_old");
    try {
      convert(db);
    } finally {
      try (Connection c = connect(db.withDatabase("postgres")); Statement st = c.createStatement()) {
        st.execute("DROP DATABASE IF EXISTS " + SqlIdentifiers.quote(db.database()) + " WITH (FORCE)");
      }
    }
  }

  private static void convert(DatabaseTarget db) throws SQLException {
    DataKeys keys = DataKeys.generate();
    assertThatThrownBy(() -> Migrations.migrate(db, db.user(), null)).hasStackTraceContaining("needs the data keys");

    Migrations.migrate(db, db.user(), keys);
    FieldCipher cipher = new FieldCipher(keys);
    BlindIndex index = new BlindIndex(keys);
    try (Connection c = connect(db)) {
      assertThat(columns(c, "worker")).doesNotContain("nik", "phone").contains("nik_cipher", "nik_hash", "nik_region");
      assertThat(columns(c, "heir")).doesNotContain("nik");
      assertThat(columns(c, "dtsen_decile")).doesNotContain("nik");
      try (ResultSet w = query(c, "SELECT nik_cipher, phone_cipher, nik_hash, nik_region, nik_p8, nik_p10, nik_p12 FROM worker")) {
        w.next();
        assertThat(cipher.open(SealedField.WORKER_NIK, WORKER, w.getBytes(1))).isEqualTo(NIK);
        assertThat(cipher.open(SealedField.WORKER_PHONE, WORKER, w.getBytes(2))).isEqualTo("+6281234567890");
        assertThat(w.getBytes(3)).isEqualTo(index.nik(NIK));
        assertThat(w.getString(4)).isEqualTo("357305");
        assertThat(w.getBytes(5)).isEqualTo(index.prefix(8, NIK));
        assertThat(w.getBytes(6)).isEqualTo(index.prefix(10, NIK));
        assertThat(w.getBytes(7)).isEqualTo(index.prefix(12, NIK));
      }
      try (ResultSet h = query(c, "SELECT nik_cipher, nik_hash FROM heir")) {
        h.next();
        assertThat(cipher.open(SealedField.HEIR_NIK, HEIR, h.getBytes(1))).isEqualTo(HEIR_NIK);
        assertThat(h.getBytes(2)).isEqualTo(index.nik(HEIR_NIK));
      }
      try (ResultSet d = query(c, "SELECT nik_hash, decile FROM dtsen_decile")) {
        d.next();
        assertThat(d.getBytes(1)).isEqualTo(index.nik(NIK));
      }
      try (ResultSet i = query(c, "SELECT response_body FROM idempotency_key")) {
        i.next();
        assertThat(new String(cipher.openBytes(SealedField.IDEMPOTENT_ANSWER, USER + ":k1", i.getBytes(1)),
            StandardCharsets.UTF_8)).isEqualTo("{\"nik\":\"" + NIK + "\"}");
      }
      try (ResultSet k = query(c, "SELECT data FROM worker_import_chunk")) {
        k.next();
        assertThat(new String(cipher.openBytes(SealedField.IMPORT_CHUNK, IMPORT + ":0", k.getBytes(1)),
            StandardCharsets.UTF_8)).startsWith("nik,").contains(NIK);
      }
      // V44: the claim's document (a KTP scan shows the NIK) is sealed; its size check follows.
      try (ResultSet d = query(c, "SELECT content, size FROM claim_document")) {
        d.next();
        assertThat(d.getBytes(1)).hasSize(KTP.length + FieldCipher.OVERHEAD);
        assertThat(cipher.openBytes(SealedField.CLAIM_DOCUMENT, DOCUMENT, d.getBytes(1))).isEqualTo(KTP);
        assertThat(d.getInt(2)).isEqualTo(KTP.length);
      }
      // The DTSEN counts still pair the worker with their decile (now by the blind index).
      try (ResultSet t = query(c, "SELECT count(*) FROM dtsen_tally_expected() WHERE decile = 4")) {
        t.next();
        assertThat(t.getLong(1)).isEqualTo(1);
      }
      try (ResultSet k = query(c, "SELECT key_id FROM data_key_check ORDER BY 1")) {
        List<Integer> ids = new ArrayList<>();
        while (k.next()) {
          ids.add(k.getInt(1));
        }
        assertThat(ids).containsExactly(0, 1);
      }
    }
    // Once converted, a second migration has nothing to do.
    Migrations.migrate(db, db.user(), keys);
  }

  /** A database migrated to V40 (before the encryption) holding one of each identifier in clear. */
  private static DatabaseTarget olderDatabase(String hint) throws SQLException {
    DatabaseTarget server = TestDatabases.server();
    String name = hint + "_" + Long.toString(System.nanoTime(), 36);
    try (Connection c = connect(server.withDatabase("postgres")); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + SqlIdentifiers.quote(name));
    }
    DatabaseTarget db = server.withDatabase(name);
    Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).locations("classpath:db/migration")
        .placeholders(Map.of("application_role", db.user())).target("40").load().migrate();
    try (Connection c = connect(db)) {
      execute(c, "INSERT INTO app_user (id, username, password_hash, role) VALUES (?, 'admin', 'x', 'ADMIN')", USER);
      execute(c, "INSERT INTO worker (id, nik, full_name, name_key, birth_date, sex, kelurahan_code, category, phone) "
          + "VALUES (?, ?, 'Siti', 'siti', DATE '1980-01-01', 'F', '35.73.05.1001', 'MARBOT', '+6281234567890')", WORKER, NIK);
      execute(c, "INSERT INTO heir (id, worker_id, position, full_name, nik, relationship, priority_class) "
          + "VALUES (?, ?, 0, 'Budi', ?, 'SPOUSE', 1)", HEIR, WORKER, HEIR_NIK);
      execute(c, "INSERT INTO dtsen_import (id, extract_date, digest, format, row_count, created_by) "
          + "VALUES (?, DATE '2026-01-01', '\\x01', 'CSV', 1, ?)", IMPORT, USER);
      execute(c, "INSERT INTO dtsen_decile (nik, decile, extract_date, import_id) VALUES (?, 4, DATE '2026-01-01', ?)",
          NIK, IMPORT);
      execute(c, "INSERT INTO idempotency_key (user_id, key, request_hash, state, response_status, response_body) "
          + "VALUES (?, 'k1', '\\x01', 'DONE', 201, ?)", USER, ("{\"nik\":\"" + NIK + "\"}").getBytes(StandardCharsets.UTF_8));
      execute(c, "INSERT INTO worker_import (id, status, format, created_by, created_by_role) "
          + "VALUES (?, 'QUEUED', 'CSV', ?, 'ADMIN')", IMPORT, USER);
      execute(c, "INSERT INTO claim (id, worker_id, type, incident_date, description, status, eligibility, eligible, "
          + "entitlement_lines, entitlement_total, required_documents, created_by) VALUES (?, ?, 'JKM_DEATH', "
          + "DATE '2026-01-01', 'Meninggal.', 'SUBMITTED', '{}', true, '[]', 0, '{}', ?)", CLAIM, WORKER, USER);
      execute(c, "INSERT INTO claim_document (id, claim_id, kind, content_type, size, sha256, content, uploaded_by) "
          + "VALUES (?, ?, 'KTP_MEMBER', 'application/pdf', ?, repeat('0', 64), ?, ?)", DOCUMENT, CLAIM, KTP.length, KTP, USER);
      execute(c, "INSERT INTO worker_import_chunk (import_id, seq, data) VALUES (?, 0, ?)", IMPORT,
          ("nik,full_name\n" + NIK + ",Siti\n").getBytes(StandardCharsets.UTF_8));
    }
    return db;
  }

  private static Connection connect(DatabaseTarget db) throws SQLException {
    return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
  }

  private static void execute(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        st.setObject(i + 1, params[i]);
      }
      st.executeUpdate();
    }
  }

  private static ResultSet query(Connection c, String sql) throws SQLException {
    return c.createStatement().executeQuery(sql);
  }

  private static List<String> columns(Connection c, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = query(c, "SELECT column_name FROM information_schema.columns WHERE table_name = '" + table + "'")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
