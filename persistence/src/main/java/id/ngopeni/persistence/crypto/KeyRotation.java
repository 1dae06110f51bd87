package id.ngopeni.persistence.crypto;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Key rotation (issue 17, item 1): every sealed value not under the current data key is opened
 * and sealed again under it, column by column ({@link SealedColumn#ALL}), in key-ordered batches.
 * Each batch is one statement, so its own transaction; it writes a value only if the row still
 * holds the cipher text that was read (compare and set), so a value an instance changed meanwhile
 * is left alone (it was sealed under the current key anyway). The work left is the values whose
 * first byte names another key: a run that dies (kill -9) loses at most its batch in flight, and
 * the next run starts from what is left, never converting a value twice. When nothing is left
 * under another key, the database forgets the other keys' checks ({@link DataKeyCheck}), so they
 * may leave the key file.
 *
 * <p>Every instance must seal under the new key before a rotation starts (add the key, restart
 * them all, then rotate); the blind index key is not rotated (that would mean recomputing every
 * index from the opened values).
 */
public final class KeyRotation {
  private final DataKeys keys;
  private final FieldCipher cipher;
  private final int batchSize;
  private final Consumer<String> progress;

  public KeyRotation(DataKeys keys, int batchSize, Consumer<String> progress) {
    this.keys = keys;
    this.cipher = new FieldCipher(keys);
    this.batchSize = batchSize;
    this.progress = progress;
  }

  /** The outcome of a run: values re-encrypted, and values still under another key (0 when done). */
  public record Result(long resealed, long remaining) {}

  /** Runs to the end on {@code c} (in auto-commit: each batch commits on its own). */
  public Result run(Connection c) throws SQLException {
    c.setAutoCommit(true);
    int current = keys.current();
    long resealed = 0;
    for (SealedColumn column : SealedColumn.ALL) {
      long left = remaining(c, column, current);
      progress.accept(column.name() + ": " + left + " value(s) under other keys");
      long done = 0;
      List<Object[]> batch = batch(c, column, current, null);
      while (!batch.isEmpty()) {
        done += write(c, column, batch);
        progress.accept(column.name() + ": " + done + " re-encrypted, " + Math.max(0, left - done) + " to go");
        batch = batch(c, column, current, batch.get(batch.size() - 1));
      }
      resealed += done;
    }
    long remaining = 0;
    for (SealedColumn column : SealedColumn.ALL) {
      remaining += remaining(c, column, current);
    }
    if (remaining == 0) {
      int retired = DataKeyCheck.retireAllBut(c, current);
      progress.accept("Done: every value is under data key " + current + (retired > 0
          ? "; the database no longer needs the other keys (they may leave the key file)." : "."));
    } else {
      progress.accept(remaining + " value(s) still under other keys (written meanwhile by an instance sealing under"
          + " an older key?): run again once every instance seals under key " + current + ".");
    }
    return new Result(resealed, remaining);
  }

  /** How many values of the column are sealed under a key other than {@code current}. */
  public static long remaining(Connection c, SealedColumn column, int current) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(
        "SELECT count(*) FROM " + column.table() + " WHERE get_byte(" + column.column() + ", 0) <> ?")) {
      st.setInt(1, current);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The next rows after {@code after} (their key columns), with owner and sealed value: key..., owner, value. */
  private List<Object[]> batch(Connection c, SealedColumn column, int current, Object[] after) throws SQLException {
    // Qualified: the owner's expression (id::text) would otherwise shadow the key in ORDER BY.
    String keys = String.join(", ", column.keys().stream().map(k -> "t." + k).toList());
    int n = column.keys().size();
    StringBuilder sql = new StringBuilder("SELECT ").append(keys).append(", ").append(column.owner()).append(" AS owner, t.")
        .append(column.column()).append(" FROM ").append(column.table()).append(" t WHERE get_byte(t.")
        .append(column.column()).append(", 0) <> ?");
    if (after != null) {
      sql.append(" AND (").append(keys).append(") > (").append("?, ".repeat(n - 1)).append("?)");
    }
    sql.append(" ORDER BY ").append(keys).append(" LIMIT ?");
    try (PreparedStatement st = c.prepareStatement(sql.toString())) {
      int p = 1;
      st.setInt(p++, current);
      if (after != null) {
        for (int i = 0; i < n; i++) {
          st.setObject(p++, after[i]);
        }
      }
      st.setInt(p, Math.min(batchSize, column.maxBatch()));
      List<Object[]> rows = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Object[] row = new Object[n + 2];
          for (int i = 0; i < n; i++) {
            row[i] = rs.getObject(i + 1);
          }
          row[n] = rs.getString(n + 1);
          row[n + 1] = rs.getBytes(n + 2);
          rows.add(row);
        }
      }
      return rows;
    }
  }

  /** One statement for the batch: each row re-sealed if it still holds what was read. */
  private int write(Connection c, SealedColumn column, List<Object[]> rows) throws SQLException {
    int n = column.keys().size();
    StringBuilder sql = new StringBuilder("UPDATE ").append(column.table()).append(" t SET ").append(column.column())
        .append(" = u.new_value FROM unnest(");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      sql.append("?::").append(column.keyTypes().get(i)).append("[], ");
      names.add("k" + i);
    }
    sql.append("?::bytea[], ?::bytea[]) AS u(").append(String.join(", ", names)).append(", old_value, new_value) WHERE ");
    for (int i = 0; i < n; i++) {
      sql.append("t.").append(column.keys().get(i)).append(" = u.k").append(i).append(" AND ");
    }
    sql.append("t.").append(column.column()).append(" = u.old_value");
    try (PreparedStatement st = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < n; i++) {
        Object[] keyColumn = new Object[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
          keyColumn[r] = rows.get(r)[i];
        }
        st.setArray(i + 1, array(c, column.keyTypes().get(i), keyColumn));
      }
      byte[][] old = new byte[rows.size()][];
      byte[][] resealed = new byte[rows.size()][];
      for (int r = 0; r < rows.size(); r++) {
        Object[] row = rows.get(r);
        old[r] = (byte[]) row[n + 1];
        resealed[r] = cipher.reseal(column.field(), row[n], old[r]);
      }
      st.setArray(n + 1, c.createArrayOf("bytea", old));
      st.setArray(n + 2, c.createArrayOf("bytea", resealed));
      return st.executeUpdate();
    }
  }

  private static Array array(Connection c, String type, Object[] values) throws SQLException {
    Object[] typed = switch (type) {
      case "uuid" -> new java.util.UUID[values.length];
      case "int4" -> new Integer[values.length];
      default -> new String[values.length];
    };
    System.arraycopy(values, 0, typed, 0, values.length);
    return c.createArrayOf(type, typed);
  }
}
