package id.ngopeni.persistence.privacy;

import id.ngopeni.persistence.db.DatabaseTarget;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the configured retention periods into {@code retention_period} as the database owner,
 * at start-up right after the migrations (the application role may only read them: a
 * compromised application cannot shorten a period, in particular the access log's, which the
 * owner's function enforces). Several instances starting at once each write their own
 * configuration; the last one wins, and every change is reported for the audit trail.
 */
public final class RetentionPeriodStore {
  /** A period that changed: its kind key, days before (null: new) and after. */
  public record Change(String kind, Integer before, int after) {}

  private RetentionPeriodStore() {}

  /** Stores {@code days} (kind key → days) and returns what changed, in kind order. */
  public static List<Change> store(DatabaseTarget owner, Map<String, Integer> days) {
    try (Connection c = DriverManager.getConnection(owner.jdbcUrl(), owner.user(), owner.password())) {
      c.setAutoCommit(false);
      Map<String, Integer> stored = new HashMap<>();
      try (var st = c.createStatement();
          var rs = st.executeQuery("SELECT kind, days FROM retention_period FOR UPDATE")) {
        while (rs.next()) {
          stored.put(rs.getString(1), rs.getInt(2));
        }
      }
      List<Change> changes = new ArrayList<>();
      try (var put = c.prepareStatement("""
          INSERT INTO retention_period (kind, days) VALUES (?, ?)
          ON CONFLICT (kind) DO UPDATE SET days = EXCLUDED.days, updated_at = now()""")) {
        for (var e : new TreeMap<>(days).entrySet()) {
          Integer before = stored.get(e.getKey());
          if (before == null || before.intValue() != e.getValue()) {
            put.setString(1, e.getKey());
            put.setInt(2, e.getValue());
            put.executeUpdate();
            changes.add(new Change(e.getKey(), before, e.getValue()));
          }
        }
      }
      c.commit();
      return changes;
    } catch (SQLException e) {
      throw new IllegalStateException("could not store the retention periods as " + owner.user() + ": " + e.getMessage(), e);
    }
  }
}
