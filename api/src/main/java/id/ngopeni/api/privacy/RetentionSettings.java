package id.ngopeni.api.privacy;

import id.ngopeni.domain.privacy.RetentionKind;
import id.ngopeni.domain.privacy.RetentionPeriods;
import java.util.Map;

/**
 * Retention as configured: each kind's period from {@code NGOPENI_RETENTION_<KIND>_DAYS} (e.g.
 * {@code NGOPENI_RETENTION_ACCESS_LOG_DAYS=2557}), else the default of {@link RetentionKind}; a
 * value outside the kind's bounds stops the start. {@code NGOPENI_RETENTION_BATCH_SIZE}: records
 * per batch (one transaction and one audit tombstone each), default 1,000.
 */
public record RetentionSettings(RetentionPeriods periods, int batchSize) {
  public static final int DEFAULT_BATCH_SIZE = 1000;
  public static final int MAX_BATCH_SIZE = 100_000;

  public RetentionSettings {
    if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
      throw new IllegalArgumentException("NGOPENI_RETENTION_BATCH_SIZE must be 1 to " + MAX_BATCH_SIZE);
    }
  }

  public static RetentionSettings defaults() {
    return new RetentionSettings(RetentionPeriods.defaults(), DEFAULT_BATCH_SIZE);
  }

  public static RetentionSettings fromEnvironment(Map<String, String> env) {
    RetentionPeriods periods = RetentionPeriods.defaults();
    for (RetentionKind kind : RetentionKind.values()) {
      String name = variable(kind);
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        try {
          periods = periods.with(kind, whole(name, value));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
      }
    }
    String batch = env.get("NGOPENI_RETENTION_BATCH_SIZE");
    return new RetentionSettings(periods,
        batch == null || batch.isBlank() ? DEFAULT_BATCH_SIZE : whole("NGOPENI_RETENTION_BATCH_SIZE", batch));
  }

  /** The variable that sets {@code kind}'s period. */
  public static String variable(RetentionKind kind) {
    return "NGOPENI_RETENTION_" + kind.name() + "_DAYS";
  }

  /** The periods by kind key, as {@code retention_period} holds them. */
  public Map<String, Integer> byKey() {
    Map<String, Integer> out = new java.util.TreeMap<>();
    periods.days().forEach((kind, days) -> out.put(kind.key(), days));
    return out;
  }

  private static int whole(String name, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number");
    }
  }
}
