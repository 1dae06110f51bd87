import id.ngopeni.persistence.crypto.BlindIndex;
import id.ngopeni.persistence.crypto.DataCrypto;
import id.ngopeni.persistence.crypto.DataKeys;
import id.ngopeni.persistence.crypto.FieldCipher;
import id.ngopeni.persistence.crypto.SealedField;
import java.io.BufferedWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Bench data with identifiers sealed the way the server seals them (issue 17: the worker table
 * holds no NIK, only its cipher text, blind index, region and keyed prefixes), with the server's
 * own data keys (the key file of the bench database, see bench_keys in bench/lib.sh):
 *
 * <pre>
 * SealedData seed-workers DB N KIND KEYS   N workers by COPY (row triggers off, like the SQL loads
 *                                          did): id md5('w' || g), NIK '3573' || lpad(g, 12, '0');
 *                                          KIND coverage (57 kelurahan x 10 categories) or marbot
 * SealedData nik-prefixes DB KEYS LENGTH COUNT   COUNT NIK prefixes sampled from the workers
 * SealedData dtsen-extract DB KEYS FILE   every worker's NIK with a decile 1-10, as a DTSEN CSV
 * </pre>
 */
public final class SealedData {
  private SealedData() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "seed-workers" -> seed(args[1], Integer.parseInt(args[2]), args[3], keys(args[4]));
      case "nik-prefixes" -> prefixes(args[1], keys(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      case "dtsen-extract" -> extract(args[1], keys(args[2]), Path.of(args[3]));
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  private static DataKeys keys(String file) {
    return DataKeys.load(Path.of(file), null, Path.of("."));
  }

  private static void seed(String db, int n, String kind, DataKeys keys) throws Exception {
    DataCrypto crypto = DataCrypto.of(keys);
    FieldCipher cipher = crypto.cipher();
    BlindIndex index = crypto.index();
    HexFormat hex = HexFormat.of();
    try (Connection c = BenchDatabase.connect(db)) {
      c.setAutoCommit(false);
      List<String> kelurahan = column(c, "SELECT code FROM region WHERE level = 'KELURAHAN' ORDER BY code");
      List<String> categories = column(c, "SELECT code FROM worker_category ORDER BY code");
      try (Statement st = c.createStatement()) {
        st.execute("SET LOCAL session_replication_role = replica");
      }
      StringBuilder rows = new StringBuilder(1 << 20);
      var copy = c.unwrap(PGConnection.class).getCopyAPI();
      String sql = "COPY worker (id, nik_cipher, nik_hash, nik_region, nik_p8, nik_p10, nik_p12, full_name, name_key,"
          + " birth_date, sex, kelurahan_code, category) FROM STDIN";
      for (int g = 1; g <= n; g++) {
        UUID id = md5Uuid("w" + g);
        String nik = "3573" + String.format("%012d", g);
        String category = kind.equals("coverage") ? categories.get((g / 57) % 10) : "MARBOT";
        rows.append(id).append('\t')
            .append("\\\\x").append(hex.formatHex(cipher.seal(SealedField.WORKER_NIK, id, nik))).append('\t')
            .append("\\\\x").append(hex.formatHex(index.nik(nik))).append('\t')
            .append(DataCrypto.region(nik)).append('\t');
        for (int length : BlindIndex.KEYED_PREFIXES) {
          rows.append("\\\\x").append(hex.formatHex(index.prefix(length, nik))).append('\t');
        }
        rows.append("Pekerja ").append(g).append('\t').append("pekerja ").append(g).append('\t')
            .append(LocalDate.of(1960, 1, 1).plusDays(g % 15000)).append('\t').append(g % 3 == 0 ? 'F' : 'M').append('\t')
            .append(kelurahan.get(g % 57)).append('\t').append(category).append('\n');
        if (rows.length() > (1 << 20) - 1024 || g == n) {
          copy.copyIn(sql, new StringReader(rows.toString()));
          rows.setLength(0);
        }
      }
      c.commit();
    }
  }

  private static void prefixes(String db, DataKeys keys, int length, int count) throws Exception {
    FieldCipher cipher = new FieldCipher(keys);
    try (Connection c = BenchDatabase.connect(db); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, nik_cipher FROM worker TABLESAMPLE SYSTEM (1) LIMIT " + count)) {
      while (rs.next()) {
        System.out.println(cipher.open(SealedField.WORKER_NIK, rs.getObject(1, UUID.class), rs.getBytes(2)).substring(0, length));
      }
    }
  }

  private static void extract(String db, DataKeys keys, Path file) throws Exception {
    FieldCipher cipher = new FieldCipher(keys);
    try (Connection c = BenchDatabase.connect(db); BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.setFetchSize(10_000);
        try (ResultSet rs = st.executeQuery("SELECT id, nik_cipher FROM worker")) {
          out.write("NIK,DESIL\n");
          while (rs.next()) {
            String nik = cipher.open(SealedField.WORKER_NIK, rs.getObject(1, UUID.class), rs.getBytes(2));
            out.write(nik + "," + (1 + Math.floorMod(nik.hashCode(), 10)) + "\n");
          }
        }
      }
    }
  }

  private static List<String> column(Connection c, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /** PostgreSQL's {@code md5(text)::uuid}. */
  private static UUID md5Uuid(String text) throws Exception {
    byte[] d = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 8; i++) {
      hi = hi << 8 | (d[i] & 0xff);
      lo = lo << 8 | (d[i + 8] & 0xff);
    }
    return new UUID(hi, lo);
  }
}
