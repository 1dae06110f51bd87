package id.ngopeni.domain.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many days each {@link RetentionKind} is kept: the defaults, with a configuration's
 * overrides, each between the kind's floor and {@link RetentionKind#MAX_DAYS}.
 */
public record RetentionPeriods(Map<RetentionKind, Integer> days) {
  public RetentionPeriods {
    EnumMap<RetentionKind, Integer> all = new EnumMap<>(RetentionKind.class);
    for (RetentionKind kind : RetentionKind.values()) {
      Integer d = days.get(kind);
      all.put(kind, check(kind, d == null ? kind.defaultDays() : d));
    }
    days = Collections.unmodifiableMap(all);
  }

  public static RetentionPeriods defaults() {
    return new RetentionPeriods(Map.of());
  }

  /** These periods with {@code kind} kept {@code value} days; refused outside the kind's bounds. */
  public RetentionPeriods with(RetentionKind kind, int value) {
    EnumMap<RetentionKind, Integer> next = new EnumMap<>(days);
    next.put(kind, value);
    return new RetentionPeriods(next);
  }

  public int of(RetentionKind kind) {
    return days.get(kind);
  }

  /** Records of {@code kind} from before this instant are past their period at {@code now}. */
  public static Instant cutoff(int days, Instant now) {
    return now.minus(Duration.ofDays(days));
  }

  private static int check(RetentionKind kind, int value) {
    if (value < kind.minimumDays() || value > RetentionKind.MAX_DAYS) {
      throw new IllegalArgumentException("the retention period of " + kind.key() + " must be " + kind.minimumDays()
          + " to " + RetentionKind.MAX_DAYS + " days, not " + value);
    }
    return value;
  }
}
