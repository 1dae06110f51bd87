package id.ngopeni.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** How long one clock runs, from {@code validFrom} until a later row replaces it. */
public record ServiceDuration(ServiceClock clock, LocalDate validFrom, int amount) {
  public ServiceDuration {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(validFrom, "validFrom");
    if (amount <= 0) {
      throw new IllegalArgumentException("a clock runs for a positive time");
    }
  }
}
