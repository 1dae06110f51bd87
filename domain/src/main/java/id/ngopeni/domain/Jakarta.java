package id.ngopeni.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today", months and deadlines are always reckoned in Western Indonesia Time (WIB). */
public final class Jakarta {
  public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  private Jakarta() {}

  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(ZONE));
  }
}
